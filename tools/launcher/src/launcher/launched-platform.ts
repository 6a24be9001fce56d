import { ChildProcess, spawn } from 'node:child_process';
export { freePort } from '@jifen/runtime';
import { join } from 'node:path';

/**
 * For tests: a built command (`tools/launcher/dist/launcher/main.js`, `tools/launcher/dist/seed/main.js`) run as a person runs it,
 * its output read as they would read it. Run `npm run build` first.
 */
export interface LaunchedCommand {
  process: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the first match of `pattern` in what it printed (now or later); rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ctrl-C (SIGINT) and wait; SIGKILL if it has not stopped within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const launcherDist = join(__dirname, '..', '..', 'dist');

export function runBuilt(
  script: 'launcher/main.js' | 'seed/main.js',
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): LaunchedCommand {
  const child = spawn(process.execPath, [join(launcherDist, script), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (!match) return;
        done();
        resolve(match);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`not seen within ${timeoutMs} ms: ${pattern}\n--- output ---\n${text}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  const stop = async (graceMs = 20_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.kill('SIGINT');
    await exited;
    clearTimeout(timer);
  };
  return { process: child, output: () => text, waitFor, exited, stop };
}

/** The environment of the test run without what would point the command elsewhere than the test says. */
export function cleanEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'INTERNAL_TOKEN_SECRET',
    'SCHEME_URL',
    'LEDGER_URL',
    'RATING_URL',
    'EMBEDDED_PG_DIR',
    'EMBEDDED_PG_PORT',
    'DEMO_PASSWORD',
    'DEMO_DATA',
    'NODE_ENV',
  ])
    delete env[name];
  return { ...env, LOG_LEVEL: 'error', ...overrides };
}
