import { TodoCount, TodoKind } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { overdueSql } from '../warning/warning-counts.storage';

/** The rating service's 待办 below organisation paths, keyed by the path asked: two statements for any number of paths. */

type PathCount = TodoCount & { path: string };
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * Previews ready to confirm, one count per node path and period: a run's latest version still a preview, with
 * every member's score final (a preview with members pending cannot be confirmed yet, so it waits on the branches).
 */
export async function runTodosUnder(db: EntityManager, paths: readonly string[]): Promise<PathCount[]> {
  if (paths.length === 0) return [];
  return db.query(
    `SELECT n.path::text AS path, '${TodoKind.RUN_TO_CONFIRM}' AS kind, count(*)::int AS count,
            ${day(`min(r.created_at AT TIME ZONE 'Asia/Shanghai')`)} AS "oldestSince", NULL AS "dueOn",
            ((array_agg(r.id ORDER BY r.created_at, r.id))[1])::text AS "targetId", r.period_key AS "periodKey"
       FROM unnest($1::ltree[]) AS n(path)
       JOIN rating.rating_run r ON r.org_path <@ n.path AND r.status = 'PREVIEW'
      WHERE coalesce((r.pending->>'count')::int, 0) = 0
        AND NOT EXISTS (SELECT 1 FROM rating.rating_run v
                         WHERE v.org_id = r.org_id AND v.period_key = r.period_key AND v.version > r.version)
      GROUP BY n.path, r.period_key`,
    [paths],
  );
}

/**
 * Warning cases overdue on `today`, as overdue-rules.ts says: an open case's interview (INTERVIEW_OVERDUE), an
 * escalated case's disposal (DISPOSAL_STALLED: no proposal in time, a step stalled, a period run out).
 */
export async function warningTodosUnder(
  db: EntityManager,
  paths: readonly string[],
  today: string,
): Promise<PathCount[]> {
  if (paths.length === 0) return [];
  return db.query(
    `SELECT n.path::text AS path, k.kind, count(*)::int AS count, ${day('min(k.since)')} AS "oldestSince",
            ${day('min(k.due)')} AS "dueOn", ((array_agg(c.id ORDER BY k.since, c.id))[1])::text AS "targetId",
            NULL AS "periodKey"
       FROM unnest($1::ltree[]) AS n(path)
       JOIN rating.warning_case c ON c.branch_path <@ n.path AND c.status IN ('OPEN', 'ESCALATED')
      CROSS JOIN LATERAL (SELECT
              CASE WHEN c.status = 'OPEN' THEN '${TodoKind.INTERVIEW_OVERDUE}' ELSE '${TodoKind.DISPOSAL_STALLED}' END AS kind,
              CASE WHEN c.status = 'OPEN' THEN c.opened_on ELSE coalesce(c.disposal_step_on, c.outcome_on) END AS since,
              CASE WHEN c.status = 'OPEN' THEN c.interview_due ELSE NULL END AS due) k
      WHERE ${overdueSql('$2')}
      GROUP BY n.path, k.kind`,
    [paths, today],
  );
}
