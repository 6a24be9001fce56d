import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { cleanEnvironment, freePort, runBuilt } from './launched-platform';

/** What a newcomer sees when the embedded PostgreSQL cannot run, and in production: the built commands (`npm run build` first). */
describe('npm start and npm run seed where the embedded PostgreSQL cannot run', () => {
  let locked: string;
  beforeAll(() => {
    locked = mkdtempSync(join(tmpdir(), 'jifen-locked-'));
    // Root's folders of mode 700 keep out the postgres user the server runs as; mode 000 keeps out anyone else.
    chmodSync(locked, process.getuid?.() === 0 ? 0o700 : 0o000);
  });
  afterAll(() => {
    chmodSync(locked, 0o700);
    rmSync(locked, { recursive: true, force: true });
  });

  it.each([
    ['npm start', 'launcher/main.js', []],
    ['npm run seed', 'seed/main.js', ['--scale', 'S']],
  ] as const)('%s stops with what to do, in Chinese and English, and no stack', async (command, script, args) => {
    const run = runBuilt(
      script,
      cleanEnvironment({ EMBEDDED_PG_DIR: join(locked, 'postgres'), EMBEDDED_PG_PORT: String(await freePort()) }),
      [...args],
    );
    const { code } = await run.exited;
    const output = run.output();
    expect(code).toBe(1);
    expect(output).toContain(`进不了文件夹 ${locked}`);
    expect(output).toContain(`EMBEDDED_PG_DIR=/var/lib/jifen/postgres ${command}`);
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('The embedded PostgreSQL cannot start');
    expect(output).not.toMatch(/^\s+at .+:\d+/m);
    expect(output).not.toMatch(/Error:|EACCES/);
  });
});

describe('npm start in production', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('does not load the demo with its published password, and says how to ask for it', async () => {
    const ports = [await freePort(), await freePort(), await freePort(), await freePort()];
    const run = runBuilt(
      'launcher/main.js',
      cleanEnvironment({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        PORT: `${ports[0]}`,
        SCHEME_PORT: `${ports[1]}`,
        LEDGER_PORT: `${ports[2]}`,
        RATING_PORT: `${ports[3]}`,
      }),
    );
    try {
      await run.waitFor(/平台已启动/, 90_000);
    } finally {
      await run.stop();
    }
    expect(run.output()).toContain('生产环境（NODE_ENV=production）不载入演示数据');
    expect(run.output()).not.toContain('已载入示范区演示数据');
    expect(run.output()).not.toContain('Jifen-demo-2026（开发用缺省密码');
  });
});
