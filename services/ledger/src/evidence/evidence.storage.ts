import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { sqlInstant } from '../sql-format';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { BranchRef } from '../scoring/score-keeper';

export interface EvidenceRecord {
  id: string;
  branchId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export async function insertEvidence(db: EntityManager, districtId: string, record: EvidenceRecord, content: Buffer): Promise<void> {
  await db.query(
    `INSERT INTO ledger.evidence (id, district_id, org_id, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [record.id, districtId, record.branchId, record.fileName, record.contentType, record.size, record.sha256, content, record.uploadedBy, record.uploadedAt],
  );
}

const columns = `e.id, e.org_id AS "branchId", e.file_name AS "fileName", e.content_type AS "contentType", e.size, e.sha256,
  e.uploaded_by AS "uploadedBy", ${sqlInstant('e.uploaded_at', 'uploadedAt')}`;

/** `$n` is a member's own id (or null): the evidence must belong to one of their entries. */
const ofMembersEntries = (n: number) =>
  `($${n}::uuid IS NULL OR EXISTS (SELECT 1 FROM ledger.entry x WHERE x.member_id = $${n}::uuid AND x.branch_id = e.org_id AND e.id = ANY(x.evidence_ids)))`;

/** Evidence by id within the caller's scope, without the bytes; for a member (`onlyMemberId`), only that of their own entries. */
export async function findEvidence(db: EntityManager, ids: readonly string[], scopePath: string | null, onlyMemberId: string | null = null): Promise<EvidenceRecord[]> {
  return db.query(
    `SELECT ${columns} FROM ledger.evidence e JOIN ledger.organization o ON o.id = e.org_id
      WHERE e.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree) AND ${ofMembersEntries(3)}`,
    [onlyUuids(ids), scopePath, onlyMemberId],
  );
}

/** One file with its bytes, for download, under the same limits as `findEvidence`. */
export async function evidenceContent(db: EntityManager, id: string, scopePath: string | null, onlyMemberId: string | null = null): Promise<(EvidenceRecord & { content: Buffer }) | null> {
  const rows = await db.query(
    `SELECT ${columns}, e.content FROM ledger.evidence e JOIN ledger.organization o ON o.id = e.org_id
      WHERE e.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree) AND ${ofMembersEntries(3)}`,
    [onlyUuids([id]), scopePath, onlyMemberId],
  );
  return rows[0] ?? null;
}

/** Refuses evidence that is not the branch's own upload. */
export async function assertEvidenceInBranch(db: EntityManager, branch: BranchRef, ids: readonly string[]): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const rows: { id: string }[] = await db.query(`SELECT id FROM ledger.evidence WHERE id = ANY($1::uuid[]) AND org_id = $2`, [onlyUuids(wanted), branch.id]);
  const missing = wanted.find((id) => !rows.some((r) => r.id === id));
  if (missing) throw new LedgerError(LedgerErrorCode.EVIDENCE_NOT_FOUND, `找不到编号为 ${missing} 的证明材料，请先上传到${branch.name}`, { evidenceId: missing });
}
