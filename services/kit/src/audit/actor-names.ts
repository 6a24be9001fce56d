import DataLoader from 'dataloader';
import { Caller } from '../context/caller';
import { AuditDb } from './audit-event';

/**
 * Who did something, as people read it, kept true to the time of the action. Every record names its actor by subject
 * (`account:<id>`, `key:<id>`, `system`: what machines compare); each service also keeps `<schema>.actor_name`, the
 * names each subject has acted under and since when, written when a caller first acts under a name (the subgraph
 * server does it before a mutation runs). `<schema>.actor_name_at(subject, at)` answers the name a subject acted
 * under at an instant, so that a record keeps the name its actor had when it was made even after the name changes.
 * The name comes with the caller (Caller.name, carried in the session token from the ledger): no service asks
 * another who an account is.
 */
function schemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${JSON.stringify(schema)}`);
  return `"${schema}"`;
}

/** The SQL expression naming the actor `subjectSql` at `atSql`, with the platform's labels for subjects never named. */
export function actorNameSql(schema: string, subjectSql: string, atSql: string): string {
  const s = schemaName(schema);
  return `${s}.actor_name_at(${subjectSql}, ${atSql})`;
}

/** What a service's migration runs to keep names: the table and the function that reads it. */
export function actorNameStatements(schema: string): string[] {
  const s = schemaName(schema);
  return [
    `CREATE TABLE ${s}.actor_name (
      subject text NOT NULL,
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      since timestamptz NOT NULL DEFAULT clock_timestamp(),
      PRIMARY KEY (subject, since)
    )`,
    // The latest name given at or before the instant; for an instant before any (a clock set back in tests, a
    // record older than names), the first name; for a subject never named, the label of its kind (fallbackActorName).
    `CREATE FUNCTION ${s}.actor_name_at(p_subject text, p_at timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT COALESCE(
        (SELECT n.name FROM ${s}.actor_name n WHERE n.subject = p_subject
          ORDER BY n.since <= p_at DESC, CASE WHEN n.since <= p_at THEN n.since END DESC NULLS LAST, n.since
          LIMIT 1),
        CASE
          WHEN p_subject IS NULL THEN NULL
          WHEN p_subject IN ('system', 'gateway') THEN '平台'
          WHEN p_subject = 'anonymous' THEN '未登录的访问者'
          WHEN p_subject LIKE 'key:%' THEN '接口密钥'
          ELSE '账号（未记录姓名）'
        END)
    $$`,
  ];
}

/** What a service's name migration runs in `up`. */
export async function createActorNames(q: AuditDb, schema: string): Promise<void> {
  for (const statement of actorNameStatements(schema)) await q.query(statement);
}

/** What it runs in `down`. */
export async function dropActorNames(q: AuditDb, schema: string): Promise<void> {
  const s = schemaName(schema);
  await q.query(`DROP FUNCTION ${s}.actor_name_at(text, timestamptz)`);
  await q.query(`DROP TABLE ${s}.actor_name`);
}

/** Records the caller's name unless it is already the latest the subject acted under. Callers without a name are skipped. */
export async function recordActorName(db: AuditDb, schema: string, caller: Caller): Promise<void> {
  const name = caller.name?.trim();
  if (!name) return;
  const s = schemaName(schema);
  await db.query(
    `INSERT INTO ${s}.actor_name (subject, name)
     SELECT $1, $2 WHERE NOT EXISTS (
       SELECT 1 FROM (SELECT n.name FROM ${s}.actor_name n WHERE n.subject = $1 ORDER BY n.since DESC LIMIT 1) latest
        WHERE latest.name = $2)
     ON CONFLICT DO NOTHING`,
    [caller.subject, name],
  );
}

/**
 * `recordActorName` with a memory of the names this process has recorded, so that a caller's name costs one
 * statement per process rather than one per mutation. Forgets everything past `limit` names.
 */
export function actorNameRecorder(db: AuditDb, schema: string, limit = 10_000): (caller: Caller) => Promise<void> {
  const recorded = new Map<string, string>();
  return async (caller) => {
    const name = caller.name?.trim();
    if (!name || recorded.get(caller.subject) === name) return;
    await recordActorName(db, schema, caller);
    if (recorded.size >= limit) recorded.clear();
    recorded.set(caller.subject, name);
  };
}

/** Who acted and when: what a record keeps of its actor. `at` null: now (a record that keeps no time of its own). */
export interface ActorAt {
  subject: string;
  at: string | Date | null;
}

/**
 * The names of many actors at their instants in one statement, for the `…ByName` fields of a request (a DataLoader
 * built per request: `actorNames(db, schema)`).
 */
function actorNamesLoader(db: AuditDb, schema: string): DataLoader<ActorAt, string, string> {
  const s = schemaName(schema);
  return new DataLoader<ActorAt, string, string>(
    async (keys) => {
      const rows = (await db.query(
        `SELECT ${s}.actor_name_at(k.subject, COALESCE(k.at, clock_timestamp())) AS name
           FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS k(subject, at, n) ORDER BY k.n`,
        [keys.map((k) => k.subject), keys.map((k) => (k.at === null ? null : new Date(k.at).toISOString()))],
      )) as { name: string }[];
      return rows.map((row) => row.name);
    },
    { cacheKeyFn: (k) => `${k.subject}\u0000${k.at === null ? '' : new Date(k.at).toISOString()}` },
  );
}

const loadersOfRequest = new WeakMap<object, DataLoader<ActorAt, string, string>>();

/** The request's loader of actor names (one per request context, made on first use). */
export function actorNamesOf(context: object, db: AuditDb, schema: string): DataLoader<ActorAt, string, string> {
  let loader = loadersOfRequest.get(context);
  if (!loader) {
    loader = actorNamesLoader(db, schema);
    loadersOfRequest.set(context, loader);
  }
  return loader;
}

/** One actor's name at an instant, for a message said inside a transaction (a conflict naming who got there first). */
export async function actorNameAt(db: AuditDb, schema: string, subject: string, at: string | Date): Promise<string> {
  const [row] = (await db.query(`SELECT ${actorNameSql(schema, '$1::text', '$2::timestamptz')} AS name`, [
    subject,
    new Date(at).toISOString(),
  ])) as { name: string }[];
  return row.name;
}
