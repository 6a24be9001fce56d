import { enumVariable, portVariable, stringVariable, urlVariable } from './environment';

/** Variables every service process reads. The gateway and the launcher declare their own. */
export const sharedVariables = {
  databaseUrl: urlVariable(
    'DATABASE_URL',
    'PostgreSQL 连接串；不设置时 npm start / npm test 启动内置 PostgreSQL (PostgreSQL server to use; unset = embedded)',
    ['postgres:', 'postgresql:'],
  ),
  internalTokenSecret: stringVariable(
    'INTERNAL_TOKEN_SECRET',
    '网关签发内部令牌和登录令牌所用的密钥；不设置时 npm start 首次启动时生成并保存在数据库中 (token secret; unset: made once by npm start and kept in the database)',
  ),
  logLevel: enumVariable(
    'LOG_LEVEL',
    '日志级别：debug / info / warn / error / silent；npm start 为子进程缺省设为 warn (log level)',
    ['debug', 'info', 'warn', 'error', 'silent'] as const,
    'info',
  ),
} as const;

export const hostVariable = stringVariable(
  'HOST',
  '网关及各服务监听的地址 (address the gateway and services listen on)',
  '127.0.0.1',
);

export const servicePortVariables = {
  scheme: portVariable('SCHEME_PORT', '积分方案服务端口 (scheme service port)', 4001),
  ledger: portVariable('LEDGER_PORT', '台账服务端口 (ledger service port)', 4002),
  rating: portVariable('RATING_PORT', '评星定级服务端口 (rating service port)', 4003),
} as const;

export type ServiceName = keyof typeof servicePortVariables;

/** The services by the names a person knows them by (add 服务 for "the … service"). */
export const SERVICE_LABELS: Record<ServiceName, string> = { scheme: '积分方案', ledger: '台账', rating: '评星定级' };

export const subgraphUrlVariables = {
  schemeUrl: urlVariable(
    'SCHEME_URL',
    '积分方案服务地址；缺省为 http://127.0.0.1:SCHEME_PORT/graphql (scheme subgraph URL)',
    ['http:', 'https:'],
  ),
  ledgerUrl: urlVariable(
    'LEDGER_URL',
    '台账服务地址；缺省为 http://127.0.0.1:LEDGER_PORT/graphql (ledger subgraph URL)',
    ['http:', 'https:'],
  ),
  ratingUrl: urlVariable(
    'RATING_URL',
    '评星定级服务地址；缺省为 http://127.0.0.1:RATING_PORT/graphql (rating subgraph URL)',
    ['http:', 'https:'],
  ),
} as const;

/** Where the other subgraphs answer, for batched service-to-service calls; one shared object, possibly filled in late. */
export interface PeerUrls {
  ledger: string;
  scheme: string;
  rating: string;
}

/** Where each subgraph answers: its URL variable if set, else the local port. */
export function subgraphUrls(env: {
  schemeUrl?: string;
  ledgerUrl?: string;
  ratingUrl?: string;
  scheme: number;
  ledger: number;
  rating: number;
}): Record<ServiceName, string> {
  const local = (port: number) => `http://127.0.0.1:${port}/graphql`;
  return {
    scheme: env.schemeUrl ?? local(env.scheme),
    ledger: env.ledgerUrl ?? local(env.ledger),
    rating: env.ratingUrl ?? local(env.rating),
  };
}
