import { onlyUuids, Right } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { AccountRole, KeyRole } from './account-rules';

export interface AccountRecord {
  id: string;
  districtId: string;
  username: string;
  displayName: string;
  role: AccountRole;
  organizationId: string;
  organizationPath: string;
  organizationName: string;
  memberId: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

/** An account as login and refresh need it: with its hash and the scope it reaches today. */
export interface SigningInAccount extends AccountRecord {
  passwordHash: string;
  /** The node the account reaches now: its own node, or for a member the branch the member is on today. */
  scopePath: string | null;
  memberStatus: string | null;
}

export const accountColumns = `a.id, a.district_id AS "districtId", a.username, a.display_name AS "displayName", a.role, a.org_id AS "organizationId",
  o.path::text AS "organizationPath", o.name AS "organizationName", a.member_id AS "memberId", a.failed_logins AS "failedLogins", a.locked_until AS "lockedUntil",
  a.disabled_at AS "disabledAt", a.created_by AS "createdBy", a.created_at AS "createdAt"`;

const signingInColumns = `${accountColumns}, a.password_hash AS "passwordHash", m.status AS "memberStatus",
  CASE WHEN a.member_id IS NULL THEN o.path::text ELSE (
    SELECT b.path::text FROM ledger.organization b WHERE b.path @> m.org_path AND b.level = 'BRANCH' ORDER BY nlevel(b.path) DESC LIMIT 1
  ) END AS "scopePath"`;

const signingInFrom = `ledger.account a JOIN ledger.organization o ON o.id = a.org_id LEFT JOIN ledger.member m ON m.id = a.member_id`;

export async function accountForLogin(db: EntityManager, username: string): Promise<SigningInAccount | null> {
  const [row] = await db.query(
    `SELECT ${signingInColumns} FROM ${signingInFrom} WHERE lower(a.username) = lower($1) FOR UPDATE OF a`,
    [username],
  );
  return row ?? null;
}

export async function accountById(db: EntityManager, id: string, forUpdate = false): Promise<SigningInAccount | null> {
  const [row] = await db.query(
    `SELECT ${signingInColumns} FROM ${signingInFrom} WHERE a.id = ANY($1::uuid[])${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [onlyUuids([id])],
  );
  return row ?? null;
}

/** Accounts by id, limited to those whose node is in `scopePath` (null: all). */
export async function findAccounts(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
): Promise<AccountRecord[]> {
  return db.query(
    `SELECT ${accountColumns} FROM ledger.account a JOIN ledger.organization o ON o.id = a.org_id
      WHERE a.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree)`,
    [onlyUuids(ids), scopePath],
  );
}

/** The accounts at each node (not below it), by username. */
export async function accountsAt(db: EntityManager, orgIds: readonly string[]): Promise<AccountRecord[]> {
  return db.query(
    `SELECT ${accountColumns} FROM ledger.account a JOIN ledger.organization o ON o.id = a.org_id
      WHERE a.org_id = ANY($1::uuid[]) ORDER BY a.role, lower(a.username)`,
    [onlyUuids(orgIds)],
  );
}

export async function insertAccount(
  db: EntityManager,
  row: {
    id: string;
    districtId: string;
    username: string;
    displayName: string;
    role: AccountRole;
    organizationId: string;
    memberId: string | null;
    passwordHash: string;
    createdBy: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO ledger.account (id, district_id, username, display_name, role, org_id, member_id, password_hash, created_by, created_at, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
    [
      row.id,
      row.districtId,
      row.username,
      row.displayName,
      row.role,
      row.organizationId,
      row.memberId,
      row.passwordHash,
      row.createdBy,
      row.at,
    ],
  );
}

export async function setLoginState(
  db: EntityManager,
  id: string,
  failedLogins: number,
  lockedUntil: Date | null,
): Promise<void> {
  await db.query(`UPDATE ledger.account SET failed_logins = $2, locked_until = $3 WHERE id = $1`, [
    id,
    failedLogins,
    lockedUntil,
  ]);
}

export async function setPassword(db: EntityManager, id: string, passwordHash: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE ledger.account SET password_hash = $2, password_changed_at = $3, failed_logins = 0, locked_until = NULL WHERE id = $1`,
    [id, passwordHash, at],
  );
}

export async function setDisabled(db: EntityManager, id: string, at: Date | null): Promise<void> {
  await db.query(`UPDATE ledger.account SET disabled_at = $2 WHERE id = $1`, [id, at]);
}

export interface SessionRecord {
  id: string;
  accountId: string;
  expiresAt: Date;
  endedAt: Date | null;
}

export async function insertSession(
  db: EntityManager,
  row: { id: string; districtId: string; accountId: string; refreshHash: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO ledger.account_session (id, district_id, account_id, refresh_hash, created_at, refreshed_at, expires_at) VALUES ($1, $2, $3, $4, $5, $5, $6)`,
    [row.id, row.districtId, row.accountId, row.refreshHash, row.at, row.expiresAt],
  );
}

/** The session a refresh token opens, locked; or, for a token already replaced, the session it was replaced in (`retired`). */
export async function sessionOfRefresh(
  db: EntityManager,
  refreshHash: string,
): Promise<{ session: SessionRecord; retired: boolean } | null> {
  const columns = `s.id, s.account_id AS "accountId", s.expires_at AS "expiresAt", s.ended_at AS "endedAt"`;
  const [live] = await db.query(
    `SELECT ${columns} FROM ledger.account_session s WHERE s.refresh_hash = $1 FOR UPDATE`,
    [refreshHash],
  );
  if (live) return { session: live, retired: false };
  const [old] = await db.query(
    `SELECT ${columns} FROM ledger.account_session_retired r JOIN ledger.account_session s ON s.id = r.session_id WHERE r.refresh_hash = $1 FOR UPDATE OF s`,
    [refreshHash],
  );
  return old ? { session: old, retired: true } : null;
}

/** Replaces a session's refresh token; the old one is kept (hashed) so that a second use of it is recognised as theft. */
export async function rotateRefresh(
  db: EntityManager,
  sessionId: string,
  oldHash: string,
  newHash: string,
  at: Date,
  expiresAt: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO ledger.account_session_retired (refresh_hash, session_id, retired_at) VALUES ($1, $2, $3)`,
    [oldHash, sessionId, at],
  );
  await db.query(
    `UPDATE ledger.account_session SET refresh_hash = $2, refreshed_at = $3, expires_at = $4 WHERE id = $1`,
    [sessionId, newHash, at, expiresAt],
  );
}

/**
 * Ends the live sessions of one session, one account, the accounts of one member, or the accounts kept at any node
 * under a path (`underPath`: a subtree that moved, whose tokens name the old scope); answers how many it ended.
 */
export async function endSessions(
  db: EntityManager,
  where: { sessionId?: string; accountId?: string; memberId?: string; underPath?: string },
  at: Date,
  reason: string,
): Promise<number> {
  // A data-modifying CTE: the driver then answers plain rows (a bare UPDATE … RETURNING answers [rows, count]).
  const rows: unknown[] = await db.query(
    `WITH ended AS (
       UPDATE ledger.account_session SET ended_at = $3, end_reason = $4
        WHERE ended_at IS NULL
          AND (id = $1::uuid OR account_id = $2::uuid
               OR account_id IN (SELECT id FROM ledger.account WHERE member_id = $5::uuid)
               OR account_id IN (SELECT a.id FROM ledger.account a JOIN ledger.organization o ON o.id = a.org_id WHERE o.path <@ $6::ltree))
        RETURNING id
     )
     SELECT id FROM ended`,
    [where.sessionId ?? null, where.accountId ?? null, at, reason, where.memberId ?? null, where.underPath ?? null],
  );
  return rows.length;
}

/** Sessions ended after `from` (the gateway's feed of ended sessions; `account_session_ended_idx`). */
export async function sessionsEndedSince(db: EntityManager, from: Date): Promise<{ id: string; endedAt: Date }[]> {
  return db.query(
    `SELECT id, ended_at AS "endedAt" FROM ledger.account_session WHERE ended_at > $1 ORDER BY ended_at`,
    [from],
  );
}

export interface ApiKeyRecord {
  id: string;
  districtId: string;
  organizationId: string;
  organizationPath: string;
  name: string;
  role: KeyRole;
  rights: Right[];
  prefix: string;
  rateLimitPerMinute: number;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  lastUsedAt: Date | null;
}

export const keyColumns = `k.id, k.district_id AS "districtId", k.org_id AS "organizationId", o.path::text AS "organizationPath", k.name, k.role, k.rights,
  k.prefix, k.rate_limit_per_minute AS "rateLimitPerMinute", k.created_by AS "createdBy", k.created_at AS "createdAt",
  k.revoked_at AS "revokedAt", k.revoked_by AS "revokedBy", k.last_used_at AS "lastUsedAt"`;

export async function insertApiKey(
  db: EntityManager,
  row: {
    id: string;
    districtId: string;
    organizationId: string;
    name: string;
    role: KeyRole;
    rights: readonly Right[];
    prefix: string;
    secretHash: string;
    rateLimitPerMinute: number;
    createdBy: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO ledger.api_key (id, district_id, org_id, name, role, rights, prefix, secret_hash, rate_limit_per_minute, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      row.id,
      row.districtId,
      row.organizationId,
      row.name,
      row.role,
      row.rights,
      row.prefix,
      row.secretHash,
      row.rateLimitPerMinute,
      row.createdBy,
      row.at,
    ],
  );
}

export async function findApiKeys(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
): Promise<ApiKeyRecord[]> {
  return db.query(
    `SELECT ${keyColumns} FROM ledger.api_key k JOIN ledger.organization o ON o.id = k.org_id
      WHERE k.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree)${forUpdate ? ' FOR UPDATE OF k' : ''}`,
    [onlyUuids(ids), scopePath],
  );
}

export async function apiKeysAt(db: EntityManager, orgIds: readonly string[]): Promise<ApiKeyRecord[]> {
  return db.query(
    `SELECT ${keyColumns} FROM ledger.api_key k JOIN ledger.organization o ON o.id = k.org_id
      WHERE k.org_id = ANY($1::uuid[]) ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC`,
    [onlyUuids(orgIds)],
  );
}

export async function revokeApiKey(db: EntityManager, id: string, by: string, at: Date): Promise<void> {
  await db.query(`UPDATE ledger.api_key SET revoked_at = $3, revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL`, [
    id,
    by,
    at,
  ]);
}

export interface KeyUse {
  id: string;
  name: string;
  organizationName: string;
  role: KeyRole;
  rights: Right[];
  scopePath: string;
  used: number;
  limit: number;
  windowStart: Date;
}

/**
 * One statement per call with a key: finds a live key by its hash, records the use and counts it in the
 * current minute's window (the window restarts a minute after it began). A revoked key is not found.
 */
export async function useApiKey(db: EntityManager, secretHash: string, at: Date): Promise<KeyUse | null> {
  // A data-modifying CTE: the driver then answers plain rows (a bare UPDATE … RETURNING answers [rows, count]).
  const [row] = await db.query(
    `WITH used AS (
       UPDATE ledger.api_key k SET
          last_used_at = $2,
          window_start = CASE WHEN k.window_start > $2::timestamptz - interval '1 minute' THEN k.window_start ELSE $2 END,
          window_count = CASE WHEN k.window_start > $2::timestamptz - interval '1 minute' THEN k.window_count + 1 ELSE 1 END
         FROM ledger.organization o
        WHERE k.secret_hash = $1 AND k.revoked_at IS NULL AND o.id = k.org_id
        RETURNING k.id, k.name, o.name AS "organizationName", k.role, k.rights, o.path::text AS "scopePath", k.window_count AS used, k.rate_limit_per_minute AS limit, k.window_start AS "windowStart"
     )
     SELECT * FROM used`,
    [secretHash, at],
  );
  return row ?? null;
}
