import { randomUUID } from 'node:crypto';
import { createLogger, idOfLabel, isSameOrBelow, labelOf } from '@jifen/kit';
import { CountingSqlLogger, openServiceDatabase } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../tests/support/src/test-database';
import { ratingMigrations } from '../migrations';
import { OPEN_STATUSES } from '../warning/warning-rules';
import { overdueSql } from '../warning/warning-counts.storage';
import { insertResults } from '../run/run-results.storage';
import { insertBranchSummaries, insertNodeSummaries, markConfirmed, markSuperseded } from '../run/run.storage';
import { ResultPlan } from '../run/run-plan';
import { RollupNode } from './rating-rollup';
import { loadRatingRollups, loadRatingTrends, ratingRollupLoaders } from './rating-rollup.loader';
import { RatingRollup } from './rating-rollup.type';

/**
 * The rollups read from the per-branch summaries agree with the per-member truth: each figure worked out again
 * straight from rating_result (and the places from each unit's allocation), the way rollups were computed before
 * there were summaries. A district of three townships, runs in four periods (two township runs in one of them, a
 * preview, a superseded version), warning cases of every status, a second district beside it.
 */

let database: TestDatabase;
let dataSource: DataSource;
let sql: CountingSqlLogger;
const db = () => dataSource.manager;
const PERIOD = '2025-H2';
const TODAY = '2026-03-20';

/** A seeded generator (mulberry32), so that a failure can be replayed. */
let seed = 20251;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

interface Org {
  id: string;
  path: string;
}
const org = (parent: Org | null): Org => {
  const id = randomUUID();
  return { id, path: parent ? `${parent.path}.${labelOf(id)}` : labelOf(id) };
};
const district = org(null);
const towns = [org(district), org(district), org(district)];
const branches = towns.flatMap((t) => [org(t), org(t), org(t), org(t)]);
const elsewhere = org(null);
const elsewhereBranch = org(org(elsewhere));
const members = [...branches, elsewhereBranch].flatMap((b) =>
  Array.from({ length: 12 }, () => ({ id: randomUUID(), branch: b })),
);
const GRADES = [
  { code: 'EXCELLENT', name: '优秀' },
  { code: 'QUALIFIED', name: '合格' },
  { code: 'BASIC', name: '基本合格' },
  { code: 'UNQUALIFIED', name: '不合格' },
];

/** Each member of the scope gets a result: mostly rated (one decimal totals), some exempt or not graded. */
function resultsOf(scope: Org): ResultPlan[] {
  return members
    .filter((m) => isSameOrBelow(m.branch.path, scope.path))
    .map((m, i) => {
      const roll = random();
      const status = roll < 0.08 ? 'EXEMPT' : roll < 0.13 ? 'NOT_GRADED' : 'RATED';
      const total = status === 'EXEMPT' ? null : Math.round((30 + random() * 70) * 10) / 10;
      return {
        memberId: m.id,
        memberName: `成员${i}`,
        memberNo: `N${i}`,
        memberKind: 'FULL',
        districtId: idOfLabel(scope.path.split('.')[0]),
        branchId: m.branch.id,
        branchPath: m.branch.path,
        unitId: m.branch.id,
        status,
        total,
        base: total === null ? null : Math.min(60, total),
        starPoints: null,
        grade: status === 'RATED' ? pick(GRADES) : null,
        stars: status === 'RATED' ? pick([5, 4, 3, null, null] as const) : null,
        rank: null,
        warning: total !== null && total < 50 ? pick(['SCORE_BELOW_50', 'DIRECT_UNQUALIFIED', null] as const) : null,
        consequences: [],
        explanation: [],
      };
    });
}

async function insertRun(scope: Org, period: string, version: number): Promise<string> {
  const id = randomUUID();
  await db().query(
    `INSERT INTO rating.rating_run (id, district_id, org_id, org_path, org_name, period_key, version, status, inputs_digest, policy_digest, summary, pending, changes, created_by, created_at)
     VALUES ($1, $2, $3, $4::ltree, '评定范围', $5, $6, 'PREVIEW', 'x', 'y', '{}', '{"count":0,"items":[]}', '[]', 'test', now())`,
    [id, idOfLabel(scope.path.split('.')[0]), scope.id, scope.path, period, version],
  );
  await insertResults(db(), id, resultsOf(scope));
  // One unit per branch, but a township pooling its branches in the first township of a district run.
  const pooled = scope === district ? [towns[0]] : [];
  const units = [
    ...pooled,
    ...branches
      .concat(elsewhereBranch)
      .filter((b) => isSameOrBelow(b.path, scope.path) && !pooled.some((p) => isSameOrBelow(b.path, p.path))),
  ];
  for (const unit of units) {
    const levels = [5, 4, 3].map((stars) => ({
      stars,
      percent: 10,
      places: Math.floor(random() * 4),
      taken: 0,
      overflow: Math.floor(random() * 2),
      explanation: '名额',
    }));
    await db().query(
      `INSERT INTO rating.quota_unit (run_id, unit_id, district_id, unit_path, unit_name, policy, allocation) VALUES ($1, $2, $3, $4::ltree, '单元', '{}', $5)`,
      [
        id,
        unit.id,
        idOfLabel(unit.path.split('.')[0]),
        unit.path,
        JSON.stringify({ count: 12, levels, placements: [], ties: [] }),
      ],
    );
  }
  return id;
}

/**
 * As the confirmation does, inside one transaction: the standing run superseded, this one confirmed and summarised
 * per branch and per node; without `summarise`, as it did before the summaries (and the decision day) existed.
 */
async function confirm(runId: string, previous: string | null, summarise = true): Promise<void> {
  await dataSource.transaction(async (tx) => {
    if (previous) await markSuperseded(tx, previous);
    if (!summarise) {
      await tx.query(
        `UPDATE rating.rating_run SET status = 'CONFIRMED', confirmed_by = 'test', confirmed_at = '2026-01-10T08:00:00Z' WHERE id = $1`,
        [runId],
      );
      return;
    }
    expect(await markConfirmed(tx, runId, 'test', new Date('2026-01-10T08:00:00Z'), '2026-01-10')).toBe(true);
    await insertBranchSummaries(tx, runId);
    await insertNodeSummaries(tx, runId);
  });
}

/** Warning cases for the warned results of a run, in every status, some overdue on TODAY. */
async function openCases(runId: string): Promise<void> {
  await db().query(
    `INSERT INTO rating.warning_case (id, district_id, branch_id, branch_path, member_id, member_name, member_kind, run_id, period_key, trig, total, trigger_note,
                                      opened_on, interview_due, rectify_months, status, planned_on, rectify_deadline, outcome, outcome_on, updated_by, updated_at, warned_periods)
     SELECT gen_random_uuid(), x.district_id, x.branch_id, x.branch_path, x.member_id, x.member_name, 'FULL', x.run_id, run.period_key, x.warning, x.total, '双预警',
            d.opened, d.opened + 15, 6, s.status, CASE WHEN s.status = 'RECTIFYING' THEN d.opened + 10 END, CASE WHEN s.status = 'RECTIFYING' THEN d.opened + 60 END,
            CASE WHEN s.status IN ('IMPROVED', 'ESCALATED', 'WITHDRAWN') THEN s.status END, CASE WHEN s.status IN ('IMPROVED', 'ESCALATED', 'WITHDRAWN') THEN d.opened + 20 END,
            'test', now(), ARRAY[run.period_key]
       FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id
      CROSS JOIN LATERAL (SELECT ('2026-01-01'::date + (abs(hashtext(x.member_id::text)) % 60)) AS opened) d
      CROSS JOIN LATERAL (SELECT (ARRAY['OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING', 'IMPROVED', 'ESCALATED', 'WITHDRAWN'])[1 + abs(hashtext(x.member_id::text)) % 7] AS status) s
      WHERE x.run_id = $1 AND x.warning IS NOT NULL
     ON CONFLICT (member_id, period_key) DO NOTHING`,
    [runId],
  );
}

/** The rollup straight from each member's result: the queries and sums rollups ran before there were summaries. */
async function truth(node: RollupNode, period: string): Promise<RatingRollup> {
  const child = `CASE WHEN nlevel(x.branch_path) > nlevel($1::ltree) THEN subpath(x.branch_path, nlevel($1::ltree), 1)::text END`;
  const under = `FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND x.branch_path <@ $1::ltree`;
  const q = (sql: string, args: unknown[]) => db().query(sql, args) as Promise<Record<string, any>[]>;
  const [members, grades, units, trend] = await Promise.all([
    q(
      `SELECT ${child} AS child, count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT')::int AS exempt,
              sum(x.total) FILTER (WHERE x.status = 'RATED') AS sum, count(*) FILTER (WHERE x.stars = 5)::int AS s5, count(*) FILTER (WHERE x.stars = 4)::int AS s4,
              count(*) FILTER (WHERE x.stars = 3)::int AS s3 ${under} GROUP BY 1`,
      [node.path, period],
    ),
    q(
      `SELECT ${child} AS child, x.grade_code, x.grade_name, count(*)::int AS n ${under} AND x.grade_code IS NOT NULL GROUP BY 1, 2, 3`,
      [node.path, period],
    ),
    q(
      `SELECT u.unit_path::text AS unit_path, (l->>'stars')::int AS stars, (l->>'places')::int AS places, (l->>'overflow')::int AS overflow
         FROM rating.quota_unit u JOIN rating.rating_run run ON run.id = u.run_id CROSS JOIN jsonb_array_elements(u.allocation->'levels') AS l
        WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND (u.unit_path <@ $1::ltree OR u.unit_path @> $1::ltree)`,
      [node.path, period],
    ),
    q(
      `SELECT run.period_key, count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, avg(x.total) FILTER (WHERE x.status = 'RATED') AS mean,
              count(*) FILTER (WHERE x.stars = 5)::int AS s5, count(*) FILTER (WHERE x.stars = 4)::int AS s4, count(*) FILTER (WHERE x.stars = 3)::int AS s3,
              count(*) FILTER (WHERE x.warning IS NOT NULL)::int AS warned
         FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id
        WHERE run.status = 'CONFIRMED' AND run.period_key = ANY($2::text[]) AND x.branch_path <@ $1::ltree GROUP BY run.period_key ORDER BY run.period_key`,
      [node.path, ['2024-H1', '2024-H2', '2025-H1', period]],
    ),
  ]);
  type F = {
    rated: number;
    exempt: number;
    sum: number;
    grades: Map<string, { code: string; name: string; count: number }>;
    taken: number[];
    places: number[];
    overflow: number[];
  };
  const figures = new Map<string | null, F>();
  const of = (key: string | null) =>
    figures.get(key) ??
    figures.set(key, { rated: 0, exempt: 0, sum: 0, grades: new Map(), taken: [], places: [], overflow: [] }).get(key)!;
  const keys = (c: string | null) => (c === null ? [null] : [null, c]);
  for (const r of members) {
    for (const f of keys(r.child).map(of)) {
      f.rated += r.rated;
      f.exempt += r.exempt;
      f.sum += Number(r.sum ?? 0);
      for (const stars of [5, 4, 3]) f.taken[stars] = (f.taken[stars] ?? 0) + r[`s${stars}`];
    }
  }
  for (const r of grades) {
    for (const f of keys(r.child).map(of)) {
      const g =
        f.grades.get(r.grade_code) ??
        f.grades.set(r.grade_code, { code: r.grade_code, name: r.grade_name, count: 0 }).get(r.grade_code)!;
      g.count += r.n;
    }
  }
  let pooledAbove = false;
  let childrenPooled = false;
  for (const u of units) {
    if (u.unit_path !== node.path && isSameOrBelow(node.path, u.unit_path)) {
      pooledAbove = true;
      continue;
    }
    if (u.unit_path === node.path) childrenPooled = true;
    const c = u.unit_path === node.path ? null : u.unit_path.split('.')[node.path.split('.').length];
    for (const f of keys(c).map(of)) {
      f.places[u.stars] = (f.places[u.stars] ?? 0) + u.places;
      f.overflow[u.stars] = (f.overflow[u.stars] ?? 0) + u.overflow;
    }
  }
  const labels = [...figures.keys()].filter((k): k is string => k !== null).sort();
  const warnings = await q(
    `SELECT p.path, count(c.id) FILTER (WHERE c.status = ANY($4::text[]) OR (c.status = 'ESCALATED' AND c.disposal_step IS DISTINCT FROM 'ARCHIVED'))::int AS open, count(c.id) FILTER (WHERE ${overdueSql('$2')})::int AS overdue,
            count(c.id) FILTER (WHERE c.status = 'ESCALATED')::int AS escalated, count(c.id) FILTER (WHERE c.status = 'IMPROVED')::int AS closed
       FROM unnest($1::text[]) AS p(path) LEFT JOIN rating.warning_case c ON c.branch_path <@ p.path::ltree AND c.period_key = $3 GROUP BY p.path`,
    [[node.path, ...labels.map((l) => `${node.path}.${l}`)], TODAY, period, OPEN_STATUSES],
  );
  const round1 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  const view = (organizationId: string, f: F, path: string, pooled: boolean) => {
    const { open, overdue, escalated, closed } = warnings.find((w) => w.path === path)!;
    return {
      organizationId,
      rated: f.rated,
      exempt: f.exempt,
      meanTotal: f.rated > 0 ? round1(f.sum / f.rated) : null,
      // Grades of equal count came in no particular order; the summaries put them by code.
      grades: [...f.grades.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
      stars: [5, 4, 3].map((stars) => ({
        stars,
        percent: null,
        places: f.places[stars] ?? 0,
        taken: f.taken[stars] ?? 0,
        overflow: f.overflow[stars] ?? 0,
        explanation: null,
      })),
      pooledAbove: pooled,
      warnings: { open, overdue, escalated, closed },
    };
  };
  return {
    ...view(node.id, of(null), node.path, pooledAbove),
    period,
    path: node.path,
    children: labels.map((l) =>
      view(idOfLabel(l), figures.get(l)!, `${node.path}.${l}`, pooledAbove || childrenPooled),
    ),
    trend: trend.map((t) => ({
      period: t.period_key,
      rated: t.rated,
      meanTotal: round1(t.mean),
      fiveStars: t.s5,
      fourStars: t.s4,
      threeStars: t.s3,
      warned: t.warned,
    })),
  };
}

/** The rollups with their trends, as the API gives them (the trend is read on its own). */
async function withTrends(manager: EntityManager, of: readonly RollupNode[], period: string): Promise<RatingRollup[]> {
  const [rollups, trends] = await Promise.all([
    loadRatingRollups(manager, of, period, TODAY),
    loadRatingTrends(manager, of, period),
  ]);
  return rollups.map((rollup, i) => ({ ...rollup, trend: trends[i] }));
}

/** The statements sent from now on (every one is logged to the counting logger, prepared ones too). */
function counting(): { db: EntityManager; statements: () => number } {
  const start = sql.statements;
  return { db: db(), statements: () => sql.statements - start };
}

/** The district, its townships (the first pools its branches' places), a pooled branch and another, a second district and its branch, a node without results. */
const nodes: RollupNode[] = [district, ...towns, branches[1], branches[5], elsewhere, elsewhereBranch, org(district)];
let firstRun = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const open = (migrations: typeof ratingMigrations) =>
    openServiceDatabase({
      url: database.url,
      schema: 'rating',
      entities: [],
      migrations,
      logger: createLogger('test', 'silent'),
    }).then((d) => {
      sql = d.sql;
      return d.dataSource;
    });
  // Runs confirmed before the summaries existed: the migrations fill them in.
  dataSource = await open(
    ratingMigrations.slice(
      0,
      ratingMigrations.findIndex((m) => m.name === 'BranchRatingSummaries1765100000000'),
    ),
  );
  await confirm(await insertRun(district, '2024-H2', 1), null, false);
  await confirm(await insertRun(towns[0], '2025-H1', 1), null, false);
  await confirm(await insertRun(towns[1], '2025-H1', 1), null, false);
  await dataSource.destroy();
  dataSource = await open(ratingMigrations);
  // The decision-day migration dates the runs confirmed before it on the day they were confirmed.
  expect(await db().query(`SELECT DISTINCT to_char(decided_on, 'YYYY-MM-DD') AS d FROM rating.rating_run`)).toEqual([
    { d: '2026-01-10' },
  ]);
  firstRun = await insertRun(district, PERIOD, 1);
  await confirm(firstRun, null);
  await openCases(firstRun);
  await insertRun(district, PERIOD, 2); // a preview: not counted
  await confirm(await insertRun(elsewhere, PERIOD, 1), null);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('rollups from per-branch summaries', () => {
  it('summarises each branch of a confirmed run as its results add up, whether backfilled or written at confirmation', async () => {
    const [{ wrong, summaries }] = await db().query(`
      WITH truth AS (
        SELECT x.run_id, x.branch_id, x.branch_path, count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT')::int AS exempt,
               COALESCE(sum(x.total) FILTER (WHERE x.status = 'RATED'), 0) AS total_sum, count(*) FILTER (WHERE x.stars = 5)::int AS stars5,
               count(*) FILTER (WHERE x.stars = 4)::int AS stars4, count(*) FILTER (WHERE x.stars = 3)::int AS stars3, count(*) FILTER (WHERE x.warning IS NOT NULL)::int AS warned,
               (SELECT COALESCE(jsonb_agg(g ORDER BY g->>'code'), '[]') FROM (SELECT jsonb_build_object('code', y.grade_code, 'name', y.grade_name, 'count', count(*)) AS g
                  FROM rating.rating_result y WHERE y.run_id = x.run_id AND y.branch_id = x.branch_id AND y.grade_code IS NOT NULL GROUP BY y.grade_code, y.grade_name) gs) AS grades
          FROM rating.rating_result x JOIN rating.rating_run r ON r.id = x.run_id WHERE r.status <> 'PREVIEW' GROUP BY x.run_id, x.branch_id, x.branch_path
      )
      SELECT (SELECT count(*)::int FROM truth t FULL JOIN rating.branch_rating_summary s USING (run_id, branch_id)
               WHERE (t.branch_path, t.rated, t.exempt, t.total_sum, t.stars5, t.stars4, t.stars3, t.warned, t.grades)
                     IS DISTINCT FROM (s.branch_path, s.rated, s.exempt, s.total_sum, s.stars5, s.stars4, s.stars3, s.warned, s.grades)) AS wrong,
             (SELECT count(*)::int FROM rating.branch_rating_summary) AS summaries`);
    expect(summaries).toBe(12 + 8 + 12 + 1);
    expect(wrong).toBe(0);
  });

  it('sums each confirmed run per node (every prefix of its branches’ paths), whether backfilled or written at confirmation', async () => {
    const [{ wrong, nodes: count }] = await db().query(`
      WITH truth AS (
        SELECT x.run_id, subpath(x.branch_path, 0, l.i) AS node_path, bool_or(l.i = nlevel(x.branch_path)) AS is_branch,
               count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT')::int AS exempt,
               COALESCE(sum(x.total) FILTER (WHERE x.status = 'RATED'), 0) AS total_sum, count(*) FILTER (WHERE x.stars = 5)::int AS stars5,
               count(*) FILTER (WHERE x.stars = 4)::int AS stars4, count(*) FILTER (WHERE x.stars = 3)::int AS stars3, count(*) FILTER (WHERE x.warning IS NOT NULL)::int AS warned
          FROM rating.rating_result x JOIN rating.rating_run r ON r.id = x.run_id CROSS JOIN LATERAL generate_series(1, nlevel(x.branch_path)) AS l(i)
         WHERE r.status <> 'PREVIEW' GROUP BY 1, 2),
      grade_truth AS (
        SELECT x.run_id, subpath(x.branch_path, 0, l.i) AS node_path, x.grade_code AS code, count(*)::int AS count
          FROM rating.rating_result x JOIN rating.rating_run r ON r.id = x.run_id CROSS JOIN LATERAL generate_series(1, nlevel(x.branch_path)) AS l(i)
         WHERE r.status <> 'PREVIEW' AND x.grade_code IS NOT NULL GROUP BY 1, 2, 3),
      kept_grades AS (
        SELECT n.run_id, n.node_path, g.code, g.count FROM rating.node_rating_summary n CROSS JOIN LATERAL jsonb_to_recordset(n.grades) AS g(code text, count int))
      SELECT (SELECT count(*)::int FROM truth t FULL JOIN rating.node_rating_summary s USING (run_id, node_path)
               WHERE (t.is_branch, t.rated, t.exempt, t.total_sum, t.stars5, t.stars4, t.stars3, t.warned, nlevel(t.node_path))
                     IS DISTINCT FROM (s.is_branch, s.rated, s.exempt, s.total_sum, s.stars5, s.stars4, s.stars3, s.warned, s.depth))
           + (SELECT count(*)::int FROM grade_truth t FULL JOIN kept_grades k USING (run_id, node_path, code) WHERE t.count IS DISTINCT FROM k.count) AS wrong,
             (SELECT count(*)::int FROM rating.node_rating_summary) AS nodes`);
    // Two district runs (12 branches, 3 townships, the district), two township runs (4 branches, the township, the district), the second district's run.
    expect(count).toBe(2 * 16 + 2 * 6 + 3);
    expect(wrong).toBe(0);
  });

  it('gives every node, in one batch of three statements and one more for the trends, the figures its members’ results give', async () => {
    const { db: counted, statements } = counting();
    expect((await loadRatingRollups(counted, nodes, PERIOD, TODAY)).every((r) => r.trend.length === 0)).toBe(true);
    expect(statements()).toBe(3);
    const rollups = await withTrends(counted, nodes, PERIOD);
    expect(statements()).toBe(3 + 4);
    for (const [i, node] of nodes.entries()) expect(rollups[i]).toEqual(await truth(node, PERIOD));
    expect(rollups[0].children).toHaveLength(3);
    expect(rollups[0].trend.map((t) => t.period)).toEqual(['2024-H2', '2025-H1', PERIOD]);
    expect(rollups[4].pooledAbove).toBe(true);
    expect(rollups[1].children.every((c) => c.pooledAbove)).toBe(true);
    expect(rollups[0].warnings.open + rollups[0].warnings.closed).toBeGreaterThan(0);
  });

  it('follows a second confirmed version: the superseded one’s summaries stay but no longer count', async () => {
    const before = await withTrends(db(), nodes, PERIOD);
    const second = await insertRun(district, PERIOD, 3);
    await confirm(second, firstRun);
    const after = await withTrends(db(), nodes, PERIOD);
    for (const [i, node] of nodes.entries()) expect(after[i]).toEqual(await truth(node, PERIOD));
    expect(after).not.toEqual(before);
    const [{ n }] = await db().query('SELECT count(*)::int AS n FROM rating.branch_rating_summary WHERE run_id = $1', [
      firstRun,
    ]);
    expect(n).toBe(12);
  });

  it('batches every node a request asks for a period into one load, and keeps each node’s answer for the request', async () => {
    const expected = { ...(await truth(towns[0], PERIOD)), trend: [] };
    const { db: counted, statements } = counting();
    const loader = ratingRollupLoaders(counted);
    const answers = await Promise.all(nodes.map((node) => loader(PERIOD, TODAY).load(node)));
    expect(statements()).toBe(3);
    expect(answers[1]).toEqual(expected);
    expect(await loader(PERIOD, TODAY).load(towns[0])).toBe(answers[1]);
    expect(statements()).toBe(3);
    await loader('2025-H1', TODAY).load(district);
    expect(statements()).toBe(6);
  });
});
