import { formatDuration, formatRate, progressLine, progressReporter } from './progress';

/** An output that keeps what was written, and a clock moved by hand. */
function harness(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  const phase = progressReporter({
    out: { isTTY, write: (text) => written.push(text) },
    now: () => now,
    redrawMs: 100,
  });
  return { written, phase, advance: (ms: number) => (now += ms) };
}

describe('progress lines', () => {
  it.each([
    [0, '0秒'],
    [45, '45秒'],
    [59.6, '1分00秒'],
    [125, '2分05秒'],
    [3599, '59分59秒'],
    [7260, '2小时01分'],
  ])('formats %s seconds as %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it.each([
    [0, '0.0'],
    [7.25, '7.3'],
    [99.94, '99.9'],
    [100, '100'],
    [1234.5, '1235'],
  ])('formats a rate of %s a second as %s', (rate, text) => expect(formatRate(rate)).toBe(text));

  it('shows label, bar, done/total, percent, rate and the time left, or the time taken once finished', () => {
    expect(progressLine('党员名册', 250, 1000, 5000, false)).toBe(
      '党员名册  [#####...............]  250/1000  25%  50.0/秒  剩余约 15秒',
    );
    expect(progressLine('党员名册', 1000, 1000, 20000, true)).toBe(
      '党员名册  [####################]  1000/1000  100%  50.0/秒  用时 20秒',
    );
    expect(progressLine('积分记录', 0, 10, 0, false)).toContain('剩余时间估算中');
    expect(progressLine('空阶段', 0, 0, 10, true)).toContain('0/0  100%');
  });

  it('rewrites one line in place on a terminal, at most every redraw interval, and ends it with a newline', () => {
    const { written, phase, advance } = harness(true);
    const bar = phase('积分记录', 100);
    expect(written).toHaveLength(1);
    for (let i = 0; i < 10; i++) {
      advance(30);
      bar.add(10);
    }
    expect(written.every((w) => w.startsWith('\r'))).toBe(true);
    // 300 ms in steps of 30 ms with a 100 ms interval: the first draw, then at 120 and 240 ms.
    expect(written).toHaveLength(3);
    expect(written[1]).toContain('40/100  40%');
    expect(bar.finish()).toBe(300);
    // The line ends with the terminal's erase-to-end-of-line sequence (ESC [K), a control character on purpose.
    // eslint-disable-next-line no-control-regex
    expect(written[written.length - 1]).toMatch(/^\r积分记录 .*100\/100 {2}100% .*用时 0秒\x1b\[K\n$/);
    expect(written.join('')).not.toContain('\n积分记录');
  });

  it('prints a line every 5% without a terminal, and the final line once', () => {
    const { written, phase, advance } = harness(false);
    const bar = phase('党员名册', 200);
    for (let i = 0; i < 200; i++) {
      advance(10);
      bar.add();
    }
    bar.finish();
    bar.finish();
    expect(written.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    // 5%, 10%, … 95% while running, then the final line.
    expect(written).toHaveLength(20);
    expect(written[0]).toContain('10/200  5%');
    expect(written[18]).toContain('190/200  95%');
    expect(written[19]).toContain('200/200  100%  100/秒  用时 2秒');
  });

  it('does not repeat a step when many items arrive at once', () => {
    const { written, phase } = harness(false);
    const bar = phase('积分记录', 10000);
    bar.add(1000);
    bar.add(1000);
    bar.add(8000);
    bar.finish();
    expect(written.map((w) => w.split('  ')[3])).toEqual(['10%', '20%', '100%']);
  });
});
