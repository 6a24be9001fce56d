import { Latency, ms } from './percentiles';
import { BenchTarget } from './scenarios';
import { RecordingResult } from './writes';

interface ReadResult {
  engine: string;
  scenario: string;
  connections: number;
  requests: number;
  throughput: number;
  latency: Latency;
  /** CPU per request of each process (the services, the gateways, PostgreSQL's together), in ms, where /proc tells. */
  cpuMsPerRequest?: Record<string, number>;
}

export interface BenchReport {
  at: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string };
  target: BenchTarget;
  sameAnswers: boolean;
  floors: {
    dashboardSummaries: Latency;
    dashboardNodes: Latency;
    dashboardMembers: Latency;
    treeSummaries: Latency;
    treeMembers: Latency;
    branchPage: Latency;
  };
  reads: ReadResult[];
  writes: RecordingResult[];
  aggregatesCurrent: boolean;
  rating: { previewMs: number; confirmMs: number };
  peakRssMb: Record<string, number>;
}

/** The targets of the issue at M scale, checked against a report: [what, target, measured, met]. */
export function targetChecks(report: BenchReport): [string, string, string, boolean][] {
  const read = (engine: string, prefix: string, connections: number) =>
    report.reads.find(
      (r) =>
        r.engine === engine &&
        r.scenario.startsWith(prefix) &&
        !r.scenario.includes('整棵树') &&
        r.connections === connections,
    );
  const engines = [...new Set(report.reads.map((r) => r.engine))];
  const rows: [string, string, string, boolean][] = [];
  for (const engine of engines) {
    const a1 = read(engine, '(a)', 1);
    const a20 = read(engine, '(a)', 20);
    const b1 = read(engine, '(b)', 1);
    if (a1)
      rows.push([`(a) p95，1 个客户端（${engine}）`, '≤ 10 ms', `${ms(a1.latency.p95)} ms`, a1.latency.p95 <= 10]);
    if (a20)
      rows.push([
        `(a) 吞吐，20 个客户端（${engine}）`,
        '≥ 300 次/秒',
        `${a20.throughput.toFixed(0)} 次/秒`,
        a20.throughput >= 300,
      ]);
    if (b1)
      rows.push([`(b) p95，1 个客户端（${engine}）`, '≤ 10 ms', `${ms(b1.latency.p95)} ms`, b1.latency.p95 <= 10]);
  }
  const batch = report.writes.find((w) => w.batchSize > 1);
  if (batch)
    rows.push([
      `(c) 成批登记（每批 ${batch.batchSize} 条）`,
      '≥ 2,000 条/秒',
      `${batch.entriesPerSecond.toFixed(0)} 条/秒`,
      batch.entriesPerSecond >= 2000,
    ]);
  rows.push(['(c) 返回时积分与汇总已更新', '是', report.aggregatesCurrent ? '是' : '否', report.aggregatesCurrent]);
  const rating = report.rating.previewMs + report.rating.confirmMs;
  rows.push(['(d) 全区评定（预览 + 确认）', '≤ 5 s', `${(rating / 1000).toFixed(2)} s`, rating <= 5000]);
  for (const [name, mb] of Object.entries(report.peakRssMb))
    rows.push([`常驻内存峰值：${name}`, '≤ 300 MB', `${mb.toFixed(0)} MB`, mb <= 300]);
  return rows;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The report as Markdown tables: machine, reads against the floors, writes, the rating run, memory, targets. */
export function reportMarkdown(report: BenchReport): string {
  const { machine, target, floors } = report;
  const lines = [
    `## 基准测试 ${report.at.slice(0, 19).replace('T', ' ')} UTC`,
    '',
    `机器：${machine.cpus} 核（${machine.cpuModel}），内存 ${machine.memoryGb} GiB，Node ${machine.node}，PostgreSQL ${machine.postgres}`,
    `数据：${target.districtName}，${target.members} 名党员，期间 ${target.period}；(b) 的党支部 ${target.branchMembers} 人`,
    `两个网关的回答：${report.sameAnswers ? '一致' : '不一致'}`,
    '',
    '### 读：经网关，与 SQL 底线相比',
    '',
    row([
      '场景',
      '网关',
      '客户端',
      '请求数',
      '吞吐（次/秒）',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'p50 ÷ 底线',
      '÷ 按节点底线',
      '÷ 按党员底线',
    ]),
    row(Array(11).fill('---')),
  ];
  for (const r of report.reads) {
    const isDashboard = r.scenario.startsWith('(a)');
    const isTree = r.scenario.includes('整棵树');
    const floor = isTree ? floors.treeSummaries : isDashboard ? floors.dashboardSummaries : floors.branchPage;
    const memberFloor = isTree ? floors.treeMembers : floors.dashboardMembers;
    const ratio = (f: Latency) => `${(r.latency.p50 / f.p50).toFixed(1)}×`;
    lines.push(
      row([
        r.scenario,
        r.engine,
        r.connections,
        r.requests,
        r.throughput.toFixed(0),
        ms(r.latency.p50),
        ms(r.latency.p95),
        ms(r.latency.p99),
        ratio(floor),
        isDashboard && !isTree ? ratio(floors.dashboardNodes) : '—',
        isDashboard ? ratio(memberFloor) : '—',
      ]),
    );
  }
  const withCpu = report.reads.filter((r) => r.cpuMsPerRequest && Object.keys(r.cpuMsPerRequest).length > 0);
  if (withCpu.length > 0) {
    // Only the processes that did any work: the other gateway idles while one is measured.
    const parts = [...new Set(withCpu.flatMap((r) => Object.keys(r.cpuMsPerRequest!)))].filter((p) =>
      withCpu.some((r) => (r.cpuMsPerRequest![p] ?? 0) >= 0.05),
    );
    lines.push(
      '',
      '每次请求所用 CPU（毫秒，各进程在测量期间所用 ÷ 请求数；PostgreSQL 为本机全部 postgres 进程之和）',
      '',
    );
    lines.push(row(['场景', '网关', '客户端', ...parts, '合计']), row(Array(parts.length + 4).fill('---')));
    for (const r of withCpu) {
      const used = parts.map((p) => r.cpuMsPerRequest![p] ?? 0);
      lines.push(
        row([
          r.scenario,
          r.engine,
          r.connections,
          ...used.map((v) => v.toFixed(1)),
          used.reduce((a, b) => a + b, 0).toFixed(1),
        ]),
      );
    }
  }
  lines.push(
    '',
    row(['SQL 底线（直连 PostgreSQL，同一答案）', 'p50 ms', 'p95 ms', 'p99 ms']),
    row(Array(4).fill('---')),
    row([
      '(a) 按支部汇总表',
      ms(floors.dashboardSummaries.p50),
      ms(floors.dashboardSummaries.p95),
      ms(floors.dashboardSummaries.p99),
    ]),
    row([
      '(a) 按节点汇总表（区、各镇各一行）',
      ms(floors.dashboardNodes.p50),
      ms(floors.dashboardNodes.p95),
      ms(floors.dashboardNodes.p99),
    ]),
    row([
      '(a) 按党员积分（不用汇总表）',
      ms(floors.dashboardMembers.p50),
      ms(floors.dashboardMembers.p95),
      ms(floors.dashboardMembers.p99),
    ]),
    row([
      '(a) 整棵树，按支部汇总表',
      ms(floors.treeSummaries.p50),
      ms(floors.treeSummaries.p95),
      ms(floors.treeSummaries.p99),
    ]),
    row(['(a) 整棵树，按党员积分', ms(floors.treeMembers.p50), ms(floors.treeMembers.p95), ms(floors.treeMembers.p99)]),
    row(['(b) 支部党员名单', ms(floors.branchPage.p50), ms(floors.branchPage.p95), ms(floors.branchPage.p99)]),
    '',
    '### 写：登记积分（支委登记即认定，返回时积分和汇总已更新）',
    '',
    row(['每批条数', '客户端', '调用次数', '条数', '条/秒', 'p50 ms', 'p95 ms', 'p99 ms']),
    row(Array(8).fill('---')),
    ...report.writes.map((w) =>
      row([
        w.batchSize,
        w.clients,
        w.calls,
        w.entries,
        w.entriesPerSecond.toFixed(0),
        ms(w.latency.p50),
        ms(w.latency.p95),
        ms(w.latency.p99),
      ]),
    ),
    '',
    `### 全区评定：预览 ${(report.rating.previewMs / 1000).toFixed(2)} s，确认 ${(report.rating.confirmMs / 1000).toFixed(2)} s`,
    '',
    '### 目标',
    '',
    row(['项目', '目标', '实测', '']),
    row(Array(4).fill('---')),
    ...targetChecks(report).map(([what, goal, got, met]) => row([what, goal, got, met ? '达到' : '未达到'])),
    '',
  );
  return lines.join('\n');
}
