import { cpuMs, CpuMeter, cpuPerRequest } from './cpu';

describe('CPU per request', () => {
  it('reads this process’s CPU time from /proc, and it grows as the process works', () => {
    const before = cpuMs(process.pid);
    expect(before).not.toBeNull();
    let x = 0;
    const until = Date.now() + 60;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    expect(cpuMs(process.pid)!).toBeGreaterThan(before!);
    expect(cpuMs(-1)).toBeNull();
  });

  it('divides each part’s CPU between two readings by the requests, leaving out parts read only once', () => {
    const before = new Map([
      ['ledger', 1000],
      ['gateway', 500],
      ['gone', 10],
    ]);
    const after = new Map([
      ['ledger', 1600],
      ['gateway', 800],
      ['postgres', 99],
    ]);
    expect(cpuPerRequest(before, after, 100)).toEqual({ ledger: 6, gateway: 3 });
    expect(cpuPerRequest(before, after, 0)).toEqual({});
  });

  it('names the processes it was given and skips those it cannot read', () => {
    const reading = new CpuMeter(
      new Map([
        ['self', process.pid],
        ['missing', -1],
      ]),
    ).reading();
    expect(reading.has('self')).toBe(true);
    expect(reading.has('missing')).toBe(false);
  });
});
