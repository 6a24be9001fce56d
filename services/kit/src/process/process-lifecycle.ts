import { EnvironmentOf, readEnvironment, VariableSpec } from '../config/environment';

/** A process's configuration, or every problem with it on stderr and exit code 2. */
export function readEnvironmentOrExit<S extends Record<string, VariableSpec<unknown>>>(specs: S): EnvironmentOf<S> {
  try {
    return readEnvironment(specs);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

/**
 * Stops the process on SIGTERM, Ctrl-C, or when the launcher that forked it is gone. A client holding a
 * connection open must not hold the process: after `graceMs` it exits anyway.
 */
export function stopOnSignals(stop: () => Promise<void>, graceMs = 2000): void {
  let stopping = false;
  const handler = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), graceMs).unref();
    await stop();
    process.exit(0);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  process.on('disconnect', handler);
}
