import { TodoCount, TodoKind, WINDOW_ENDING_DAYS } from '@jifen/kit';
import { EntityManager } from 'typeorm';

/**
 * The register's 待办 in the branches at or below organisation paths, keyed by the path asked, in one statement:
 * declarations awaiting first review (only in branches whose tally has some), objections to answer, appeals to
 * decide, open publicity windows ending within `WINDOW_ENDING_DAYS` days (or already ended and not yet closed).
 */
export async function registerTodosUnder(
  db: EntityManager,
  paths: readonly string[],
  today: string,
): Promise<(TodoCount & { path: string })[]> {
  if (paths.length === 0) return [];
  const bj = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;
  return db.query(
    `WITH branch AS (
       SELECT n.path::text AS path, b.id FROM unnest($1::ltree[]) AS n(path) JOIN ledger.organization b ON b.path <@ n.path
     ),
     item AS (
       SELECT br.path, '${TodoKind.DECLARATION_TO_REVIEW}' AS kind, e.id, ${bj('e.recorded_at')} AS since, NULL::date AS due
         FROM branch br JOIN ledger.branch_tally t ON t.branch_id = br.id AND t.pending_reviews > 0
         JOIN ledger.entry e ON e.branch_id = br.id AND e.kind = 'CLAIM'
        WHERE NOT EXISTS (SELECT 1 FROM ledger.entry_review r WHERE r.entry_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM ledger.entry x WHERE x.reverses_entry_id = e.id)
       UNION ALL
       SELECT br.path, CASE o.status WHEN 'OPEN' THEN '${TodoKind.OBJECTION_TO_ANSWER}' ELSE '${TodoKind.APPEAL_TO_DECIDE}' END,
              o.id, ${bj("CASE o.status WHEN 'OPEN' THEN o.raised_at ELSE o.appealed_at END")}, NULL::date
         FROM branch br JOIN ledger.objection o ON o.branch_id = br.id AND o.status IN ('OPEN', 'APPEALED')
       UNION ALL
       SELECT br.path, '${TodoKind.WINDOW_ENDING}', w.id, w.starts_on, w.ends_on
         FROM branch br JOIN ledger.publicity_window w ON w.branch_id = br.id AND w.status = 'OPEN'
        WHERE w.ends_on < $2::date + ${WINDOW_ENDING_DAYS}
     )
     SELECT path, kind, count(*)::int AS count, to_char(min(since), 'YYYY-MM-DD') AS "oldestSince",
            to_char(min(due), 'YYYY-MM-DD') AS "dueOn", ((array_agg(id ORDER BY since, id))[1])::text AS "targetId",
            NULL AS "periodKey"
       FROM item GROUP BY path, kind`,
    [paths, today],
  );
}
