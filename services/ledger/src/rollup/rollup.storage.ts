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
 * Rolls up every asked node and each of its children in three statements whatever the number of branches:
 * each node's branches are found by its ltree path, and only their kept-current summaries are read (one row
 * per branch), never the members' scores or the raw entries. The median is not among them: it needs every
 * score, so `mediansOf` reads it only when asked.
 */
export async function rollupsOf(db: EntityManager, nodeIds: readonly string[], args: RollupArgs): Promise<Map<string, ScoreRollupRecord>> {
  const ids = onlyUuids(nodeIds);
  const nodesCte = `nodes AS (
      SELECT o.id, o.path, o.parent_id, o.name FROM ledger.organization o WHERE o.id = ANY($1::uuid[])
      UNION
      SELECT c.id, c.path, c.parent_id, c.name FROM ledger.organization c WHERE c.parent_id = ANY($1::uuid[]))`;
  const bandColumns = SCORE_BANDS.map((_band, i) => `coalesce(sum(s.bands[${i + 1}]), 0)::int AS band${i}`).join(', ');
  const [scores, grades, open] = await Promise.all([
    db.query(
      `WITH ${nodesCte}
       SELECT n.id, coalesce(sum(s.scored), 0)::int AS scored, coalesce(sum(s.exempt), 0)::int AS exempt,
              sum(s.total_sum) / nullif(sum(s.scored), 0) AS mean, coalesce(sum(s.final_count), 0)::int AS final, ${bandColumns},
              coalesce(sum(t.pending_reviews), 0)::int AS pending
         FROM nodes n
         LEFT JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
         LEFT JOIN ledger.branch_score_summary s ON s.branch_id = b.id AND s.period_key = $2
         LEFT JOIN ledger.branch_tally t ON t.branch_id = b.id
        GROUP BY n.id`,
      [ids, args.period],
    ),
    db.query(
      `WITH ${nodesCte}
       SELECT n.id, g.code AS grade_code, min(g.name) AS grade_name, sum(g.count)::int AS count
         FROM nodes n JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
         JOIN ledger.branch_score_summary s ON s.branch_id = b.id AND s.period_key = $2
        CROSS JOIN LATERAL jsonb_to_recordset(s.grades) AS g(code text, name text, count int)
        GROUP BY n.id, g.code ORDER BY n.id, g.code`,
      [ids, args.period],
    ),
    db.query(
      `WITH ${nodesCte}
       SELECT n.id,
              (SELECT count(*)::int FROM ledger.objection x JOIN ledger.organization b ON b.id = x.branch_id
                WHERE b.path <@ n.path AND x.status IN ('OPEN', 'APPEALED')) AS objections,
              (SELECT count(*)::int FROM ledger.publicity_window w JOIN ledger.organization b ON b.id = w.branch_id
                WHERE b.path <@ n.path AND w.status = 'OPEN' AND w.starts_on <= $2::date AND w.ends_on >= $2::date) AS windows
         FROM nodes n`,
      [ids, args.today],
    ),
  ]);
  const figures = new Map<string, RollupFigures>();
  for (const row of scores as Record<string, any>[]) {
    figures.set(row.id, {
      organizationId: row.id,
      period: args.period,
      membersScored: row.scored,
      membersExempt: row.exempt,
      mean: round1(row.mean),
      distribution: SCORE_BANDS.map((band, i) => ({ label: band.label, count: row[`band${i}`] })),
      grades: [],
      finalScores: row.final,
      pendingReviews: row.pending,
      openObjections: 0,
      runningWindows: 0,
    });
  }
  for (const row of grades as Record<string, any>[]) figures.get(row.id)?.grades.push({ code: row.grade_code, name: row.grade_name, count: row.count });
  for (const row of open as Record<string, any>[]) Object.assign(figures.get(row.id)!, { openObjections: row.objections, runningWindows: row.windows });
  const children = await db.query(`SELECT id, parent_id FROM ledger.organization WHERE parent_id = ANY($1::uuid[]) ORDER BY name`, [ids]);
  const result = new Map<string, ScoreRollupRecord>();
  for (const id of ids) {
    const own = figures.get(id);
    if (!own) continue;
    result.set(id, {
      ...own,
      children: (children as { id: string; parent_id: string }[]).filter((c) => c.parent_id === id).map((c) => figures.get(c.id)!).filter(Boolean),
    });
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
