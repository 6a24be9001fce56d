import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@jifen/runtime';

/** Set by the jest global setup: the server test files make their throwaway databases on. */
export const TEST_ADMIN_URL_KEY = 'JIFEN_TEST_ADMIN_URL';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ADMIN_URL_KEY];
  if (!adminUrl) throw new Error('test database server is not set up (run tests through `npm test`)');
  const name = `jifen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, name);
  return { url, drop: () => dropDatabase(adminUrl, name) };
}
