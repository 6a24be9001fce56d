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
  membersScored: number;
  membersExempt: number;
  mean: number | null;
  median: number | null;
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
 * Rolls up every asked node and each of its children in four statements whatever the number of branches:
 * each node's subtree is found by its ltree path, never one query per branch.
 */
export async function rollupsOf(db: EntityManager, nodeIds: readonly string[], args: RollupArgs): Promise<Map<string, ScoreRollupRecord>> {
  const ids = onlyUuids(nodeIds);
  const nodesCte = `nodes AS (
      SELECT o.id, o.path, o.parent_id, o.name FROM ledger.organization o WHERE o.id = ANY($1::uuid[])
      UNION
      SELECT c.id, c.path, c.parent_id, c.name FROM ledger.organization c WHERE c.parent_id = ANY($1::uuid[]))`;
  const bandColumns = SCORE_BANDS.map(
    (band, i) => `count(*) FILTER (WHERE ps.status = 'SCORED' AND ${band.min === null ? 'TRUE' : `ps.total >= ${band.min}`} AND ${band.max === null ? 'TRUE' : `ps.total < ${band.max}`})::int AS band${i}`,
  ).join(', ');
  const [scores, grades, pending, open] = await Promise.all([
    db.query(
      `WITH ${nodesCte}
       SELECT n.id, count(ps.member_id) FILTER (WHERE ps.status = 'SCORED')::int AS scored, count(ps.member_id) FILTER (WHERE ps.status = 'EXEMPT')::int AS exempt,
              avg(ps.total) FILTER (WHERE ps.status = 'SCORED') AS mean,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ps.total) FILTER (WHERE ps.status = 'SCORED') AS median,
              count(ps.member_id) FILTER (WHERE ps.state = 'FINAL')::int AS final, ${bandColumns}
         FROM nodes n
         LEFT JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
         LEFT JOIN ledger.period_score ps ON ps.branch_id = b.id AND ps.period_key = $2
        GROUP BY n.id`,
      [ids, args.period],
    ),
    db.query(
      `WITH ${nodesCte}
       SELECT n.id, ps.grade_code, min(ps.grade_name) AS grade_name, count(*)::int AS count
         FROM nodes n JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
         JOIN ledger.period_score ps ON ps.branch_id = b.id AND ps.period_key = $2 AND ps.grade_code IS NOT NULL
        GROUP BY n.id, ps.grade_code ORDER BY n.id, ps.grade_code`,
      [ids, args.period],
    ),
    db.query(
      `WITH ${nodesCte}
       SELECT n.id, count(e.id)::int AS pending
         FROM nodes n JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
         JOIN ledger.entry e ON e.branch_id = b.id AND e.kind = 'CLAIM'
        WHERE NOT EXISTS (SELECT 1 FROM ledger.entry_review r WHERE r.entry_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM ledger.entry x WHERE x.reverses_entry_id = e.id)
        GROUP BY n.id`,
      [ids],
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
      membersScored: row.scored,
      membersExempt: row.exempt,
      mean: round1(row.mean),
      median: round1(row.median),
      distribution: SCORE_BANDS.map((band, i) => ({ label: band.label, count: row[`band${i}`] })),
      grades: [],
      finalScores: row.final,
      pendingReviews: 0,
      openObjections: 0,
      runningWindows: 0,
    });
  }
  for (const row of grades as Record<string, any>[]) figures.get(row.id)?.grades.push({ code: row.grade_code, name: row.grade_name, count: row.count });
  for (const row of pending as Record<string, any>[]) figures.get(row.id)!.pendingReviews = row.pending;
  for (const row of open as Record<string, any>[]) Object.assign(figures.get(row.id)!, { openObjections: row.objections, runningWindows: row.windows });
  const children = await db.query(`SELECT id, parent_id FROM ledger.organization WHERE parent_id = ANY($1::uuid[]) ORDER BY name`, [ids]);
  const result = new Map<string, ScoreRollupRecord>();
  for (const id of ids) {
    const own = figures.get(id);
    if (!own) continue;
    result.set(id, {
      ...own,
      period: args.period,
      children: (children as { id: string; parent_id: string }[]).filter((c) => c.parent_id === id).map((c) => figures.get(c.id)!).filter(Boolean),
    });
  }
  return result;
}
