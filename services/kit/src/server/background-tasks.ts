import { Logger } from '../logging/logger';

/** Work a service does on its own, on a timer: each run ends before the next is scheduled, so runs never overlap. */
export interface BackgroundTask {
  name: string;
  /** How long after the service starts the first run begins (its peers may still be starting). */
  firstAfterMs: number;
  /** How long after a run ends the next begins, given the time then. */
  nextAfterMs(nowMs: number): number;
  /** One run; answers what to log about it. A failure is logged and the task keeps its schedule. */
  run(): Promise<Record<string, unknown>>;
}

/**
 * A service's background tasks, registered in its `wire` map under this class. The process a launcher starts
 * (`runServiceMain`) runs them; a service started by a test does not, and the test triggers the work itself.
 */
export class BackgroundTasks {
  constructor(readonly tasks: readonly BackgroundTask[]) {}
}

/** Starts the tasks; the answer stops them, waiting for a run under way to end. */
export function startBackgroundTasks(tasks: readonly BackgroundTask[], logger: Logger): () => Promise<void> {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const schedule = (task: BackgroundTask, afterMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      const run = task
        .run()
        .then((fields) => logger.info(`${task.name} done`, fields))
        .catch((error: unknown) =>
          logger.error(`${task.name} failed`, { error: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => {
          running.delete(run);
          if (!stopped) schedule(task, task.nextAfterMs(Date.now()));
        });
      running.add(run);
    }, afterMs);
    timer.unref();
    timers.add(timer);
  };
  for (const task of tasks) schedule(task, task.firstAfterMs);
  return async () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    await Promise.all(running);
  };
}
