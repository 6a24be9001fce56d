import { TodoCount, TodoKind } from '@jifen/kit';
import { EntityManager } from 'typeorm';

/**
 * The filings submitted by organisations strictly below each of `paths` and awaiting approval: one statement for
 * every path asked, by the schemes' owner paths (gist index); the oldest waits since its submission (Beijing day).
 */
export async function filingTodosUnder(
  db: EntityManager,
  paths: readonly string[],
): Promise<(TodoCount & { path: string })[]> {
  if (paths.length === 0) return [];
  return db.query(
    `SELECT n.path::text AS path, '${TodoKind.FILING_TO_APPROVE}' AS kind, count(*)::int AS count,
            to_char(min(f.updated_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS "oldestSince",
            NULL AS "dueOn", ((array_agg(f.id ORDER BY f.updated_at, f.id))[1])::text AS "targetId", NULL AS "periodKey"
       FROM unnest($1::ltree[]) AS n(path)
       JOIN scheme.scheme s ON s.owner_org_path <@ n.path AND s.owner_org_path <> n.path
       JOIN scheme.filing f ON f.scheme_id = s.id AND f.status = 'SUBMITTED'
      GROUP BY n.path`,
    [paths],
  );
}
