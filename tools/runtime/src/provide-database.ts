import { isAbsolute, join } from 'node:path';
import { Client } from 'pg';
import { Child, startChild, stopChildren } from './processes';
import { ProblemContext } from './embedded-problems';

export interface ProvidedDatabase {
  url: string;
  stop(): Promise<void>;
}

export const repoRoot = join(__dirname, '..', '..', '..');

function dataDirOf(embeddedDir: string): string {
  return isAbsolute(embeddedDir) ? embeddedDir : join(repoRoot, embeddedDir);
}

/** How `npm start` and `npm run seed` word a problem of the embedded server: both read EMBEDDED_PG_DIR and EMBEDDED_PG_PORT. */
export const launcherProblemContext = (command: string): ProblemContext => ({
  command,
  projectDir: repoRoot,
  dirVariable: 'EMBEDDED_PG_DIR',
  portVariable: 'EMBEDDED_PG_PORT',
});

/**
 * `DATABASE_URL` when set (checked to answer); otherwise the embedded server (in its own process), with the platform's
 * database on it. Rejects with a message that says what to do (no stack) when neither can be had.
 */
export async function provideDatabase(options: {
  databaseUrl?: string;
  embeddedDir: string;
  embeddedPort: number;
  databaseName: string;
  command?: string;
}): Promise<ProvidedDatabase> {
  if (options.databaseUrl) {
    await checkReachable(options.databaseUrl, options.command);
    return { url: options.databaseUrl, stop: async () => {} };
  }
  const context = launcherProblemContext(options.command ?? 'npm start');
  const runner: Child = await startChild(
    'PostgreSQL',
    join(__dirname, 'embedded-runner.js'),
    process.env,
    [dataDirOf(options.embeddedDir), String(options.embeddedPort), options.databaseName, JSON.stringify(context)],
    { detached: true },
  );
  return { url: runner.url, stop: () => stopChildren([runner]) };
}

/** Connects once, so that a wrong DATABASE_URL is reported as such (no stack) before anything else starts. */
export async function checkReachable(url: string, command = 'npm start'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw unreachableDatabase(error, command);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The error a person sees when the server of DATABASE_URL does not answer: what the driver said, and what to check. */
export function unreachableDatabase(error: unknown, command: string): Error {
  const reason = (error as Error).message;
  const problem = new Error(
    `无法连接 DATABASE_URL 指定的 PostgreSQL（${reason}）。请检查地址、用户、密码和数据库名，以及服务器是否在运行；不设置 DATABASE_URL 则 ${command} 使用内置 PostgreSQL。\n` +
      `Cannot connect to the PostgreSQL server of DATABASE_URL (${reason}); check it, or unset it to use the embedded server.`,
  );
  problem.stack = problem.message; // printed as it is, where a stack would be printed
  return problem;
}
