import { latencyOf } from './percentiles';
import { BenchReport, reportMarkdown, targetChecks } from './report';

const report = (overrides: Partial<BenchReport> = {}): BenchReport => ({
  at: '2026-11-21T10:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'test', memoryGb: 24, node: 'v20', postgres: '15.8' },
  target: {
    districtId: 'd',
    districtPath: 'd',
    districtName: '规模区',
    members: 30000,
    period: '2025',
    branchId: 'b',
    branchPath: 'd.b',
    branchMembers: 200,
    today: '2026-11-21',
  },
  sameAnswers: true,
  floors: {
    dashboardSummaries: latencyOf([1, 1, 1, 2]),
    dashboardNodes: latencyOf([0.5, 0.5]),
    dashboardMembers: latencyOf([25, 26, 27]),
    treeSummaries: latencyOf([3]),
    treeMembers: latencyOf([40]),
    branchPage: latencyOf([0.5, 0.5, 0.6]),
  },
  reads: [
    {
      engine: 'apollo',
      scenario: '(a) 区级看板',
      connections: 1,
      requests: 900,
      throughput: 180,
      latency: latencyOf([4, 5, 6, 9]),
    },
    {
      engine: 'apollo',
      scenario: '(a) 区级看板',
      connections: 20,
      requests: 4000,
      throughput: 400,
      latency: latencyOf([40, 50]),
    },
    {
      engine: 'apollo',
      scenario: '(a) 整棵树：区、镇、各支部',
      connections: 1,
      requests: 100,
      throughput: 20,
      latency: latencyOf([60]),
    },
    {
      engine: 'apollo',
      scenario: '(b) 支部党员名单 50 人一页',
      connections: 1,
      requests: 900,
      throughput: 300,
      latency: latencyOf([3, 12]),
    },
  ],
  writes: [
    {
      batchSize: 40,
      clients: 4,
      calls: 100,
      entries: 4000,
      seconds: 1.6,
      entriesPerSecond: 2500,
      latency: latencyOf([60, 70]),
    },
  ],
  aggregatesCurrent: true,
  rating: { previewMs: 2500, confirmMs: 1500 },
  peakRssMb: { ledger: 180, gateway: 320 },
  ...overrides,
});

describe('the benchmark report', () => {
  it('checks each target of the issue against what was measured', () => {
    const checks = new Map(targetChecks(report()).map(([what, , got, met]) => [what, { got, met }]));
    expect(checks.get('(a) p95，1 个客户端（apollo）')).toEqual({ got: '9.0 ms', met: true });
    expect(checks.get('(a) 吞吐，20 个客户端（apollo）')).toEqual({ got: '400 次/秒', met: true });
    expect(checks.get('(b) p95，1 个客户端（apollo）')).toEqual({ got: '12.0 ms', met: false });
    expect(checks.get('(c) 成批登记（每批 40 条）')).toEqual({ got: '2500 条/秒', met: true });
    expect(checks.get('(d) 全区评定（预览 + 确认）')).toEqual({ got: '4.00 s', met: true });
    expect(checks.get('常驻内存峰值：gateway')).toEqual({ got: '320 MB', met: false });
  });

  it('misses the rating target past 5 seconds and the write target when aggregates lag', () => {
    const checks = new Map(
      targetChecks(report({ rating: { previewMs: 4000, confirmMs: 1500 }, aggregatesCurrent: false })).map(
        ([what, , , met]) => [what, met],
      ),
    );
    expect(checks.get('(d) 全区评定（预览 + 确认）')).toBe(false);
    expect(checks.get('(c) 返回时积分与汇总已更新')).toBe(false);
  });

  it('prints the reads with their ratio to the floors, the machine and the targets', () => {
    const text = reportMarkdown(report());
    expect(text).toContain('机器：2 核');
    expect(text).toContain('| (a) 区级看板 | apollo | 1 | 900 | 180 | 5.0 | 9.0 | 9.0 | 5.0× | 10.0× | 0.2× |');
    expect(text).toContain(
      '| (a) 整棵树：区、镇、各支部 | apollo | 1 | 100 | 20 | 60.0 | 60.0 | 60.0 | 20.0× | — | 1.5× |',
    );
    expect(text).toContain(
      '| (b) 支部党员名单 50 人一页 | apollo | 1 | 900 | 300 | 3.0 | 12.0 | 12.0 | 6.0× | — | — |',
    );
    expect(text).toContain('| (a) 按节点汇总表（区、各镇各一行） | 0.50 | 0.50 | 0.50 |');
    expect(text).toContain('| 40 | 4 | 100 | 4000 | 2500 |');
    expect(text).toContain('未达到');
  });

  it('prints each process’s CPU per request where it was measured, leaving out processes that did nothing', () => {
    const base = report();
    const reads = base.reads.map((r, i) =>
      i === 1
        ? {
            ...r,
            cpuMsPerRequest: {
              ledger: 3.04,
              rating: 3.8,
              'gateway-apollo': 5.26,
              'gateway-hive': 0.01,
              postgres: 14.2,
            },
          }
        : r,
    );
    const text = reportMarkdown({ ...base, reads });
    expect(text).toContain('| 场景 | 网关 | 客户端 | ledger | rating | gateway-apollo | postgres | 合计 |');
    expect(text).toContain('| (a) 区级看板 | apollo | 20 | 3.0 | 3.8 | 5.3 | 14.2 | 26.3 |');
    expect(reportMarkdown(base)).not.toContain('每次请求所用 CPU');
  });
});
