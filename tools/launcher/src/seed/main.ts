/**
 * `npm run seed -- --scale S|M|L`: provides the database as `npm start` does (DATABASE_URL, or the embedded
 * server with the same folder and port), starts the three services as children on free ports, loads the scale
 * through their APIs with a progress line per phase, and stops them.
 */
import { randomBytes } from 'node:crypto';
import {
  freePort,
  ensureDatabase,
  withDatabase,
  provideDatabase,
  ProvidedDatabase,
  unreachableDatabase,
  Child,
  startChild,
  stopChildren,
} from '@jifen/runtime';
import { beijingDay, readEnvironmentOrExit } from '@jifen/kit';
import { launcherVariables } from '../launcher/environment';
import { loadScale, ScaleLoadResult, SeedRefused } from './load-scale';
import { vacuumAnalyze } from './vacuum';
import { formatDuration, progressReporter, oneDistrictOf, scaleOf } from '@jifen/seed';
import { parseSeedOptions, USAGE } from './seed-options';

const seedVariables = {
  databaseUrl: launcherVariables.databaseUrl,
  embeddedPort: launcherVariables.embeddedPort,
  embeddedDir: launcherVariables.embeddedDir,
  demoPassword: launcherVariables.demoPassword,
} as const;

const DEFAULT_DATABASE = 'jifen';

/** The database named in a URL (its path). */
const databaseIn = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';

async function main(): Promise<void> {
  const parsed = parseSeedOptions(process.argv.slice(2));
  if ('problems' in parsed) {
    console.error([...parsed.problems, '', USAGE].join('\n'));
    process.exit(2);
  }
  const { options } = parsed;
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const env = readEnvironmentOrExit(seedVariables);
  const say = (line: string) => console.log(line);
  let scale = scaleOf(options.scale);
  if (options.district !== null) {
    try {
      scale = oneDistrictOf(scale, options.district);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(2);
    }
  }
  const children: Child[] = [];
  let database: ProvidedDatabase | null = null;
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await stopChildren(children);
    await database?.stop();
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stop().then(() => process.exit(143)));

  const started = Date.now();
  let result: ScaleLoadResult;
  try {
    say(`载入规模 ${scale.label}`);
    if (env.databaseUrl) {
      const name = options.database ?? databaseIn(env.databaseUrl);
      say(`使用 DATABASE_URL 指定的 PostgreSQL，数据库 ${name}（不存在则创建）`);
      const url = await ensureDatabase(withDatabase(env.databaseUrl, 'postgres'), name).catch((error: unknown) => {
        throw unreachableDatabase(error, 'npm run seed');
      });
      database = { url, stop: async () => {} };
    } else {
      say(
        `启动内置 PostgreSQL（端口 ${env.embeddedPort}，数据目录 ${env.embeddedDir}，数据库 ${options.database ?? DEFAULT_DATABASE}）…`,
      );
      database = await provideDatabase({
        embeddedDir: env.embeddedDir,
        embeddedPort: env.embeddedPort,
        databaseName: options.database ?? DEFAULT_DATABASE,
        command: 'npm run seed',
      });
    }
    const tokenSecret = randomBytes(32).toString('base64url');
    const [scheme, ledger, rating] = [await freePort(), await freePort(), await freePort()];
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      INTERNAL_TOKEN_SECRET: tokenSecret,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
      SCHEME_PORT: String(scheme),
      LEDGER_PORT: String(ledger),
      RATING_PORT: String(rating),
    };
    // The services find each other by these ports, not by any URL set for `npm start`.
    for (const name of ['SCHEME_URL', 'LEDGER_URL', 'RATING_URL']) delete childEnv[name];
    say('启动积分方案、台账、评星定级三个服务（首次使用该数据库时执行迁移）…');
    const services = await Promise.all(
      (['ledger', 'scheme', 'rating'] as const).map((name) =>
        startChild(name, require.resolve(`@jifen/${name}/dist/main.js`), childEnv),
      ),
    );
    children.push(...services);
    for (const child of services) {
      child.process.on('exit', (code) => {
        if (!stopping) {
          console.error(`\n${child.name} 服务意外退出（退出码 ${code}），载入中止`);
          void stop().then(() => process.exit(1));
        }
      });
    }
    const urls = { ledger: services[0].url, scheme: services[1].url, rating: services[2].url };
    const phase = progressReporter({
      out: { isTTY: process.stdout.isTTY === true, write: (text) => process.stdout.write(text) },
    });
    result = await loadScale(scale, {
      urls,
      tokenSecret,
      today: beijingDay(new Date()),
      password: env.demoPassword,
      phase,
      say,
      concurrency: options.concurrency,
    });
    if (result.districts.length > 0) {
      say('整理数据库（VACUUM ANALYZE）…');
      say(`整理完毕，用时 ${formatDuration((await vacuumAnalyze(database.url)) / 1000)}`);
    }
  } catch (error) {
    console.error(
      error instanceof SeedRefused ? `\n未载入：${error.message}` : `\n载入失败：${(error as Error).message}`,
    );
    await stop();
    process.exit(1);
  }
  await stop();
  report(result, Date.now() - started, say);
}

function report(result: ScaleLoadResult, elapsedMs: number, say: (line: string) => void): void {
  say('');
  if (result.demo)
    say(
      `已载入示范区：${result.demo.organizations} 个组织，${result.demo.members} 名党员（其中 ${result.demo.exempt} 名不纳入积分管理）`,
    );
  for (const d of result.districts) {
    say(
      `已载入${d.name}：${d.organizations} 个组织，${d.members} 名党员（${d.exempt} 名不纳入积分管理），${d.entries} 条已认定记录，${d.rejected} 条不予认定，${d.pending} 条待初评，${d.windows} 次公示`,
    );
    for (const r of d.ratingRuns)
      say(
        `  评星定级 ${r.period}：评定 ${r.rated} 人，获星 ${r.starred} 人，双预警 ${r.warnings} 人（已确认，编号 ${r.runId}）`,
      );
    say(`  账号：${d.accounts.join('、')}（密码为 DEMO_PASSWORD）`);
    say(`  各阶段用时：${d.phases.map(([label, ms]) => `${label} ${formatDuration(ms / 1000)}`).join('；')}`);
  }
  say(`共用时 ${formatDuration(elapsedMs / 1000)}。`);
  if (result.districts.length === 0) return;
  say('最耗时的接口（合计为各次用时之和，并发时多于实际用时）：');
  for (const s of result.stats.slice(0, 8))
    say(
      `  ${s.operation.padEnd(20)} ${String(s.calls).padStart(7)} 次  平均 ${(s.totalMs / s.calls).toFixed(1)} 毫秒  合计 ${formatDuration(s.totalMs / 1000)}`,
    );
}

void main();
