import { gatewayVariables } from '@jifen/gateway';
import { DEFAULT_DEMO_PASSWORD } from '@jifen/demo';
import {
  enumVariable,
  hostVariable,
  portVariable,
  servicePortVariables,
  sharedVariables,
  stringVariable,
} from '@jifen/kit';

/** What `npm start` reads itself; the services and the gateway read theirs (they inherit the environment). */
export const launcherVariables = {
  databaseUrl: sharedVariables.databaseUrl,
  internalTokenSecret: sharedVariables.internalTokenSecret,
  logLevel: sharedVariables.logLevel,
  host: hostVariable,
  port: gatewayVariables.port,
  ...servicePortVariables,
  embeddedPort: portVariable(
    'EMBEDDED_PG_PORT',
    '内置 PostgreSQL 的端口（未设置 DATABASE_URL 时）(embedded PostgreSQL port)',
    54329,
  ),
  embeddedDir: stringVariable(
    'EMBEDDED_PG_DIR',
    '内置 PostgreSQL 的数据目录，重启后数据仍在 (embedded PostgreSQL data folder)',
    '.data/postgres',
  ),
  demoPassword: stringVariable(
    'DEMO_PASSWORD',
    '演示账号（每个角色一个）的密码，首次载入演示数据时设定 (password of the demo accounts)',
    DEFAULT_DEMO_PASSWORD,
  ),
  nodeEnv: stringVariable(
    'NODE_ENV',
    '运行模式；production 时网关不允许自省，npm start 不以缺省密码载入演示数据 (run mode: production or not)',
  ),
  demoData: enumVariable(
    'DEMO_DATA',
    '数据库为空时是否载入示范区演示数据 (load the demo district into an empty database)',
    ['true', 'false'] as const,
    'true',
  ),
  standby: enumVariable(
    'STANDBY_PROCESSES',
    '为每个服务和网关备一个已载入代码的备用进程，意外退出时由它接替（约 1 秒，冷启动 2–5 秒；每个约多占 100–140 MB 内存）(a warm standby per process)',
    ['true', 'false'] as const,
    'true',
  ),
} as const;
