import { idOfLabel, isSameOrBelow } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { previousPeriodKeys } from '../run/period-key';
import { warningCounts } from '../warning/warning.storage';
import { RatingFigures, RatingRollup, RatingTrendPoint } from './rating-rollup.type';

/** The child label of `path` below `node`, or null for rows of the node itself. */
const childOf = `CASE WHEN nlevel(x.branch_path) > nlevel($1::ltree) THEN subpath(x.branch_path, nlevel($1::ltree), 1)::text END`;
const confirmedUnder = `FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id
  WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND x.branch_path <@ $1::ltree`;

interface Figures {
  rated: number;
  exempt: number;
  meanTotal: number | null;
  grades: Map<string, { code: string; name: string; count: number }>;
  taken: Record<number, number>;
  places: Record<number, number>;
  overflow: Record<number, number>;
}

const empty = (): Figures => ({ rated: 0, exempt: 0, meanTotal: null, grades: new Map(), taken: { 5: 0, 4: 0, 3: 0 }, places: { 5: 0, 4: 0, 3: 0 }, overflow: { 5: 0, 4: 0, 3: 0 } });
const round1 = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);

/**
 * A node's rating figures for a period, with each direct child's and the trend: a handful of statements by
 * ltree path over the confirmed runs' results, whatever the number of branches below.
 */
export async function ratingRollup(db: EntityManager, node: { id: string; path: string }, period: string, today: string): Promise<RatingRollup> {
  const figures = new Map<string | null, Figures>();
  const of = (child: string | null) => figures.get(child) ?? figures.set(child, empty()).get(child)!;
  const [members, grades, units, trend] = await Promise.all([
    db.query(
      `SELECT ${childOf} AS child, count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT')::int AS exempt,
              sum(x.total) FILTER (WHERE x.status = 'RATED') AS sum,
              count(*) FILTER (WHERE x.stars = 5)::int AS s5, count(*) FILTER (WHERE x.stars = 4)::int AS s4, count(*) FILTER (WHERE x.stars = 3)::int AS s3
         ${confirmedUnder} GROUP BY 1`,
      [node.path, period],
    ),
    db.query(
      `SELECT ${childOf} AS child, x.grade_code, x.grade_name, count(*)::int AS n
         ${confirmedUnder} AND x.grade_code IS NOT NULL GROUP BY 1, 2, 3`,
      [node.path, period],
    ),
    db.query(
      `SELECT u.unit_path::text AS unit_path, (l->>'stars')::int AS stars, (l->>'places')::int AS places, (l->>'overflow')::int AS overflow
         FROM rating.quota_unit u JOIN rating.rating_run run ON run.id = u.run_id CROSS JOIN jsonb_array_elements(u.allocation->'levels') AS l
        WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND (u.unit_path <@ $1::ltree OR u.unit_path @> $1::ltree)`,
      [node.path, period],
    ),
    trendOf(db, node.path, period),
  ]);
  // Rows come per child (null: members of the node itself); the node's own figures are their sum.
  const sums = new Map<string | null, number>();
  for (const row of members) {
    for (const key of row.child === null ? [null] : [null, row.child]) {
      const f = of(key);
      f.rated += row.rated;
      f.exempt += row.exempt;
      for (const stars of [5, 4, 3]) f.taken[stars] += row[`s${stars}`];
      sums.set(key, (sums.get(key) ?? 0) + Number(row.sum ?? 0));
    }
  }
  for (const [key, f] of figures) f.meanTotal = f.rated > 0 ? round1(sums.get(key)! / f.rated) : null;
  for (const row of grades) {
    for (const key of row.child === null ? [null] : [null, row.child]) {
      const f = of(key);
      const g = f.grades.get(row.grade_code) ?? { code: row.grade_code, name: row.grade_name, count: 0 };
      g.count += row.n;
      f.grades.set(row.grade_code, g);
    }
  }
  // A unit above the node pools it with others; a unit at the node pools its children.
  let pooledAbove = false;
  let childrenPooled = false;
  for (const row of units) {
    if (row.unit_path !== node.path && isSameOrBelow(node.path, row.unit_path)) {
      pooledAbove = true;
      continue;
    }
    if (row.unit_path === node.path) childrenPooled = true;
    const child = row.unit_path === node.path ? null : row.unit_path.split('.')[node.path.split('.').length];
    for (const key of child === null ? [null] : [null, child]) {
      const f = of(key);
      f.places[row.stars] += row.places;
      f.overflow[row.stars] += row.overflow;
    }
  }
  const children = [...figures.keys()].filter((k): k is string => k !== null);
  const warnings = await warningCounts(db, [node.path, ...children.map((label) => `${node.path}.${label}`)], today, period);
  const view = (organizationId: string, f: Figures, path: string, pooled: boolean): RatingFigures => {
    const w = warnings.get(path);
    return {
      organizationId,
      rated: f.rated,
      exempt: f.exempt,
      meanTotal: f.meanTotal,
      grades: [...f.grades.values()].sort((a, b) => b.count - a.count),
      stars: [5, 4, 3].map((stars) => ({ stars, percent: null, places: f.places[stars], taken: f.taken[stars], overflow: f.overflow[stars], explanation: null })),
      pooledAbove: pooled,
      warnings: { open: w?.open ?? 0, overdue: w?.overdue ?? 0, escalated: w?.escalated ?? 0, closed: w?.closed ?? 0 },
    };
  };
  return {
    ...view(node.id, of(null), node.path, pooledAbove),
    period,
    children: children.sort().map((label) => view(idOfLabel(label), figures.get(label)!, `${node.path}.${label}`, pooledAbove || childrenPooled)),
    trend,
  };
}

const TREND = 4;

async function trendOf(db: EntityManager, path: string, period: string): Promise<RatingTrendPoint[]> {
  const keys = previousPeriodKeys(period, TREND - 1).concat(period);
  const rows = await db.query(
    `SELECT run.period_key, count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, avg(x.total) FILTER (WHERE x.status = 'RATED') AS mean,
            count(*) FILTER (WHERE x.stars = 5)::int AS s5, count(*) FILTER (WHERE x.stars = 4)::int AS s4, count(*) FILTER (WHERE x.stars = 3)::int AS s3,
            count(*) FILTER (WHERE x.warning IS NOT NULL)::int AS warned
       FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id
      WHERE run.status = 'CONFIRMED' AND run.period_key = ANY($2::text[]) AND x.branch_path <@ $1::ltree
      GROUP BY run.period_key ORDER BY run.period_key`,
    [path, keys],
  );
  return rows.map((r: Record<string, any>) => ({ period: r.period_key, rated: r.rated, meanTotal: round1(r.mean), fiveStars: r.s5, fourStars: r.s4, threeStars: r.s3, warned: r.warned }));
}
