import { PeakMemory, rssMb } from './rss';

// The benchmark runs on Linux, where /proc gives each process's resident memory.
describe('resident memory', () => {
  it('reads this process’s resident memory from /proc', () => {
    const mb = rssMb(process.pid)!;
    expect(mb).toBeGreaterThan(10);
    expect(mb).toBeLessThan(process.memoryUsage().rss / 1024 / 1024 + 50);
  });

  it('reads nothing for a process that does not exist', () => {
    expect(rssMb(2 ** 22 + 12345)).toBeNull();
  });

  it('keeps the peak of each named process', () => {
    const peak = new PeakMemory(
      new Map([
        ['self', process.pid],
        ['gone', 2 ** 22 + 12345],
      ]),
      5,
    );
    const result = peak.stop();
    expect(result.get('self')).toBeGreaterThan(10);
    expect(result.has('gone')).toBe(false);
  });
});
