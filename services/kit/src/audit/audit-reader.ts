import { idOfLabel } from '../org-path';
import { actorNameSql } from './actor-names';
import { AuditDb, AuditKind } from './audit-event';
import { auditTableName } from './audit-table';

/** One event as readers see it. `at` is UTC to the microsecond, so that it can be handed back as `before`. */
export interface AuditEventRecord {
  id: string;
  at: string;
  subject: string;
  /** Who the subject was, as people read it, when the event happened (actor-names.ts). */
  subjectName: string;
  role: string;
  keyId: string | null;
  requestId: string;
  kind: AuditKind;
  operation: string;
  detail: unknown;
  outcome: string;
}

export interface AuditPage {
  /** Only events strictly before this instant (the `at` of the last event of the previous page). */
  before?: string | Date | null;
  first: number;
}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

/** True for an instant written as ISO 8601 with its zone (what `at` looks like). */
export function isInstant(text: string): boolean {
  return instant.test(text) && !Number.isNaN(Date.parse(text));
}

/** Events done by callers at or below `path` (a committee reads what was done inside its scope), newest first. */
export async function auditEventsUnder(
  db: AuditDb,
  schema: string,
  path: string,
  page: AuditPage,
): Promise<AuditEventRecord[]> {
  const before = page.before instanceof Date ? page.before.toISOString() : (page.before ?? null);
  const first = path.split('.')[0];
  const params: unknown[] = [path, before, page.first];
  // The district key narrows the read to one district's rows (the index, and later the shard) before the path does.
  const district = /^[0-9a-f]{32}$/.test(first) ? ` AND district_id = $${params.push(idOfLabel(first))}::uuid` : '';
  return (await db.query(
    `SELECT id::text AS id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, subject,
            ${actorNameSql(schema, 'subject', 'at')} AS "subjectName", role, key_id::text AS "keyId",
            request_id AS "requestId", kind, operation, detail, outcome
       FROM ${auditTableName(schema)}
      WHERE actor_path <@ $1::ltree${district} AND ($2::timestamptz IS NULL OR at < $2::timestamptz)
      ORDER BY at DESC, id DESC
      LIMIT $3`,
    params,
  )) as AuditEventRecord[];
}
