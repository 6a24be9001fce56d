import { startBackgroundTasks } from './background-tasks';

const silent = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };

describe('background tasks', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs first after the given delay, then on the schedule, never two runs at once; a failure keeps the schedule', async () => {
    const runs: number[] = [];
    let fail = true;
    const stop = startBackgroundTasks(
      [
        {
          name: 'sweep',
          firstAfterMs: 1_000,
          nextAfterMs: () => 10_000,
          run: async () => {
            runs.push(Date.now());
            if (fail) {
              fail = false;
              throw new Error('scheme service away');
            }
            return { filled: 1 };
          },
        },
      ],
      silent,
    );
    const start = Date.now();
    await jest.advanceTimersByTimeAsync(999);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([start + 1_000]);
    expect(silent.error).toHaveBeenCalledWith('sweep failed', { error: 'scheme service away' });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs).toEqual([start + 1_000, start + 11_000]);
    expect(silent.info).toHaveBeenCalledWith('sweep done', { filled: 1 });
    await stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(2); // stopped: nothing more
  });
});
