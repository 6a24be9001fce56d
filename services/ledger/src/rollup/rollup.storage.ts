import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';

export interface RollupArgs {
  period: string;
  today: string;
}

/** The bands the distribution of totals is counted in. */
export const SCORE_BANDS = [
  { label: '90 分及以上', min: 90, max: null },
  { label: '80–89.9 分', min: 80, max: 90 },
  { label: '70–79.9 分', min: 70, max: 80 },
  { label: '60–69.9 分', min: 60, max: 70 },
  { label: '50–59.9 分', min: 50, max: 60 },
  { label: '50 分以下', min: null, max: 50 },
] as const;

export interface RollupFigures {
  organizationId: string;
  period: string;
  membersScored: number;
  membersExempt: number;
  mean: number | null;
  distribution: { label: string; count: number }[];
  grades: { code: string; name: string; count: number }[];
  finalScores: number;
  pendingReviews: number;
  openObjections: number;
  runningWindows: number;
}

export interface ScoreRollupRecord extends RollupFigures {
  period: string;
  children: RollupFigures[];
}

const round1 = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);

/**
 * Rolls up every asked node and each of its children in one statement whatever the number of branches: each
 * node's branches are found by its ltree path, and only their kept-current summaries are read (one row per
 * branch), never the members' scores or the raw entries. The median is not among them: it needs every score,
 * so `mediansOf` reads it only when asked.
 */
export async function rollupsOf(db: EntityManager, nodeIds: readonly string[], args: RollupArgs): Promise<Map<string, ScoreRollupRecord>> {
  const ids = onlyUuids(nodeIds);
  const bandColumns = SCORE_BANDS.map((_band, i) => `coalesce(sum(s.bands[${i + 1}]), 0)::int AS band${i}`).join(', ');
  const rows: Record<string, any>[] = await db.query(
    `WITH nodes AS (
       SELECT o.id, o.path, o.parent_id, o.name FROM ledger.organization o WHERE o.id = ANY($1::uuid[])
       UNION
       SELECT c.id, c.path, c.parent_id, c.name FROM ledger.organization c WHERE c.parent_id = ANY($1::uuid[])),
     below AS (
       SELECT n.id AS node_id, b.id AS branch_id FROM nodes n JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'),
     figures AS (
       SELECT x.node_id, coalesce(sum(s.scored), 0)::int AS scored, coalesce(sum(s.exempt), 0)::int AS exempt,
              sum(s.total_sum) / nullif(sum(s.scored), 0) AS mean, coalesce(sum(s.final_count), 0)::int AS final, ${bandColumns},
              coalesce(sum(t.pending_reviews), 0)::int AS pending
         FROM below x
         LEFT JOIN ledger.branch_score_summary s ON s.branch_id = x.branch_id AND s.period_key = $2
         LEFT JOIN ledger.branch_tally t ON t.branch_id = x.branch_id
        GROUP BY x.node_id),
     grades AS (
       SELECT g.node_id, jsonb_agg(jsonb_build_object('code', g.code, 'name', g.name, 'count', g.count) ORDER BY g.code) AS grades
         FROM (SELECT x.node_id, r.code, min(r.name) AS name, sum(r.count)::int AS count
                 FROM below x JOIN ledger.branch_score_summary s ON s.branch_id = x.branch_id AND s.period_key = $2
                CROSS JOIN LATERAL jsonb_to_recordset(s.grades) AS r(code text, name text, count int)
                GROUP BY x.node_id, r.code) g
        GROUP BY g.node_id)
     SELECT n.id, n.parent_id, f.*, coalesce(g.grades, '[]'::jsonb) AS grades,
            (SELECT count(*)::int FROM ledger.objection x JOIN ledger.organization b ON b.id = x.branch_id
              WHERE b.path <@ n.path AND x.status IN ('OPEN', 'APPEALED')) AS objections,
            (SELECT count(*)::int FROM ledger.publicity_window w JOIN ledger.organization b ON b.id = w.branch_id
              WHERE b.path <@ n.path AND w.status = 'OPEN' AND w.starts_on <= $3::date AND w.ends_on >= $3::date) AS windows
       FROM nodes n LEFT JOIN figures f ON f.node_id = n.id LEFT JOIN grades g ON g.node_id = n.id
      ORDER BY n.name`,
    [ids, args.period, args.today],
  );
  const figures = new Map<string, RollupFigures>();
  for (const row of rows) {
    figures.set(row.id, {
      organizationId: row.id,
      period: args.period,
      membersScored: row.scored ?? 0,
      membersExempt: row.exempt ?? 0,
      mean: round1(row.mean),
      distribution: SCORE_BANDS.map((band, i) => ({ label: band.label, count: row[`band${i}`] ?? 0 })),
      grades: row.grades,
      finalScores: row.final ?? 0,
      pendingReviews: row.pending ?? 0,
      openObjections: row.objections,
      runningWindows: row.windows,
    });
  }
  const result = new Map<string, ScoreRollupRecord>();
  for (const id of ids) {
    const own = figures.get(id);
    if (!own) continue;
    // Children in name order, as the rows came.
    result.set(id, { ...own, children: rows.filter((r) => r.parent_id === id).map((r) => figures.get(r.id)!) });
  }
  return result;
}

/**
 * The median total of the members scored under each node for a period: the one figure the branch summaries
 * cannot give, so it is read from the members' scores, in one statement, and only when a caller asks for it.
 */
export async function mediansOf(db: EntityManager, nodeIds: readonly string[], period: string): Promise<Map<string, number | null>> {
  const ids = onlyUuids(nodeIds);
  const rows: { id: string; median: unknown }[] = await db.query(
    `SELECT n.id, percentile_cont(0.5) WITHIN GROUP (ORDER BY ps.total) FILTER (WHERE ps.status = 'SCORED') AS median
       FROM ledger.organization n
       LEFT JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
       LEFT JOIN ledger.period_score ps ON ps.branch_id = b.id AND ps.period_key = $2
      WHERE n.id = ANY($1::uuid[])
      GROUP BY n.id`,
    [ids, period],
  );
  return new Map(rows.map((r) => [r.id, round1(r.median)]));
}
