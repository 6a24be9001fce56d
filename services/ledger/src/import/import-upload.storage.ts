import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { ImportFormat } from './import-types';

/** An import file waiting for its `importEntries`. */
export interface PendingUpload {
  id: string;
  branchId: string;
  format: ImportFormat;
  fileName: string;
  size: number;
  sha256: string;
  uploadedBy: string;
}

/**
 * Keeps an uploaded import file for `ttlSeconds`, and drops the ones whose time is over (nobody can use them any
 * more). Expiry runs on the database's clock (real time), like sessions, not on the register's day; answers when it ends.
 */
export async function insertPendingUpload(
  db: EntityManager,
  districtId: string,
  upload: PendingUpload,
  content: Buffer,
  ttlSeconds: number,
): Promise<string> {
  await db.query(`DELETE FROM ledger.pending_upload WHERE expires_at <= now()`);
  const [row]: { expiresAt: Date }[] = await db.query(
    `INSERT INTO ledger.pending_upload (id, district_id, org_id, format, file_name, size, sha256, content, uploaded_by, uploaded_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now() + make_interval(secs => $10))
     RETURNING expires_at AS "expiresAt"`,
    [
      upload.id,
      districtId,
      upload.branchId,
      upload.format,
      upload.fileName,
      upload.size,
      upload.sha256,
      content,
      upload.uploadedBy,
      ttlSeconds,
    ],
  );
  return new Date(row.expiresAt).toISOString();
}

/** The file `id`, only for the one who uploaded it, for that branch, before it expires; null otherwise (as if unknown). */
export async function findPendingUpload(
  db: EntityManager,
  id: string,
  branchId: string,
  uploadedBy: string,
): Promise<{ id: string; format: ImportFormat; content: Buffer } | null> {
  const rows: { id: string; format: ImportFormat; content: Buffer }[] = await db.query(
    `SELECT id, format, content FROM ledger.pending_upload WHERE id = ANY($1::uuid[]) AND org_id = $2 AND uploaded_by = $3 AND expires_at > now()`,
    [onlyUuids([id]), branchId, uploadedBy],
  );
  return rows[0] ?? null;
}

/** Takes the file for the import that writes its rows; false when another import took it first. */
export async function consumePendingUpload(db: EntityManager, id: string): Promise<boolean> {
  // TypeORM answers a DELETE with [rows, affected].
  const [, affected]: [unknown[], number] = await db.query(`DELETE FROM ledger.pending_upload WHERE id = $1`, [id]);
  return affected === 1;
}
