import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../tests/support/src/test-database';
import { keptTokenSecret } from './kept-token-secret';

describe('the kept token secret', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = [await createTestDatabase(), await createTestDatabase()];
  });
  afterAll(async () => {
    await first.drop();
    await second.drop();
  });

  it('is made once per database and the same on every later launch, also when two launch at once', async () => {
    const [a, b] = await Promise.all([keptTokenSecret(first.url), keptTokenSecret(first.url)]);
    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await keptTokenSecret(first.url)).toBe(a);
    const client = new Client({ connectionString: first.url });
    await client.connect();
    const rows = await client.query('SELECT value FROM launcher.kept_secrets');
    await client.end();
    expect(rows.rows).toEqual([{ value: a }]);
  });

  it('differs between databases', async () => {
    expect(await keptTokenSecret(second.url)).not.toBe(await keptTokenSecret(first.url));
  });
});
