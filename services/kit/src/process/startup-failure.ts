import { SERVICE_LABELS, ServiceName, servicePortVariables } from '../config/shared-variables';

/**
 * What a service or the gateway prints when it cannot start. A newcomer's first run must not end in a stack:
 * the causes a person can act on (the port taken, the database unreachable or refusing) are named in Chinese and
 * English with what to do; anything else is its message alone, with the stack only at LOG_LEVEL=debug.
 */
export interface StartupSubject {
  /** The process as a person knows it: 台账服务, 网关 … */
  label: string;
  /** The variable that sets its port (LEDGER_PORT, PORT …). */
  portVariable: string;
}

interface SystemError {
  code?: string;
  port?: number;
  address?: string;
  message?: string;
  stack?: string;
}

export function describeStartupFailure(
  subject: StartupSubject,
  error: unknown,
  showStack = process.env.LOG_LEVEL === 'debug',
): string {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SystemError;
  const lines = [`${subject.label}未能启动。`];
  switch (e.code) {
    case 'EADDRINUSE':
      lines.push(
        `端口 ${e.port ?? ''} 已被其他程序占用：请关闭占用它的程序（如另一个正在运行的 npm start），或设置 ${subject.portVariable}=<其他端口> 后重试。`,
        `Port ${e.port ?? ''} is in use: stop the program holding it (another npm start?) or set ${subject.portVariable} to another port.`,
      );
      break;
    case 'EACCES':
      lines.push(
        `没有权限监听端口 ${e.port ?? ''}（1024 以下的端口需要管理员权限）：请设置 ${subject.portVariable}=<1024 以上的端口>。`,
        `Not allowed to listen on port ${e.port ?? ''}: set ${subject.portVariable} to a port above 1024.`,
      );
      break;
    case 'EADDRNOTAVAIL':
      lines.push(
        `本机没有地址 ${e.address ?? ''}：请检查 HOST 设置。`,
        `This machine has no address ${e.address ?? ''}: check HOST.`,
      );
      break;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
      lines.push(
        '无法连接数据库：请确认 PostgreSQL 正在运行，DATABASE_URL 的主机和端口正确。',
        'Cannot reach the database: check that PostgreSQL runs and DATABASE_URL names its host and port.',
      );
      break;
    case '28P01':
    case '28000':
      lines.push(
        '数据库拒绝了登录：请检查 DATABASE_URL 中的用户名和密码。',
        'The database refused the login: check the user and password in DATABASE_URL.',
      );
      break;
    case '3D000':
      lines.push(
        'DATABASE_URL 指定的数据库不存在：请先创建它，或不设置 DATABASE_URL 改用内置 PostgreSQL。',
        'The database DATABASE_URL names does not exist: create it, or unset DATABASE_URL to use the embedded PostgreSQL.',
      );
      break;
    default:
      lines.push(
        `原因：${e.message ?? String(error)}`,
        showStack ? (e.stack ?? '') : '（设置 LOG_LEVEL=debug 可看到详细信息 / set LOG_LEVEL=debug for details）',
      );
  }
  return lines.filter((line) => line !== '').join('\n');
}

/** The `catch` of a process's main: says why it could not start and exits with 1. */
export function exitOnStartupFailure(subject: StartupSubject): (error: unknown) => never {
  return (error) => {
    console.error(describeStartupFailure(subject, error));
    process.exit(1);
  };
}

/** A service as its start-up failure names it. */
export function serviceStartupSubject(name: ServiceName): StartupSubject {
  return { label: `${SERVICE_LABELS[name]}服务`, portVariable: servicePortVariables[name].name };
}
