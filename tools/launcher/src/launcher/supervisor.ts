import { describeExit, LaunchedChild } from '@jifen/runtime';
import { judgeFailedStarts, restartDelayMs, RESTART_POLICY, RestartPolicy, seconds } from './restart-policy';

/** What the supervisor needs of a started process (a forked child, or a fake one in tests). */
export type SupervisedChild = Pick<LaunchedChild, 'pid' | 'ready' | 'exited' | 'stop'>;

/** A process loaded and waiting, that takes over when the running one dies (see standby-entry.ts). */
type SupervisedStandby = SupervisedChild & { activate(): void };

export interface SupervisedSpec {
  /** `ledger`, `gateway`…: printed beside the label and the pid, so that a person (or a test) can find it. */
  name: string;
  /** What a person calls it: 台账服务. */
  label: string;
  /** Starts it; on a restart `previousUrl` is where the last one answered, so that it comes back on the same port. */
  start(previousUrl?: string): SupervisedChild;
  /** Prepares a standby that answers on `url` once activated; without it, every restart is a cold start. */
  standby?(url: string): SupervisedStandby;
}

export interface SupervisorOptions {
  log: (line: string) => void;
  warn: (line: string) => void;
  /** Called once when a process keeps failing to start: the launcher then stops everything. */
  onGiveUp: (message: string) => void;
  policy?: RestartPolicy;
}

interface Watched {
  spec: SupervisedSpec;
  child: SupervisedChild | null;
  standby: SupervisedStandby | null;
  url: string;
  readyAt: number;
  /** Restarts since the process was last healthy (up for `stableAfterMs`). */
  attempt: number;
  failedStarts: number[];
  timer: NodeJS.Timeout | null;
  stopping: boolean;
}

/**
 * Keeps the services and the gateway running: one that exits without being asked to is started again on
 * the same port, after a delay that grows while it keeps dying; one that keeps failing to start makes the
 * supervisor give up (the launcher then stops everything and says why).
 */
export class Supervisor {
  private readonly watched = new Map<string, Watched>();
  private readonly policy: RestartPolicy;
  private standbys = false;

  constructor(private readonly options: SupervisorOptions) {
    this.policy = options.policy ?? RESTART_POLICY;
  }

  /** Starts a process and watches it from the moment it is ready. A first start that fails is not retried: it rejects. */
  async start(spec: SupervisedSpec): Promise<string> {
    const entry: Watched = {
      spec,
      child: spec.start(),
      standby: null,
      url: '',
      readyAt: 0,
      attempt: 0,
      failedStarts: [],
      timer: null,
      stopping: false,
    };
    this.watched.set(spec.name, entry);
    entry.url = await entry.child!.ready;
    entry.readyAt = Date.now();
    this.options.log(`  ${spec.label} ${spec.name} 已就绪（pid ${entry.child!.pid}）：${entry.url}`);
    this.watch(entry, entry.child!);
    this.prepareStandby(entry);
    return entry.url;
  }

  /**
   * From now on keeps a standby for every process whose spec has one. Called once the platform is up: loading
   * four standbys while the services migrate and the demo loads would slow the start on a small machine.
   */
  enableStandbys(): void {
    this.standbys = true;
    for (const entry of this.watched.values()) if (entry.child) this.prepareStandby(entry);
  }

  /**
   * Stops every process, those named in `first` first (the gateway, so that no new request comes in). Nothing is
   * restarted from here on, also what exits on its own meanwhile (a Ctrl-C reaches the children too).
   */
  async stopAll(first: string[] = []): Promise<void> {
    const entries = [...this.watched.values()];
    for (const entry of entries) {
      entry.stopping = true;
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
    }
    const stop = (list: Watched[]) =>
      Promise.all(list.flatMap((entry) => [entry.child?.stop(), entry.standby?.stop()]));
    await stop(entries.filter((e) => first.includes(e.spec.name)));
    await stop(entries.filter((e) => !first.includes(e.spec.name)));
  }

  private watch(entry: Watched, child: SupervisedChild): void {
    void child.exited.then((reason) => {
      if (entry.stopping || entry.child !== child) return;
      if (Date.now() - entry.readyAt >= this.policy.stableAfterMs) entry.attempt = 0;
      this.scheduleRestart(entry, `意外退出（${describeExit(reason)}）`);
    });
  }

  /** A standby for the running process; one that dies while waiting is not replaced until the next restart. */
  private prepareStandby(entry: Watched): void {
    if (!this.standbys || !entry.spec.standby || entry.stopping || entry.standby) return;
    const standby = entry.spec.standby(entry.url);
    entry.standby = standby;
    void standby.exited.then((reason) => {
      if (entry.standby !== standby) return;
      entry.standby = null;
      if (!entry.stopping)
        this.options.warn(`${entry.spec.label}的备用进程退出（${describeExit(reason)}），下次重新启动时冷启动`);
    });
  }

  private scheduleRestart(entry: Watched, what: string): void {
    entry.attempt += 1;
    const delay = restartDelayMs(entry.attempt, this.policy);
    this.options.warn(`${entry.spec.label}${what}，${seconds(delay)}后重新启动（第 ${entry.attempt} 次）`);
    entry.child = null;
    entry.timer = setTimeout(() => this.restart(entry), delay);
  }

  private restart(entry: Watched): void {
    entry.timer = null;
    if (entry.stopping) return;
    const startedAt = Date.now();
    const standby = entry.standby;
    entry.standby = null;
    const child = standby ?? entry.spec.start(entry.url);
    standby?.activate();
    entry.child = child;
    child.ready.then(
      (url) => {
        if (entry.stopping || entry.child !== child) return;
        entry.url = url;
        entry.readyAt = Date.now();
        entry.failedStarts = [];
        this.options.log(
          `${entry.spec.label} ${entry.spec.name} 已重新启动（pid ${child.pid}）${standby ? '，由备用进程接替' : ''}，用时 ${seconds(entry.readyAt - startedAt)}`,
        );
        this.watch(entry, child);
        this.prepareStandby(entry);
      },
      async (error: Error) => {
        const reason = await child.exited;
        if (entry.stopping || entry.child !== child) return;
        const { recent, giveUp } = judgeFailedStarts([...entry.failedStarts, Date.now()], Date.now(), this.policy);
        entry.failedStarts = recent;
        if (!giveUp) return this.scheduleRestart(entry, `重新启动失败（${describeExit(reason)}）`);
        entry.stopping = true;
        entry.child = null;
        this.options.onGiveUp(
          `${entry.spec.label}（${entry.spec.name}）在 ${seconds(this.policy.failureWindowMs)}内 ${recent.length} 次重新启动都没有就绪（最后一次：${error.message}），` +
            '不再重试，正在停止全部服务。请查看上面该服务的错误输出（数据库是否可用？端口是否被别的程序占用？）。',
        );
      },
    );
  }
}
