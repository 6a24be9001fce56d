import { EntityManager } from 'typeorm';

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
