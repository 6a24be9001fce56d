import { Caller, Role } from '../context/caller';
import { isUuid } from '../ids';
import { idOfLabel } from '../org-path';
import { auditTableName } from './audit-table';

export enum AuditKind {
  WRITE = 'WRITE',
  EXPORT = 'EXPORT',
}

/** The outcome of a call that succeeded; any other outcome is the code of the error that refused it. */
export const AUDIT_OK = 'OK';
/** A root mutation field that never ran: an earlier field of the same request failed and stopped the rest. */
export const AUDIT_NOT_RUN = 'NOT_RUN';

/** One row of the log before it is written (the database stamps the time and the id). */
export interface AuditRow {
  districtId: string | null;
  actorPath: string | null;
  subject: string;
  role: string;
  keyId: string | null;
  requestId: string;
  kind: AuditKind;
  operation: string;
  detail: Record<string, unknown>;
  outcome: string;
}

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface AuditDb {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const ltreePath = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;
const uuidLabel = /^[0-9a-f]{32}$/;

/** Who acted, as the log records it: the caller's scope (none for the platform or an anonymous caller), account or key, role. */
export function actorOf(caller: Caller): Pick<AuditRow, 'districtId' | 'actorPath' | 'subject' | 'role' | 'keyId'> {
  const path =
    caller.role !== Role.ANONYMOUS && caller.scopePath !== null && ltreePath.test(caller.scopePath)
      ? caller.scopePath
      : null;
  const first = path?.split('.')[0];
  return {
    districtId: first && uuidLabel.test(first) ? idOfLabel(first) : null,
    actorPath: path,
    subject: caller.subject,
    role: caller.role,
    keyId: caller.keyId && isUuid(caller.keyId) ? caller.keyId : null,
  };
}

const COLUMNS = [
  'district_id',
  'actor_path',
  'subject',
  'role',
  'key_id',
  'request_id',
  'kind',
  'operation',
  'detail',
  'outcome',
];
const CASTS = ['::uuid', '::ltree', '', '', '::uuid', '', '', '', '::jsonb', ''];

/** Appends rows to `<schema>.audit_event` in one statement. */
export async function insertAuditRows(db: AuditDb, schema: string, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const start = values.length;
    values.push(
      row.districtId,
      row.actorPath,
      row.subject,
      row.role,
      row.keyId,
      row.requestId,
      row.kind,
      row.operation,
      JSON.stringify(row.detail),
      row.outcome,
    );
    return `(${CASTS.map((cast, i) => `$${start + i + 1}${cast}`).join(', ')})`;
  });
  await db.query(`INSERT INTO ${auditTableName(schema)} (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
}
