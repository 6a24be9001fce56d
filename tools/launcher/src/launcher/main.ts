import { provideDatabase, ProvidedDatabase, keptTokenSecret } from '@jifen/runtime';
import { demoAccountLines, demoSummaryLines, loadDemoIfEmpty } from '@jifen/demo';
import { beijingDay, readEnvironmentOrExit } from '@jifen/kit';
import { decideDemo } from './demo-decision';
import { launcherVariables } from './environment';
import { platformProcess } from './platform-processes';
import { Supervisor } from './supervisor';

/**
 * `npm start`: the database, the three services, the demo district when the database is empty, the gateway;
 * then the supervisor keeps the services and the gateway running until Ctrl-C.
 */
async function main(): Promise<void> {
  const env = readEnvironmentOrExit(launcherVariables);
  const say = (line: string) => console.log(line);
  let database: ProvidedDatabase | null = null;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('正在停止…');
    // The gateway first (no new requests), then the services, the database last.
    await supervisor.stopAll(['gateway']);
    await database?.stop();
    say('已停止。');
    process.exit(code);
  };
  const supervisor = new Supervisor({
    log: say,
    warn: (line) => console.error(line),
    onGiveUp: (message) => {
      console.error(message);
      void shutdown(1);
    },
  });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    say(
      env.databaseUrl
        ? '使用 DATABASE_URL 指定的 PostgreSQL'
        : `启动内置 PostgreSQL（端口 ${env.embeddedPort}，数据目录 ${env.embeddedDir}）…`,
    );
    database = await provideDatabase({
      databaseUrl: env.databaseUrl,
      embeddedDir: env.embeddedDir,
      embeddedPort: env.embeddedPort,
      databaseName: 'jifen',
    });
    const tokenSecret = env.internalTokenSecret ?? (await keptTokenSecret(database.url));
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      INTERNAL_TOKEN_SECRET: tokenSecret,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };
    const standby = env.standby === 'true'; // prepared once the platform is up
    say('启动积分方案、台账、评星定级三个服务（首次启动会执行数据库迁移）…');
    const [ledger, scheme, rating] = await Promise.all(
      (['ledger', 'scheme', 'rating'] as const).map((name) =>
        supervisor.start(platformProcess(name, childEnv, { standby })),
      ),
    );
    const urls = { ledger, scheme, rating };
    const demo = decideDemo({ demoData: env.demoData, demoPassword: env.demoPassword, nodeEnv: env.nodeEnv });
    demo.lines.forEach(say);
    if (demo.load) {
      const today = beijingDay(new Date());
      say('数据库为空，载入示范区演示数据（经各服务接口逐项办理，首次约需一两分钟）…');
      const summary = await loadDemoIfEmpty({ urls, tokenSecret, today, password: env.demoPassword, progress: say });
      (summary ? demoSummaryLines(summary) : ['数据库中已有数据，跳过演示数据']).forEach(say);
    }
    say('启动网关…');
    const gateway = await supervisor.start(
      platformProcess(
        'gateway',
        { ...childEnv, SCHEME_URL: scheme, LEDGER_URL: ledger, RATING_URL: rating },
        { standby },
      ),
    );
    supervisor.enableStandbys();
    say('');
    const graphqlUrl = gateway.replace('127.0.0.1', 'localhost');
    say(`平台已启动：请用浏览器打开 ${new URL('/', graphqlUrl).href}`);
    say(`GraphQL 接口及调试台（供开发者）：${graphqlUrl}`);
    if (demo.load) demoAccountLines(env.demoPassword).forEach(say);
    say('服务或网关意外退出时会自动重新启动。按 Ctrl-C 停止。');
  } catch (error) {
    console.error(`启动失败：${(error as Error).message}`);
    await shutdown(1);
  }
}

void main();
