import { cpuMs, CpuMeter, cpuPerRequest } from './cpu';

describe('CPU per request', () => {
  it('reads this process’s CPU time from /proc, and it grows as the process works', () => {
    const before = cpuMs(process.pid);
    expect(before).not.toBeNull();
    // /proc counts in clock ticks (10 ms) and a busy machine may give this process little of a wall-clock while:
    // work until the reading moves (or 10 s of wall time have passed, which fails the test).
    let x = 0;
    const giveUp = Date.now() + 10_000;
    while (cpuMs(process.pid)! <= before! && Date.now() < giveUp) {
      for (let i = 0; i < 100_000; i += 1) x += Math.sqrt(x + 1);
    }
    expect(x).toBeGreaterThan(0);
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
