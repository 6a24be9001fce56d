import { freePort } from './free-port';
import { TEST_ADMIN_URL_KEY } from '../../../tests/support/src/test-database';
import { checkReachable } from './provide-database';

describe('a DATABASE_URL that does not answer', () => {
  it('is reported with what to check, in Chinese and English, and no stack', async () => {
    const url = `postgres://postgres@127.0.0.1:${await freePort()}/jifen`;
    const error = await checkReachable(url, 'npm test').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      /^无法连接 DATABASE_URL 指定的 PostgreSQL（.*ECONNREFUSED.*）。请检查地址、用户、密码和数据库名/,
    );
    expect(error?.message).toContain('不设置 DATABASE_URL 则 npm test 使用内置 PostgreSQL');
    expect(error?.message).toContain('Cannot connect to the PostgreSQL server of DATABASE_URL');
    expect(error?.stack).toBe(error?.message);
  });

  it('passes one that answers', async () => {
    await expect(checkReachable(process.env[TEST_ADMIN_URL_KEY] as string)).resolves.toBeUndefined();
  });
});
