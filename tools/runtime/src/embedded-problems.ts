/**
 * Why the embedded PostgreSQL cannot run, in words a newcomer can act on (Chinese, then English): what is wrong
 * and the ways out (move the clone, another data folder or port, or a PostgreSQL server of one's own). Printed
 * instead of a Node stack by `npm start`, `npm run seed` and `npm test`.
 */
export type EmbeddedProblem =
  | {
      kind: 'folder-unreachable';
      what: 'binaries' | 'data';
      folder: string;
      mode: string;
      target: string;
      user: string;
      asRoot: boolean;
    }
  | { kind: 'data-owned-by-other'; folder: string }
  | { kind: 'port-taken'; port: number }
  | { kind: 'disk-full'; folder: string; freeMb: number | null; neededMb: number }
  | { kind: 'failed'; detail: string };

/** What the command that met the problem lets a person change. */
export interface ProblemContext {
  /** `npm start`, `npm test`… */
  command: string;
  /** The project folder (to be moved when the server user cannot reach it). */
  projectDir: string;
  /** The variable that sets the data folder, where the command has one. */
  dirVariable?: string;
  /** The variable that sets the port, where the command has one. */
  portVariable?: string;
}

/** A problem of the embedded server, its message already written for a person; nothing else to print. */
export class EmbeddedPostgresError extends Error {
  constructor(
    readonly problem: EmbeddedProblem,
    context: ProblemContext,
  ) {
    super(explainProblem(problem, context));
    this.name = 'EmbeddedPostgresError';
    // Whatever prints this error (jest's global setup prints `stack`) shows the message and no stack.
    this.stack = this.message;
  }
}

function explainProblem(problem: EmbeddedProblem, context: ProblemContext): string {
  const databaseUrl = `设置 DATABASE_URL 使用已有的 PostgreSQL 服务器，例如 DATABASE_URL=postgres://postgres@127.0.0.1:5432/jifen ${context.command}`;
  const databaseUrlEn = 'set DATABASE_URL to a PostgreSQL server of your own';
  const otherDir = context.dirVariable
    ? `设置 ${context.dirVariable} 为别的数据目录（例如 ${context.dirVariable}=/var/lib/jifen/postgres ${context.command}）`
    : null;
  const otherDirEn = context.dirVariable ? `set ${context.dirVariable} to another data folder` : null;
  switch (problem.kind) {
    case 'folder-unreachable': {
      const reach = problem.what === 'binaries' ? `数据库程序（${problem.target}）` : `数据目录（${problem.target}）`;
      const who = problem.asRoot
        ? `以 root 运行时，内置 PostgreSQL 以系统用户 ${problem.user} 的身份运行，而它`
        : `当前用户 ${problem.user} `;
      const whoEn = problem.asRoot
        ? `run as root, it runs as the user ${problem.user}, who`
        : `the user ${problem.user}`;
      const ways =
        problem.what === 'binaries'
          ? [
              `把项目移到 ${problem.user} 用户能进入的位置再运行，例如 mv ${context.projectDir} /opt/jifen（或让它能进入 ${problem.folder}：chmod o+x ${problem.folder}）`,
              databaseUrl,
            ]
          : [
              ...(problem.target.startsWith(context.projectDir)
                ? [`把项目移到 ${problem.user} 用户能进入的位置，例如 mv ${context.projectDir} /opt/jifen`]
                : []),
              ...(otherDir ? [otherDir] : []),
              databaseUrl,
            ];
      return lines(
        `内置 PostgreSQL 无法启动：${who}进不了文件夹 ${problem.folder}（权限 ${problem.mode}），到不了${reach}。`,
        ways,
        `The embedded PostgreSQL cannot start: ${whoEn} cannot enter ${problem.folder} (mode ${problem.mode}) on the way to ${problem.what === 'binaries' ? 'its binaries' : 'its data folder'}. ` +
          [
            ...(problem.what === 'binaries' || problem.target.startsWith(context.projectDir)
              ? [`Move the clone where ${problem.user} can reach it (e.g. /opt/jifen)`]
              : []),
            ...(problem.what === 'data' && otherDirEn ? [otherDirEn] : []),
            `or ${databaseUrlEn}.`,
          ].join(', '),
      );
    }
    case 'data-owned-by-other':
      return lines(
        `内置 PostgreSQL 无法启动：数据目录 ${problem.folder} 属于另一个用户（它曾以别的用户身份初始化），postgres 用户不能使用它。`,
        [
          `删除该目录重新初始化（其中的数据会丢失），或 chown -R postgres ${problem.folder}`,
          ...(otherDir ? [otherDir] : []),
          databaseUrl,
        ],
        `The embedded PostgreSQL cannot start: its data folder ${problem.folder} belongs to another user. Delete it or chown it to postgres${otherDirEn ? `, ${otherDirEn}` : ''}, or ${databaseUrlEn}.`,
      );
    case 'port-taken': {
      const otherPort = context.portVariable
        ? [
            `设置 ${context.portVariable} 换一个端口，例如 ${context.portVariable}=${problem.port + 100} ${context.command}`,
          ]
        : [];
      return lines(
        `内置 PostgreSQL 无法启动：端口 ${problem.port} 已被占用（也许另一个 ${context.command} 或别的 PostgreSQL 正在运行）。`,
        ['停止占用该端口的程序（查看：ss -ltnp | grep ' + problem.port + '）', ...otherPort, databaseUrl],
        `The embedded PostgreSQL cannot start: port ${problem.port} is taken. Stop what uses it${context.portVariable ? `, set ${context.portVariable} to another port` : ''}, or ${databaseUrlEn}.`,
      );
    }
    case 'disk-full': {
      const free = problem.freeMb === null ? '已满' : `只剩 ${problem.freeMb} MB（至少需要 ${problem.neededMb} MB）`;
      return lines(
        `内置 PostgreSQL 无法启动：数据目录 ${problem.folder} 所在的磁盘${free}。`,
        [
          '腾出磁盘空间后再运行',
          ...(otherDir ? [otherDir.replace('为别的数据目录', '为空间足够的磁盘上的数据目录')] : []),
          databaseUrl,
        ],
        `The embedded PostgreSQL cannot start: the disk of ${problem.folder} is full. Free some space${otherDirEn ? `, ${otherDirEn} on another disk` : ''}, or ${databaseUrlEn}.`,
      );
    }
    case 'failed':
      return lines(
        `内置 PostgreSQL 未能启动：${problem.detail}`,
        [...(otherDir ? [otherDir] : []), databaseUrl],
        `The embedded PostgreSQL did not start (see above)${otherDirEn ? `; ${otherDirEn}` : ''}, or ${databaseUrlEn}.`,
      );
  }
}

function lines(what: string, ways: string[], english: string): string {
  return [what, '请任选其一：', ...ways.map((way, i) => `  ${i + 1}. ${way}`), english].join('\n');
}

/**
 * A failure no check foresaw, as a problem: what the server or the package said, reduced to its first lines
 * (no stack), and recognised where it is one of the known ones.
 */
export function problemOf(
  error: unknown,
  serverLog: string[],
  context: { port: number; folder: string },
): EmbeddedProblem {
  const text = [error instanceof Error ? error.message : String(error ?? ''), ...serverLog].join('\n');
  if (/ENOSPC|No space left on device/i.test(text))
    return { kind: 'disk-full', folder: context.folder, freeMb: null, neededMb: 0 };
  if (/postmaster\.pid.* already exists/i.test(text))
    return {
      kind: 'failed',
      detail: `数据目录 ${context.folder} 正被另一个 PostgreSQL 使用（也许另一个启动的平台仍在运行）`,
    };
  if (
    /Address already in use|could not bind|could not create any TCP\/IP sockets|lock file .* already exists/i.test(text)
  )
    return { kind: 'port-taken', port: context.port };
  const detail = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^at /.test(line))
    .slice(0, 4)
    .join('；');
  return {
    kind: 'failed',
    detail:
      detail === '' ? '没有给出原因' : /EACCES|permission denied/i.test(detail) ? `权限不足（${detail}）` : detail,
  };
}
