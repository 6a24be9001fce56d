import { ChildProcess, fork } from 'node:child_process';

export interface Child {
  name: string;
  process: ChildProcess;
  url: string;
}

/** Forks a service or the gateway and resolves with its URL once it reports ready. */
export function startChild(
  name: string,
  modulePath: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
  options: { detached?: boolean; timeoutMs?: number; execArgv?: string[] } = {},
): Promise<Child> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = fork(modulePath, args, { env, execArgv: options.execArgv ?? process.execArgv, detached: options.detached ?? false, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${name} 在 ${timeoutMs / 1000} 秒内没有就绪`));
    }, timeoutMs);
    child.once('message', (message: { ready?: string }) => {
      clearTimeout(timer);
      if (message.ready) resolve({ name, process: child, url: message.ready });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} 启动失败（退出码 ${code}）`));
    });
  });
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
