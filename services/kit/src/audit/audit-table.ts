import { QueryRunner } from 'typeorm';

/** A service's Postgres schema name, checked before it goes into SQL (it cannot be a parameter). */
export function auditTableName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${JSON.stringify(schema)}`);
  return `"${schema}".audit_event`;
}

/**
 * The audit log of one service: one row per root mutation field and per export, append-only. `actor_path` is
 * the caller's scope (null for the platform and for anonymous callers), so that a committee reads what was
 * done inside its scope; `district_id` is its first label, the key the table can later be distributed by.
 */
export function auditTableStatements(schema: string): string[] {
  const table = auditTableName(schema);
  const refuse = `"${schema}".audit_event_refuse_change`;
  return [
    `CREATE TABLE ${table} (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      district_id uuid,
      actor_path public.ltree,
      subject text NOT NULL,
      role text NOT NULL,
      key_id uuid,
      request_id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('WRITE', 'EXPORT')),
      operation text NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}',
      outcome text NOT NULL
    )`,
    `CREATE INDEX audit_event_actor_path_gist ON ${table} USING gist (actor_path)`,
    `CREATE INDEX audit_event_district_at ON ${table} (district_id, at DESC, id DESC)`,
    `CREATE FUNCTION ${refuse}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '审计日志只能追加，不能修改或删除' USING ERRCODE = 'integrity_constraint_violation';
      END $$`,
    `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${refuse}()`,
    `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${refuse}()`,
  ];
}

/** What a service's audit migration runs in `up`. */
export async function createAuditTable(q: Pick<QueryRunner, 'query'>, schema: string): Promise<void> {
  for (const statement of auditTableStatements(schema)) await q.query(statement);
}

/** What it runs in `down`: the table goes (with its triggers), then the function. */
export async function dropAuditTable(q: Pick<QueryRunner, 'query'>, schema: string): Promise<void> {
  await q.query(`DROP TABLE ${auditTableName(schema)}`);
  await q.query(`DROP FUNCTION "${schema}".audit_event_refuse_change()`);
}
