import { randomBytes } from 'node:crypto';
import { provideDatabase, ProvidedDatabase } from '../database/provide-database';
import { demoAccountLines } from '../demo/demo-accounts';
import { loadDemoIfEmpty } from '../demo/load-demo';
import { readEnvironmentOrExit } from '@jifen/kit';
import { launcherVariables } from './environment';
import { heapArgs } from './heap-limits';
import { Child, startChild, stopChildren } from './processes';

/** `npm start`: the database, the three services, the demo district when the database is empty, the gateway. */
async function main(): Promise<void> {
  const env = readEnvironmentOrExit(launcherVariables);
  const say = (line: string) => console.log(line);
  const children: Child[] = [];
  let database: ProvidedDatabase | null = null;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('正在停止…');
    // The gateway first (no new requests), then the services, the database last.
    await stopChildren(children.filter((c) => c.name === 'gateway'));
    await stopChildren(children.filter((c) => c.name !== 'gateway'));
    await database?.stop();
    say('已停止。');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    say(env.databaseUrl ? '使用 DATABASE_URL 指定的 PostgreSQL' : `启动内置 PostgreSQL（端口 ${env.embeddedPort}，数据目录 ${env.embeddedDir}）…`);
    database = await provideDatabase({ databaseUrl: env.databaseUrl, embeddedDir: env.embeddedDir, embeddedPort: env.embeddedPort, databaseName: 'jifen' });
    const tokenSecret = env.internalTokenSecret ?? randomBytes(32).toString('base64url');
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      INTERNAL_TOKEN_SECRET: tokenSecret,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };
    say('启动积分方案、台账、评星定级三个服务（首次启动会执行数据库迁移）…');
    const services = await Promise.all(
      (['ledger', 'scheme', 'rating'] as const).map((name) => startChild(name, require.resolve(`@jifen/${name}/dist/main.js`), childEnv, [], { execArgv: heapArgs(name) })),
    );
    children.push(...services);
    for (const child of services) {
      child.process.on('exit', (code) => {
        if (!stopping) {
          console.error(`${child.name} 服务意外退出（退出码 ${code}），正在停止全部服务`);
          void shutdown(1);
        }
      });
    }
    const urls = { ledger: services[0].url, scheme: services[1].url, rating: services[2].url };
    if (env.demoData === 'true') {
      const today = new Date().toISOString().slice(0, 10);
      const summary = await loadDemoIfEmpty({ urls, tokenSecret, today, password: env.demoPassword, progress: say }).then((s) => {
        if (s) say(`已载入示范区演示数据：${s.organizations} 个组织，${s.members} 名党员（其中 ${s.exempt} 名高龄党员不纳入积分管理）`);
        return s;
      });
      if (!summary) say('数据库中已有数据，跳过演示数据');
    }
    const gateway = await startChild('gateway', require.resolve('@jifen/gateway/dist/main.js'), {
      ...childEnv,
      SCHEME_URL: urls.scheme,
      LEDGER_URL: urls.ledger,
      RATING_URL: urls.rating,
    }, [], { execArgv: heapArgs('gateway') });
    children.push(gateway);
    gateway.process.on('exit', (code) => {
      if (!stopping) {
        console.error(`网关意外退出（退出码 ${code}），正在停止全部服务`);
        void shutdown(1);
      }
    });
    say('');
    say(`平台已启动：GraphQL 接口及调试台 ${gateway.url.replace('127.0.0.1', 'localhost')}`);
    if (env.demoData === 'true') demoAccountLines(env.demoPassword).forEach(say);
    say('按 Ctrl-C 停止。');
  } catch (error) {
    console.error(`启动失败：${(error as Error).message}`);
    await shutdown(1);
  }
}

void main();
