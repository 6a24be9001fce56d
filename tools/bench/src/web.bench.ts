import { beijingDay, readEnvironmentOrExit } from '@jifen/kit';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { Browser, chromium, Page } from 'playwright-core';
import { provideDatabase, ProvidedDatabase, repoRoot, heapArgs, Child, startChild, stopChildren } from '@jifen/runtime';
import { launcherVariables } from '@jifen/launcher';
import { findTarget, MIN_MEMBERS } from './bench-target';
import { latencyOf, ms } from './percentiles';

/**
 * `npm run bench:web`: the web app on the M district in headless Chromium. From submitting the login form to the drawn
 * district dashboard, and from a click on a township to its drawn view, over repeated runs (a fresh browser context
 * each, so the dashboard's chunks load as on a first visit); and the JavaScript the first screen loads, gzipped.
 */
const benchVariables = {
  databaseUrl: launcherVariables.databaseUrl,
  embeddedPort: launcherVariables.embeddedPort,
  embeddedDir: launcherVariables.embeddedDir,
} as const;
const PORTS = { gateway: 4120, scheme: 4121, ledger: 4122, rating: 4123 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = join(repoRoot, 'web', 'dist', 'index.html');

function option(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

/** The dashboard is drawn: its cards are there and every chart has its canvas. */
/**
 * Waits until the view of `heading` is drawn (its heading, its cards, a canvas in every chart) and answers the page's
 * clock at the first animation frame it was (the page polls each frame), so that Playwright's round trips are not
 * counted as the app's time.
 */
async function drawn(page: Page, heading: string): Promise<number> {
  // Runs in the page (a string: the services' build has no DOM types).
  const answer = await page.waitForFunction(
    `(() => {
      const titled = [...document.querySelectorAll('h1, h2, h3, h4, h5, [role="heading"]')].some((h) => h.textContent.trim() === ${JSON.stringify(heading)});
      const charts = [...document.querySelectorAll('[data-chart]')];
      const ready = titled && document.querySelector('[data-card="membersScored"]') && charts.length >= 4 && charts.every((c) => c.querySelector('canvas'));
      return ready ? performance.now() : false;
    })()`,
  );
  return (await answer.jsonValue()) as number;
}

/** Keeps, in the page, the page's clock at the last click (capturing, before the app's own handlers run). */
const CLICK_CLOCK = `addEventListener('click', () => { window.__clickedAt = performance.now(); }, true);`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = Number(option(argv, 'runs', '15'));
  const databaseName = option(argv, 'database', 'jifen_bench');
  const username = option(argv, 'user', 'bj-district');
  const password = process.env.DEMO_PASSWORD ?? 'Jifen-demo-2026';
  const env = readEnvironmentOrExit(benchVariables);
  if (!existsSync(WEB_DIST)) throw new Error('web/dist 不存在：请先运行 npm run build');
  const say = (line: string) => console.log(line);
  const children: Child[] = [];
  let database: ProvidedDatabase | null = null;
  let browser: Browser | null = null;
  try {
    database = await provideDatabase({ ...env, databaseName });
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      INTERNAL_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      SCHEME_PORT: String(PORTS.scheme),
      LEDGER_PORT: String(PORTS.ledger),
      RATING_PORT: String(PORTS.rating),
    };
    say('启动三个服务与网关…');
    const [ledger, scheme, rating] = await Promise.all(
      (['ledger', 'scheme', 'rating'] as const).map((name) =>
        startChild(name, require.resolve(`@jifen/${name}/dist/main.js`), childEnv, [], { execArgv: heapArgs(name) }),
      ),
    );
    children.push(ledger, scheme, rating);
    const gateway = await startChild(
      'gateway',
      require.resolve('@jifen/gateway/dist/main.js'),
      {
        ...childEnv,
        PORT: String(PORTS.gateway),
        SCHEME_URL: scheme.url,
        LEDGER_URL: ledger.url,
        RATING_URL: rating.url,
      },
      [],
      { execArgv: heapArgs('gateway') },
    );
    children.push(gateway);
    const origin = new URL(gateway.url).origin;
    const pg = new Client({ connectionString: database.url });
    await pg.connect();
    const target = await findTarget(pg, beijingDay(new Date()));
    if (!target || target.members < MIN_MEMBERS)
      throw new Error(
        `数据库 ${databaseName} 中没有 M 规模的区。请先载入：npm run seed -- --scale M --database ${databaseName}`,
      );
    const { rows } = await pg.query(
      `SELECT t.name FROM ledger.organization t JOIN ledger.member m ON m.org_path <@ t.path AND m.status <> 'TRANSFERRED_OUT'
        WHERE t.parent_id = $1 GROUP BY t.id ORDER BY count(m.id) DESC LIMIT 1`,
      [target.districtId],
    );
    await pg.end();
    const township: string = rows[0].name;
    say(`对象：${target.districtName}，${target.members} 名党员，期间 ${target.period}；下钻到 ${township}`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const next = encodeURIComponent(`/dashboard?period=${target.period}`);
    const login: number[] = [];
    const drill: number[] = [];
    /** The same two, timed by the page's clock from its click event to the frame the view was drawn in. */
    const loginInPage: number[] = [];
    const drillInPage: number[] = [];
    const drillApi: number[] = [];
    let firstScreenJs = { files: 0, raw: 0, gzip: 0 };
    // One run to warm the servers' caches and the database's buffers, not counted.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(CLICK_CLOCK);
      const scripts: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body());
      });
      await page.goto(`${origin}/login?next=${next}`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      const submit = page.getByRole('button', { name: /登\s*录/ });
      const t0 = performance.now();
      await submit.click();
      const loginDrawnAt = await drawn(page, target.districtName);
      const t1 = performance.now();
      const loginClickedAt = (await page.evaluate('window.__clickedAt')) as number;
      if (i === 1) {
        const bodies = await Promise.all(scripts);
        firstScreenJs = {
          files: bodies.length,
          raw: bodies.reduce((a, b) => a + b.length, 0),
          gzip: bodies.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0),
        };
      }
      const mark = (await page.evaluate('performance.now()')) as number;
      const clicked = performance.now();
      await page.locator('[aria-label="下级组织排名"]').getByRole('link', { name: township, exact: true }).click();
      const drillDrawnAt = await drawn(page, township);
      const t2 = performance.now();
      const drillClickedAt = (await page.evaluate('window.__clickedAt')) as number;
      // The API's share of the drill-down: the GraphQL requests made after the click, as the page timed them.
      const api = (await page.evaluate(
        `performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql') && e.startTime >= ${mark}).map((e) => e.duration)`,
      )) as number[];
      if (i > 0) {
        login.push(t1 - t0);
        drill.push(t2 - clicked);
        loginInPage.push(loginDrawnAt - loginClickedAt);
        drillInPage.push(drillDrawnAt - drillClickedAt);
        drillApi.push(Math.max(0, ...api));
      }
      say(
        `  第 ${i} 次${i === 0 ? '（预热，不计）' : ''}：登录→看板 ${ms(loginDrawnAt - loginClickedAt)} ms（Playwright ${ms(t1 - t0)}），下钻 ${ms(drillDrawnAt - drillClickedAt)} ms（Playwright ${ms(t2 - clicked)}；其中 GraphQL 最长 ${ms(Math.max(0, ...api))} ms）`,
      );
      await context.close();
    }
    const l = latencyOf(login);
    const d = latencyOf(drill);
    const li = latencyOf(loginInPage);
    const di = latencyOf(drillInPage);
    const a = latencyOf(drillApi);
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const report = [
      `机器：${cpus().length} 核（${cpus()[0]?.model.trim()}），内存 ${Math.round(totalmem() / 2 ** 30)} GiB，Node ${process.version}，Chromium（Debian，无头）`,
      `数据：${target.districtName}，${target.members} 名党员，期间 ${target.period}；下钻：${township}；每次新的浏览器上下文，共 ${runs} 次（另有 1 次预热）`,
      '',
      '| 场景 | 次数 | p50 ms | p95 ms | 最大 ms | 目标 |',
      '| --- | --- | --- | --- | --- | --- |',
      `| 提交登录 → 区级看板画完（页面计时：点击事件到画完的那一帧） | ${li.count} | ${ms(li.p50)} | ${ms(li.p95)} | ${ms(li.max)} | 1000 |`,
      `| 点击镇街 → 下级视图画完（页面计时） | ${di.count} | ${ms(di.p50)} | ${ms(di.p95)} | ${ms(di.max)} | 500 |`,
      `| 提交登录 → 区级看板画完（Playwright 计时：含其点击前的检查与往返） | ${l.count} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.max)} | — |`,
      `| 点击镇街 → 下级视图画完（Playwright 计时） | ${d.count} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.max)} | — |`,
      `| 其中下钻的 GraphQL 请求（浏览器计时） | ${a.count} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.max)} | — |`,
      '',
      `首屏（登录页到画完的看板）加载的 JavaScript：${firstScreenJs.files} 个文件，${kb(firstScreenJs.raw)} KB，gzip 后 ${kb(firstScreenJs.gzip)} KB（目标 ≤ 500 KB）`,
    ].join('\n');
    say(`\n${report}`);
    const out = join(repoRoot, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'web.md'), `${report}\n`);
    say(`\n结果已写入 ${join(out, 'web.md')}`);
  } finally {
    await browser?.close();
    await stopChildren(children);
    await database?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
