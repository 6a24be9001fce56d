import { outermostPaths, pathAndAncestors } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { DISPOSAL_STALL_DAYS, PROPOSE_WITHIN_DAYS } from './overdue-rules';
import { OPEN_STATUSES } from './warning-rules';

/**
 * What rollups count of warning and disposal cases under organisation paths: open (undecided, or escalated with the
 * disposal not archived: disposal cases opened by a run's consequence among them), overdue, escalated, closed, withdrawn.
 */

export interface WarningCounts {
  open: number;
  overdue: number;
  escalated: number;
  closed: number;
  withdrawn: number;
}

/**
 * True when case `c` has something overdue on the day in parameter `$n`: the same as `overdueItems` in the rules
 * (the warning-storage test holds the two together).
 */
export function overdueSql(today: string): string {
  return `COALESCE(
    (c.status = 'OPEN' AND ${today}::date > c.interview_due)
    OR (c.status = 'RECTIFYING' AND ${today}::date > c.rectify_deadline)
    OR (c.status = 'ESCALATED' AND (
      (c.disposal_step IS NULL AND ${today}::date > c.outcome_on + ${PROPOSE_WITHIN_DAYS})
      OR (c.disposal_step IS NOT NULL AND c.disposal_step <> 'ARCHIVED' AND CASE
            WHEN c.disposal_due IS NOT NULL AND c.disposal_step IN ('NOTIFIED', 'APPEALED') THEN ${today}::date > c.disposal_due
            ELSE ${today}::date > c.disposal_step_on + ${DISPOSAL_STALL_DAYS} END))), false)`;
}

/**
 * A case not finished: no outcome yet, or escalated with its disposal procedure not archived (处置中). What the
 * rollups count as open (未结): a committee still has work on each; overdue and escalated-in-progress are among them.
 */
const unfinishedSql = `(c.status = ANY($4::text[]) OR (c.status = 'ESCALATED' AND c.disposal_step IS DISTINCT FROM 'ARCHIVED'))`;

/** Counts for rollups, one statement for all paths: cases whose branch_path <@ path. */
export async function warningCounts(
  db: EntityManager,
  paths: readonly string[],
  today: string,
  periodKey: string | null,
): Promise<Map<string, WarningCounts>> {
  return countsUnder(await warningCountsByBranch(db, paths, today, periodKey), paths);
}

/**
 * Counts per branch path of the cases below any of `paths`: one scan of the period's cases (by the period index),
 * whatever the number of paths, where a join per path probed the index once per path. With `depth`, summed per
 * prefix of that many labels instead (a branch above that depth keeps its own path).
 */
export async function warningCountsByBranch(
  db: EntityManager,
  paths: readonly string[],
  today: string,
  periodKey: string | null,
  depth: number | null = null,
): Promise<(WarningCounts & { path: string })[]> {
  const roots = outermostPaths(paths);
  if (roots.length === 0) return [];
  return queryPrepared(
    db,
    `SELECT (CASE WHEN $5::int IS NULL THEN c.branch_path ELSE subpath(c.branch_path, 0, least(nlevel(c.branch_path), $5::int)) END)::text AS path,
            count(*) FILTER (WHERE ${unfinishedSql})::int AS open,
            count(*) FILTER (WHERE ${overdueSql('$2')})::int AS overdue,
            count(*) FILTER (WHERE c.status = 'ESCALATED')::int AS escalated,
            count(*) FILTER (WHERE c.status = 'IMPROVED')::int AS closed,
            count(*) FILTER (WHERE c.status = 'WITHDRAWN')::int AS withdrawn
       FROM rating.warning_case c
      WHERE c.branch_path <@ ANY($1::ltree[]) AND ($3::text IS NULL OR c.period_key = $3)
      GROUP BY 1`,
    [roots, today, periodKey, OPEN_STATUSES, depth],
  );
}

/** Each of `paths` with the sum of the branch counts at or below it (zeros when none). */
function countsUnder(
  byBranch: readonly (WarningCounts & { path: string })[],
  paths: readonly string[],
): Map<string, WarningCounts> {
  const counts = new Map(paths.map((path) => [path, { open: 0, overdue: 0, escalated: 0, closed: 0, withdrawn: 0 }]));
  for (const row of byBranch) {
    for (const path of pathAndAncestors(row.path)) {
      const c = counts.get(path);
      if (!c) continue;
      c.open += row.open;
      c.overdue += row.overdue;
      c.escalated += row.escalated;
      c.closed += row.closed;
      c.withdrawn += row.withdrawn;
    }
  }
  return counts;
}
