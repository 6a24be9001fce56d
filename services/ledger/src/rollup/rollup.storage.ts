import { onlyUuids } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { OrgLevel } from '../organization/org-level';

export interface RollupArgs {
  period: string;
  today: string;
}

/** The bands the distribution of totals is counted in. */
const SCORE_BANDS = [
  { label: '90 分及以上', min: 90, max: null },
  { label: '80–89.9 分', min: 80, max: 90 },
  { label: '70–79.9 分', min: 70, max: 80 },
  { label: '60–69.9 分', min: 60, max: 70 },
  { label: '50–59.9 分', min: 50, max: 60 },
  { label: '50 分以下', min: null, max: 50 },
] as const;

interface RollupFigures {
  organizationId: string;
  /** The node's name and level, so that a dashboard names each child in the request that reads its figures. */
  name: string;
  level: OrgLevel;
  period: string;
  /** The day the register counts are for (windows running on it): not a figure, what `registerCountsOf` is asked with. */
  today: string;
  membersScored: number;
  membersExempt: number;
  mean: number | null;
  distribution: { label: string; count: number }[];
  grades: { code: string; name: string; count: number }[];
  finalScores: number;
}

/** What is waiting in the register below a node: counted only when a rollup's field asks for them. */
export interface RegisterCounts {
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
 * Rolls up every asked node and each of its children in one statement whatever the number of branches: a
 * branch's figures are its summary, any other node's are the figures kept current for it (the sums of the
 * branches below, `node_score_summary`), so a district reads one row per township, never the members' scores
 * or the raw entries. The median is not among them: it needs every score, so `mediansOf` reads it only when
 * asked; nor are the register's counts, which `registerCountsOf` reads only when asked.
 */
export async function rollupsOf(
  db: EntityManager,
  nodeIds: readonly string[],
  args: RollupArgs,
): Promise<Map<string, ScoreRollupRecord>> {
  const ids = onlyUuids(nodeIds);
  const rows = await queryPrepared(
    db,
    `WITH nodes AS (
       SELECT o.id, o.path, o.parent_id, o.name, o.level FROM ledger.organization o WHERE o.id = ANY($1::uuid[])
       UNION
       SELECT c.id, c.path, c.parent_id, c.name, c.level FROM ledger.organization c WHERE c.parent_id = ANY($1::uuid[]))
     SELECT n.id, n.parent_id, n.name, n.level, f.scored, f.exempt, f.total_sum / nullif(f.scored, 0) AS mean, f.final_count AS final, f.bands,
            coalesce(f.grades, '[]'::jsonb) AS grades
       FROM nodes n
       LEFT JOIN LATERAL (
         SELECT s.scored, s.exempt, s.total_sum, s.bands, s.grades, s.final_count FROM ledger.node_score_summary s
          WHERE n.level <> 'BRANCH' AND s.node_id = n.id AND s.period_key = $2
         UNION ALL
         SELECT s.scored, s.exempt, s.total_sum, s.bands, s.grades, s.final_count FROM ledger.branch_score_summary s
          WHERE n.level = 'BRANCH' AND s.branch_id = n.id AND s.period_key = $2) f ON true
      ORDER BY n.name`,
    [ids, args.period],
  );
  const figures = new Map<string, RollupFigures>();
  for (const row of rows) {
    figures.set(row.id, {
      organizationId: row.id,
      name: row.name,
      level: row.level,
      period: args.period,
      membersScored: row.scored ?? 0,
      membersExempt: row.exempt ?? 0,
      mean: round1(row.mean),
      distribution: SCORE_BANDS.map((band, i) => ({ label: band.label, count: row.bands?.[i] ?? 0 })),
      grades: row.grades,
      finalScores: row.final ?? 0,
      today: args.today,
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
 * The declarations awaiting first review, the open objections and appeals, and the publicity windows running on
 * `today` below each node: one statement for every node asked.
 */
export async function registerCountsOf(
  db: EntityManager,
  nodeIds: readonly string[],
  today: string,
): Promise<Map<string, RegisterCounts>> {
  const rows: { id: string; pending: number; objections: number; windows: number }[] = await db.query(
    `SELECT n.id,
            (SELECT coalesce(sum(t.pending_reviews), 0)::int FROM ledger.branch_tally t JOIN ledger.organization b ON b.id = t.branch_id
              WHERE b.path <@ n.path AND b.level = 'BRANCH') AS pending,
            (SELECT count(*)::int FROM ledger.objection x JOIN ledger.organization b ON b.id = x.branch_id
              WHERE b.path <@ n.path AND x.status IN ('OPEN', 'APPEALED')) AS objections,
            (SELECT count(*)::int FROM ledger.publicity_window w JOIN ledger.organization b ON b.id = w.branch_id
              WHERE b.path <@ n.path AND w.status = 'OPEN' AND w.starts_on <= $2::date AND w.ends_on >= $2::date) AS windows
       FROM ledger.organization n WHERE n.id = ANY($1::uuid[])`,
    [onlyUuids(nodeIds), today],
  );
  return new Map(
    rows.map((r) => [r.id, { pendingReviews: r.pending, openObjections: r.objections, runningWindows: r.windows }]),
  );
}

/**
 * The median total of the members scored under each node for a period: the one figure the branch summaries
 * cannot give, so it is read from the members' scores, in one statement, and only when a caller asks for it.
 */
export async function mediansOf(
  db: EntityManager,
  nodeIds: readonly string[],
  period: string,
): Promise<Map<string, number | null>> {
  const ids = onlyUuids(nodeIds);
  // The branches first, then their scores by branch id. Joined in one statement, the planner guessed three times as
  // many branches under the nodes as there are and scanned the whole period's scores: 220 ms for a township of 60
  // branches on the M district, against 20 ms through the (branch_id, period_key) index once the list is in hand (a
  // district's 600 branches still read the period in one pass).
  const branches: { id: string }[] = await db.query(
    `SELECT DISTINCT b.id FROM ledger.organization n
       JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
      WHERE n.id = ANY($1::uuid[])`,
    [ids],
  );
  const rows: { id: string; median: unknown }[] = await db.query(
    `WITH scores AS MATERIALIZED (
       SELECT ps.branch_id, ps.total, ps.status FROM ledger.period_score ps
        WHERE ps.period_key = $2 AND ps.branch_id = ANY($3::uuid[]))
     SELECT n.id, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.total) FILTER (WHERE s.status = 'SCORED') AS median
       FROM ledger.organization n
       LEFT JOIN ledger.organization b ON b.path <@ n.path AND b.level = 'BRANCH'
       LEFT JOIN scores s ON s.branch_id = b.id
      WHERE n.id = ANY($1::uuid[])
      GROUP BY n.id`,
    [ids, period, branches.map((b) => b.id)],
  );
  return new Map(rows.map((r) => [r.id, round1(r.median)]));
}
