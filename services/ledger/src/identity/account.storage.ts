import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { AccountRole } from './account-rules';

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
