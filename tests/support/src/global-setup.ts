import { join } from 'node:path';
import { startEmbeddedPostgres, EmbeddedPostgresError, ProblemContext, checkReachable } from '@jifen/runtime';
import { TEST_ADMIN_URL_KEY } from './test-database';

const EMBEDDED_TEST_PORT = 54339;
const repoRoot = join(__dirname, '..', '..', '..');

/** `npm test` has no variables for the test server's folder and port: the ways out are moving the clone or DATABASE_URL. */
export const testProblemContext: ProblemContext = { command: 'npm test', projectDir: repoRoot };

/**
 * One PostgreSQL server for the whole run: `DATABASE_URL`'s when set, else an embedded one in
 * `.data/postgres-test`. Each test file makes its own database on it and drops it at the end.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    await checkReachable(process.env.DATABASE_URL, 'npm test');
    process.env[TEST_ADMIN_URL_KEY] = process.env.DATABASE_URL;
    return;
  }
  const server = await startTestServer(join(repoRoot, '.data', 'postgres-test'), EMBEDDED_TEST_PORT);
  (globalThis as { __jifenTestServer?: { stop(): Promise<void> } }).__jifenTestServer = server;
  process.env[TEST_ADMIN_URL_KEY] = server.adminUrl;
}

/** The embedded test server; when it cannot run, the reason and what to do, and jest stops without a stack. */
export async function startTestServer(dataDir: string, port: number) {
  try {
    return await startEmbeddedPostgres({
      dataDir,
      port,
      log: (line) => console.log(line),
      context: testProblemContext,
    });
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw error; // its `stack` is its message
    throw new EmbeddedPostgresError({ kind: 'failed', detail: (error as Error).message }, testProblemContext);
  }
}
