import { ChildProcess, fork, StdioOptions } from 'node:child_process';
import { join } from 'node:path';

export interface Child {
  name: string;
  process: ChildProcess;
  url: string;
}

/** How a process ended: its exit code, or the signal that ended it. */
export interface ExitReason {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A forked process from the moment it is started: what the supervisor watches. */
export interface LaunchedChild {
  process: ChildProcess;
  pid: number | undefined;
  /** Its URL once it reports ready; rejects (after it has exited) if it exits, reports a failure or times out first. */
  ready: Promise<string>;
  /** Settles when it has exited, however that happened. */
  exited: Promise<ExitReason>;
  /** SIGTERM, then SIGKILL after the grace period; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface LaunchOptions {
  detached?: boolean;
  timeoutMs?: number;
  execArgv?: string[];
}

/**
 * Forks a service, the gateway or the database runner. It reports `{ ready: url }` over IPC when it answers,
 * or `{ failed: text }` when it cannot start and has said why (the text is then the error the caller sees).
 */
export function launchChild(
  name: string,
  modulePath: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
  options: LaunchOptions = {},
): LaunchedChild {
  const child = fork(modulePath, args, forkOptions(env, options));
  const launched = watchChild(name, child, options.timeoutMs);
  launched.arm();
  return launched;
}

/** A standby for a process (see standby-entry.ts): its modules loaded, started by `activate()`. */
export interface StandbyChild extends LaunchedChild {
  /** Runs the entry point; from then on `ready` and its time limit count. */
  activate(): void;
}

export function launchStandby(
  name: string,
  modulePath: string,
  env: NodeJS.ProcessEnv,
  options: LaunchOptions = {},
): StandbyChild {
  const child = fork(join(__dirname, 'standby-entry.js'), [modulePath], forkOptions(env, options));
  const launched = watchChild(name, child, options.timeoutMs);
  return {
    ...launched,
    activate: () => {
      launched.arm();
      child.send({ activate: true });
    },
  };
}

function forkOptions(env: NodeJS.ProcessEnv, options: LaunchOptions) {
  return {
    env,
    execArgv: options.execArgv ?? process.execArgv,
    detached: options.detached ?? false,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'] as StdioOptions,
  };
}

/** The promises and the stop of a forked child; its time limit to become ready runs from `arm()`. */
function watchChild(name: string, child: ChildProcess, timeoutMs = 120_000): LaunchedChild & { arm(): void } {
  const exited = new Promise<ExitReason>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let timer: NodeJS.Timeout | undefined;
  let failure: string | null = null;
  const ready = new Promise<string>((resolve, reject) => {
    child.on('message', (message: { ready?: string; failed?: string }) => {
      if (message.failed) failure = message.failed;
      if (!message.ready) return;
      clearTimeout(timer);
      resolve(message.ready);
    });
    void exited.then((reason) => {
      clearTimeout(timer);
      reject(new Error(failure ?? `${name} 未能启动（${describeExit(reason)}）`));
    });
  });
  ready.catch(() => {}); // a caller that only waits for `exited` must not see an unhandled rejection
  const stop = (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.kill('SIGTERM');
    return exited.then(() => clearTimeout(kill));
  };
  const arm = () => {
    timer = setTimeout(() => {
      failure = `${name} 在 ${timeoutMs / 1000} 秒内没有就绪`;
      void stop(5_000); // SIGTERM first: the database runner then stops its server
    }, timeoutMs);
  };
  return { process: child, pid: child.pid, ready, exited, stop, arm };
}

/** Forks a process and resolves with its URL once it reports ready. */
export async function startChild(
  name: string,
  modulePath: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
  options: LaunchOptions = {},
): Promise<Child> {
  const launched = launchChild(name, modulePath, env, args, options);
  return { name, process: launched.process, url: await launched.ready };
}

/** "信号 SIGKILL" or "退出码 1", and a hint when the reason is what running out of heap looks like. */
export function describeExit({ code, signal }: ExitReason): string {
  const how = signal ? `信号 ${signal}` : `退出码 ${code}`;
  return signal === 'SIGABRT' || code === 134 ? `${how}，可能是内存不足` : how;
}

/** Asks each child to stop (SIGTERM) and waits for it, killing it after a grace period. */
export async function stopChildren(children: Child[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    children.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
