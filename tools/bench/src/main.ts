import { deriveSecret, mintSessionToken, readEnvironmentOrExit, Role, Caller } from '@jifen/kit';
import { dayOf } from '@jifen/kit/server';
import { OPEN_STATUSES, overdueSql } from '@jifen/rating';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { repoRoot } from '@jifen/runtime';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { findTarget, MIN_MEMBERS } from './bench-target';
import { BenchPlatform, benchVariables, Engine } from './bench-platform';
import { CpuMeter, cpuPerRequest } from './cpu';
import { apiGraphql } from './generated/api';
import { timeFloor } from './floor';
import { loadRun, LoadResult } from './load-run';
import { Latency } from './percentiles';
import { BenchReport, reportMarkdown } from './report';
import { PeakMemory } from './rss';
import {
  BRANCH_PAGE_QUERY,
  branchPageFloor,
  DASHBOARD_QUERY,
  DASHBOARD_TREE_QUERY,
  dashboardFloorOverMembers,
  dashboardFloorOverNodes,
  dashboardFloorOverSummaries,
} from './scenarios';
import { gql } from './writes';
import { measureWrites } from './writes-phase';

interface Options {
  database: string;
  seconds: number;
  out: string;
}

function optionsOf(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seconds = Number(value('seconds') ?? 10);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error('--seconds 应为不小于 1 的秒数');
  return {
    database: value('database') ?? 'jifen_bench',
    seconds,
    out: value('out') ?? join(repoRoot, 'bench-results'),
  };
}

/** `npm run bench`: the platform on the M-scale database, measured through both gateways and against the SQL floor. */
async function main(): Promise<void> {
  const options = optionsOf(process.argv.slice(2));
  const env = readEnvironmentOrExit(benchVariables);
  const say = (line: string) => console.log(line);
  const platform = new BenchPlatform();
  let pg: Client | null = null;
  try {
    const databaseUrl = await platform.startServices({ env, databaseName: options.database, say });
    pg = new Client({ connectionString: databaseUrl });
    await pg.connect();
    const today = dayOf(() => new Date());
    const target = await findTarget(pg, today);
    if (!target || target.members < MIN_MEMBERS) {
      throw new Error(
        `数据库 ${options.database} 中没有 M 规模的区（至少 ${MIN_MEMBERS} 名党员并已确认一次评定）。请先载入：npm run seed -- --scale M --database ${options.database}`,
      );
    }
    say(
      `对象：${target.districtName}，${target.members} 名党员，期间 ${target.period}；最大的党支部 ${target.branchMembers} 人`,
    );
    // Earlier runs' writes leave dead rows and stale statistics where autovacuum is off (as on the development machine).
    say('整理数据库（VACUUM ANALYZE）…');
    await pg.query('VACUUM (ANALYZE)');

    const gateways = await platform.startGateways();
    const memory = new PeakMemory(new Map(platform.children.map((c) => [c.name, c.process.pid!])));
    const cpu = new CpuMeter(new Map(platform.children.map((c) => [c.name, c.process.pid!])));
    const sessionSecret = deriveSecret(platform.tokenSecret, 'session');
    const bearerFor = (caller: Caller) =>
      mintSessionToken(sessionSecret, caller, randomUUID(), Date.now(), 4 * 3600).token;
    const districtBearer = bearerFor({
      role: Role.DISTRICT,
      scopePath: target.districtPath,
      subject: 'bench:district',
    });
    const dashboardVars = { id: target.districtId, p: target.period };
    const pageVars = { id: target.branchId, p: target.period };

    // The same answers through both gateways before anything is timed.
    const answers = new Map<Engine, unknown[]>();
    for (const [engine, url] of gateways) {
      const call = { url, bearer: districtBearer };
      answers.set(engine, [
        (await gql(call, DASHBOARD_QUERY, dashboardVars)).data,
        (await gql(call, DASHBOARD_TREE_QUERY, dashboardVars)).data,
        (await gql(call, BRANCH_PAGE_QUERY, pageVars)).data,
      ]);
    }
    const sameAnswers = isDeepStrictEqual(answers.get('apollo'), answers.get('hive'));
    say(`两个网关的回答${sameAnswers ? '一致' : '不一致！'}`);

    say('测量 SQL 底线…');
    const rules = { overdueSql, openStatuses: OPEN_STATUSES };
    const floors = {
      dashboardSummaries: (await timeFloor(pg, dashboardFloorOverSummaries(target, rules), 300)).latency,
      dashboardNodes: (await timeFloor(pg, dashboardFloorOverNodes(target, rules), 300)).latency,
      dashboardMembers: (await timeFloor(pg, dashboardFloorOverMembers(target, rules), 50)).latency,
      treeSummaries: (await timeFloor(pg, dashboardFloorOverSummaries(target, rules, true), 300)).latency,
      treeMembers: (await timeFloor(pg, dashboardFloorOverMembers(target, rules, true), 50)).latency,
      branchPage: (await timeFloor(pg, branchPageFloor(target), 300)).latency,
    };

    const reads: BenchReport['reads'] = [];
    for (const [engine, url] of gateways) {
      const run = async <V>(
        label: string,
        document: TypedDocumentNode<unknown, V>,
        variables: V,
        connections: number,
      ) => {
        await loadRun({ url, bearer: districtBearer, document, variables, connections, amount: 50 });
        say(`  ${engine} ${label}，${connections} 个客户端，${options.seconds} 秒…`);
        const before = cpu.reading();
        const result = await loadRun({
          url,
          bearer: districtBearer,
          document,
          variables,
          connections,
          seconds: options.seconds,
        });
        const used = cpuPerRequest(before, cpu.reading(), result.requests);
        if (result.failed > 0)
          throw new Error(`${engine} ${label}: ${result.failed} 个请求失败：${result.firstFailure}`);
        reads.push({ engine, scenario: label, ...summaryOf(result), cpuMsPerRequest: used });
      };
      await run('(a) 区级看板', DASHBOARD_QUERY, dashboardVars, 1);
      await run('(a) 区级看板', DASHBOARD_QUERY, dashboardVars, 20);
      await run('(a) 整棵树：区、镇、各支部', DASHBOARD_TREE_QUERY, dashboardVars, 1);
      await run('(b) 支部党员名单 50 人一页', BRANCH_PAGE_QUERY, pageVars, 1);
      await run('(b) 支部党员名单 50 人一页', BRANCH_PAGE_QUERY, pageVars, 20);
    }

    say('(c) 登记积分…');
    const { writes, current } = await measureWrites(pg, {
      url: gateways.get('apollo')!,
      districtPath: target.districtPath,
      today,
      bearerFor,
    });

    say('(d) 全区评定：预览并确认…');
    const rate = { url: gateways.get('apollo')!, bearer: districtBearer };
    const preview = await gql(
      rate,
      apiGraphql(
        `mutation BenchPreviewRating($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id } }`,
      ),
      { o: target.districtId, p: target.period },
    );
    const confirm = await gql(
      rate,
      apiGraphql(`mutation BenchConfirmRating($id: ID!) { confirmRating(runId: $id) { status } }`),
      { id: preview.data.previewRating.id },
    );
    if (confirm.data.confirmRating.status !== 'CONFIRMED') throw new Error('评定未确认');

    const peaks = memory.stop();
    const report: BenchReport = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: (await pg.query('SHOW server_version')).rows[0].server_version,
      },
      target,
      sameAnswers,
      floors,
      reads,
      writes,
      aggregatesCurrent: current,
      rating: { previewMs: preview.ms, confirmMs: confirm.ms },
      peakRssMb: Object.fromEntries(peaks),
    };
    mkdirSync(options.out, { recursive: true });
    const stamp = report.at.replace(/[:.]/g, '-');
    writeFileSync(join(options.out, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
    const markdown = reportMarkdown(report);
    writeFileSync(join(options.out, `bench-${stamp}.md`), markdown);
    say('');
    say(markdown);
    say(`结果已写入 ${join(options.out, `bench-${stamp}.json`)} 和 .md`);
  } finally {
    await pg?.end();
    await platform.stop();
  }
}

function summaryOf(result: LoadResult): {
  connections: number;
  requests: number;
  throughput: number;
  latency: Latency;
} {
  return {
    connections: result.connections,
    requests: result.requests,
    throughput: result.throughput,
    latency: result.latency,
  };
}

main().catch((error: unknown) => {
  console.error(`基准测试失败：${(error as Error).message}`);
  process.exit(1);
});
