import { onlyUuids, Right } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { KeyRole } from './account-rules';

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
