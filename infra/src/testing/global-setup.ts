import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { TEST_ADMIN_URL_KEY } from './test-database';

const EMBEDDED_TEST_PORT = 54339;

/**
 * One PostgreSQL server for the whole run: `DATABASE_URL`'s when set, else an embedded one in
 * `.data/postgres-test`. Each test file makes its own database on it and drops it at the end.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env[TEST_ADMIN_URL_KEY] = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(__dirname, '..', '..', '..', '.data', 'postgres-test'),
    port: EMBEDDED_TEST_PORT,
    log: (line) => console.log(line),
  });
  (globalThis as { __jifenTestServer?: { stop(): Promise<void> } }).__jifenTestServer = server;
  process.env[TEST_ADMIN_URL_KEY] = server.adminUrl;
}
