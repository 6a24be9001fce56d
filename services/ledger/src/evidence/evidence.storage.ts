import { onlyUuids } from '@jifen/kit';
import type { MemberReach } from '../ledger-access';
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

export async function insertEvidence(
  db: EntityManager,
  districtId: string,
  record: EvidenceRecord,
  content: Buffer,
): Promise<void> {
  await db.query(
    `INSERT INTO ledger.evidence (id, district_id, org_id, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.id,
      districtId,
      record.branchId,
      record.fileName,
      record.contentType,
      record.size,
      record.sha256,
      content,
      record.uploadedBy,
      record.uploadedAt,
    ],
  );
}

const columns = `e.id, e.org_id AS "branchId", e.file_name AS "fileName", e.content_type AS "contentType", e.size, e.sha256,
  e.uploaded_by AS "uploadedBy", ${sqlInstant('e.uploaded_at', 'uploadedAt')}`;

/**
 * `$n` is a member's own id (or null), `$n+1` their subject: the evidence must be on one of their entries, and
 * either their own upload or attached by someone else (the recorder who declared for them). A file another
 * member uploaded, attached by this member to their own declaration, stays unseen (the attaching is refused
 * today; this keeps rows written before that closed too).
 */
const ofMembersEntries = (n: number) =>
  `($${n}::uuid IS NULL OR EXISTS (SELECT 1 FROM ledger.entry x WHERE x.member_id = $${n}::uuid AND x.branch_id = e.org_id AND e.id = ANY(x.evidence_ids)
     AND (e.uploaded_by = $${n + 1}::text OR x.declared_by <> $${n + 1}::text)))`;

/** Evidence by id within the caller's scope, without the bytes; for a member (`reach`), only that of their own entries. */
export async function findEvidence(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  reach: MemberReach | null = null,
): Promise<EvidenceRecord[]> {
  return db.query(
    `SELECT ${columns} FROM ledger.evidence e JOIN ledger.organization o ON o.id = e.org_id
      WHERE e.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree) AND ${ofMembersEntries(3)}`,
    [onlyUuids(ids), scopePath, reach?.memberId ?? null, reach?.subject ?? null],
  );
}

/** One file with its bytes, for download, under the same limits as `findEvidence`. */
export async function evidenceContent(
  db: EntityManager,
  id: string,
  scopePath: string | null,
  reach: MemberReach | null = null,
): Promise<(EvidenceRecord & { content: Buffer }) | null> {
  const rows = await db.query(
    `SELECT ${columns}, e.content FROM ledger.evidence e JOIN ledger.organization o ON o.id = e.org_id
      WHERE e.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree) AND ${ofMembersEntries(3)}`,
    [onlyUuids([id]), scopePath, reach?.memberId ?? null, reach?.subject ?? null],
  );
  return rows[0] ?? null;
}

/**
 * Refuses evidence that is not the branch's own upload; with `uploadedBy` (a member declaring), evidence that is
 * not theirs: another member's file answers exactly as an unknown id, so attaching it reveals nothing.
 */
export async function assertEvidenceInBranch(
  db: EntityManager,
  branch: BranchRef,
  ids: readonly string[],
  uploadedBy: string | null = null,
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM ledger.evidence WHERE id = ANY($1::uuid[]) AND org_id = $2 AND ($3::text IS NULL OR uploaded_by = $3::text)`,
    [onlyUuids(wanted), branch.id, uploadedBy],
  );
  const missing = wanted.find((id) => !rows.some((r) => r.id === id));
  if (missing)
    throw new LedgerError(
      LedgerErrorCode.EVIDENCE_NOT_FOUND,
      `找不到编号为 ${missing} 的证明材料，请先上传到${branch.name}`,
      { evidenceId: missing },
    );
}
