import { ExitReason } from '@jifen/runtime';
import { judgeFailedStarts, restartDelayMs, RESTART_POLICY } from './restart-policy';
import { SupervisedChild, Supervisor } from './supervisor';

/** A child whose readiness and exit the test decides. */
class FakeChild implements SupervisedChild {
  readonly ready: Promise<string>;
  readonly exited: Promise<ExitReason>;
  stopped = false;
  private markReady!: (url: string) => void;
  private failReady!: (error: Error) => void;
  private markExited!: (reason: ExitReason) => void;

  constructor(
    readonly pid: number,
    readonly previousUrl: string | undefined,
  ) {
    this.ready = new Promise((resolve, reject) => ((this.markReady = resolve), (this.failReady = reject)));
    this.ready.catch(() => {});
    this.exited = new Promise((resolve) => (this.markExited = resolve));
  }

  becomeReady(url = 'http://127.0.0.1:4102/graphql'): void {
    this.markReady(url);
  }

  /** Dies: before it was ready, its start fails too. */
  die(reason: ExitReason = { code: null, signal: 'SIGKILL' }): void {
    this.failReady(new Error(`ledger 未能启动（退出码 ${reason.code}）`));
    this.markExited(reason);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.die({ code: 0, signal: null });
  }
}

class FakeStandby extends FakeChild {
  activated = false;
  activate(): void {
    this.activated = true;
  }
}

function harness() {
  const children: FakeChild[] = [];
  const lines: string[] = [];
  const gaveUp: string[] = [];
  const supervisor = new Supervisor({
    log: (l) => lines.push(l),
    warn: (l) => lines.push(l),
    onGiveUp: (m) => gaveUp.push(m),
  });
  const spec = {
    name: 'ledger',
    label: '台账服务',
    start: (previousUrl?: string) => {
      const child = new FakeChild(1000 + children.length, previousUrl);
      children.push(child);
      return child;
    },
  };
  const last = () => children[children.length - 1];
  const standbys: FakeStandby[] = [];
  const withStandby = {
    ...spec,
    standby: (url: string) => {
      const standby = new FakeStandby(2000 + standbys.length, url);
      standbys.push(standby);
      return standby;
    },
  };
  return { supervisor, spec, withStandby, standbys, children, lines, gaveUp, last };
}

/** Lets promise callbacks run, and moves the fake clock on. */
const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);

describe('the restart policy', () => {
  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [5, 8000],
    [6, 10_000],
    [20, 10_000],
  ])('waits before restart %i: %i ms', (attempt, ms) => {
    expect(restartDelayMs(attempt)).toBe(ms);
  });

  it('gives up at the fifth failed start within a minute, not when older ones have left the window', () => {
    expect(judgeFailedStarts([0, 10_000, 20_000, 30_000, 40_000], 40_000)).toEqual({
      recent: [0, 10_000, 20_000, 30_000, 40_000],
      giveUp: true,
    });
    expect(judgeFailedStarts([0, 10_000, 20_000, 30_000, 70_000], 70_000)).toEqual({
      recent: [20_000, 30_000, 70_000],
      giveUp: false,
    });
  });
});

describe('the supervisor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('restarts a killed process after 0.5 s on the port it answered on, says so in Chinese, and prints each pid', async () => {
    const { supervisor, spec, children, lines, last } = harness();
    const started = supervisor.start(spec);
    last().becomeReady();
    await expect(started).resolves.toBe('http://127.0.0.1:4102/graphql');
    expect(lines).toEqual(['  台账服务 ledger 已就绪（pid 1000）：http://127.0.0.1:4102/graphql']);

    last().die({ code: null, signal: 'SIGKILL' });
    await advance(0);
    expect(lines[1]).toBe('台账服务意外退出（信号 SIGKILL），0.5 秒后重新启动（第 1 次）');
    await advance(499);
    expect(children).toHaveLength(1);
    await advance(1);
    expect(children).toHaveLength(2);
    expect(last().previousUrl).toBe('http://127.0.0.1:4102/graphql');
    await advance(1200);
    last().becomeReady();
    await advance(0);
    expect(lines[2]).toBe('台账服务 ledger 已重新启动（pid 1001），用时 1.2 秒');
  });

  it('doubles the delay while the process keeps dying soon after it is ready, and starts again from 0.5 s once it stayed up', async () => {
    const { supervisor, spec, lines, last } = harness();
    const started = supervisor.start(spec);
    last().becomeReady();
    await started;
    const delays: string[] = [];
    for (const upFor of [1000, 1000, 1000, 31_000]) {
      await advance(upFor);
      last().die({ code: 134, signal: null });
      await advance(0);
      delays.push(lines[lines.length - 1]);
      await advance(10_000);
      last().becomeReady();
      await advance(0);
    }
    expect(delays).toEqual([
      '台账服务意外退出（退出码 134，可能是内存不足），0.5 秒后重新启动（第 1 次）',
      '台账服务意外退出（退出码 134，可能是内存不足），1 秒后重新启动（第 2 次）',
      '台账服务意外退出（退出码 134，可能是内存不足），2 秒后重新启动（第 3 次）',
      '台账服务意外退出（退出码 134，可能是内存不足），0.5 秒后重新启动（第 1 次）',
    ]);
  });

  it('gives up, once, when five restarts in a minute never become ready', async () => {
    const { supervisor, spec, children, lines, gaveUp, last } = harness();
    const started = supervisor.start(spec);
    last().becomeReady();
    await started;
    last().die();
    for (let i = 0; i < 10 && gaveUp.length === 0; i += 1) {
      await advance(RESTART_POLICY.maxDelayMs);
      last().die({ code: 1, signal: null });
      await advance(0);
    }
    expect(children).toHaveLength(6);
    expect(lines.filter((l) => l.includes('重新启动失败（退出码 1）'))).toHaveLength(4);
    expect(gaveUp).toEqual([expect.stringContaining('台账服务（ledger）在 60 秒内 5 次重新启动都没有就绪')]);
    await advance(60_000);
    expect(children).toHaveLength(6);
  });

  it('does not restart what it was asked to stop, and cancels a restart that was waiting', async () => {
    const { supervisor, spec, children, last } = harness();
    const started = supervisor.start(spec);
    last().becomeReady();
    await started;
    await supervisor.stopAll();
    expect(children[0].stopped).toBe(true);
    await advance(60_000);
    expect(children).toHaveLength(1);

    const other = harness();
    const again = other.supervisor.start(other.spec);
    other.last().becomeReady();
    await again;
    other.last().die();
    await advance(0);
    await other.supervisor.stopAll();
    await advance(60_000);
    expect(other.children).toHaveLength(1);
  });

  it('rejects a first start that fails, without retrying it', async () => {
    const { supervisor, spec, children, last } = harness();
    const started = supervisor.start(spec);
    last().die({ code: 1, signal: null });
    await expect(started).rejects.toThrow('ledger 未能启动（退出码 1）');
    await advance(60_000);
    expect(children).toHaveLength(1);
  });

  it('hands over to a loaded standby, prepares the next one once that is ready, and stops the waiting one with the rest', async () => {
    const { supervisor, withStandby, standbys, children, lines, last } = harness();
    const started = supervisor.start(withStandby);
    last().becomeReady();
    await started;
    expect(standbys).toHaveLength(0); // not while the platform starts
    supervisor.enableStandbys();
    expect(standbys).toHaveLength(1);
    expect(standbys[0].previousUrl).toBe('http://127.0.0.1:4102/graphql');

    last().die();
    await advance(500);
    expect(children).toHaveLength(1);
    expect(standbys[0].activated).toBe(true);
    standbys[0].becomeReady();
    await advance(0);
    expect(lines[lines.length - 1]).toBe('台账服务 ledger 已重新启动（pid 2000），由备用进程接替，用时 0 秒');
    expect(standbys).toHaveLength(2);

    await supervisor.stopAll();
    expect(standbys.map((s) => s.stopped)).toEqual([true, true]);
  });

  it('starts cold when the standby died while waiting', async () => {
    const { supervisor, withStandby, standbys, children, lines, last } = harness();
    const started = supervisor.start(withStandby);
    last().becomeReady();
    await started;
    supervisor.enableStandbys();
    standbys[0].die({ code: 1, signal: null });
    await advance(0);
    expect(lines[lines.length - 1]).toBe('台账服务的备用进程退出（退出码 1），下次重新启动时冷启动');
    children[0].die();
    await advance(500);
    expect(children).toHaveLength(2);
    expect(standbys[0].activated).toBe(false);
  });
});
