import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { sqlDay, sqlInstant } from '../sql-format';

export interface VoteRecord {
  id: string;
  memberId: string;
  periodKey: string;
  counts: Record<string, number>;
  recordedBy: string;
  recordedAt: string;
}

export interface ConditionRecord {
  id: string;
  districtId: string;
  branchId: string;
  memberId: string;
  code: string;
  occurredOn: string;
  note: string;
  evidenceIds: string[];
  approvedBy: string;
  approvedOn: string;
  recordedBy: string;
  recordedAt: string;
  revokedReason: string | null;
  revokedBy: string | null;
  revokedAt: string | null;
}

export interface ExemptionRequestRecord {
  id: string;
  districtId: string;
  branchId: string;
  memberId: string;
  reason: string;
  note: string | null;
  fromOn: string;
  status: 'REQUESTED' | 'ASSEMBLY_AGREED' | 'APPROVED' | 'REJECTED';
  requestedBy: string;
  requestedAt: string;
  assemblyOn: string | null;
  assemblyAgreed: boolean | null;
  decidedBy: string | null;
  decidedOn: string | null;
  decisionNote: string | null;
}

export async function insertVotes(
  db: EntityManager,
  districtId: string,
  branchId: string,
  votes: readonly VoteRecord[],
): Promise<void> {
  if (votes.length === 0) return;
  await db.query(
    `INSERT INTO ledger.review_vote (id, district_id, branch_id, member_id, period_key, counts, recorded_by, recorded_at)
     SELECT x.id, $2, $3, x."memberId", x."periodKey", x.counts, x."recordedBy", x."recordedAt"
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "memberId" uuid, "periodKey" text, counts jsonb, "recordedBy" text, "recordedAt" timestamptz)`,
    [JSON.stringify(votes), districtId, branchId],
  );
}

const conditionColumns = `c.id, c.district_id AS "districtId", c.branch_id AS "branchId", c.member_id AS "memberId", c.code, ${sqlDay('c.occurred_on', 'occurredOn')},
  c.note, c.evidence_ids::text[] AS "evidenceIds", c.approved_by AS "approvedBy", ${sqlDay('c.approved_on', 'approvedOn')}, c.recorded_by AS "recordedBy",
  ${sqlInstant('c.recorded_at', 'recordedAt')}, c.revoked_reason AS "revokedReason", c.revoked_by AS "revokedBy", ${sqlInstant('c.revoked_at', 'revokedAt')}`;

export async function insertCondition(db: EntityManager, record: ConditionRecord): Promise<void> {
  await db.query(
    `INSERT INTO ledger.member_condition (id, district_id, branch_id, member_id, code, occurred_on, note, evidence_ids, approved_by, approved_on, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11, $12)`,
    [
      record.id,
      record.districtId,
      record.branchId,
      record.memberId,
      record.code,
      record.occurredOn,
      record.note,
      record.evidenceIds,
      record.approvedBy,
      record.approvedOn,
      record.recordedBy,
      record.recordedAt,
    ],
  );
}

export async function revokeCondition(
  db: EntityManager,
  id: string,
  reason: string,
  by: string,
  at: string,
): Promise<void> {
  await db.query(
    `UPDATE ledger.member_condition SET revoked_reason = $2, revoked_by = $3, revoked_at = $4 WHERE id = $1`,
    [id, reason, by, at],
  );
}

export async function findConditions(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
): Promise<ConditionRecord[]> {
  return db.query(
    `SELECT ${conditionColumns} FROM ledger.member_condition c JOIN ledger.organization o ON o.id = c.branch_id
      WHERE c.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree)${forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [onlyUuids(ids), scopePath],
  );
}

export async function conditionsOfMembers(db: EntityManager, memberIds: readonly string[]): Promise<ConditionRecord[]> {
  return db.query(
    `SELECT ${conditionColumns} FROM ledger.member_condition c WHERE c.member_id = ANY($1::uuid[]) ORDER BY c.occurred_on`,
    [onlyUuids(memberIds)],
  );
}

export async function votesOfMembers(db: EntityManager, memberIds: readonly string[]): Promise<VoteRecord[]> {
  return db.query(
    `SELECT DISTINCT ON (member_id, period_key) id, member_id AS "memberId", period_key AS "periodKey", counts, recorded_by AS "recordedBy", ${sqlInstant('recorded_at', 'recordedAt')}
       FROM ledger.review_vote WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, period_key, recorded_at DESC, id`,
    [onlyUuids(memberIds)],
  );
}

const exemptionColumns = `x.id, x.district_id AS "districtId", x.branch_id AS "branchId", x.member_id AS "memberId", x.reason, x.note, ${sqlDay('x.from_on', 'fromOn')},
  x.status, x.requested_by AS "requestedBy", ${sqlInstant('x.requested_at', 'requestedAt')}, ${sqlDay('x.assembly_on', 'assemblyOn')}, x.assembly_agreed AS "assemblyAgreed",
  x.decided_by AS "decidedBy", ${sqlDay('x.decided_on', 'decidedOn')}, x.decision_note AS "decisionNote"`;

export async function insertExemptionRequest(db: EntityManager, record: ExemptionRequestRecord): Promise<void> {
  await db.query(
    `INSERT INTO ledger.exemption_request (id, district_id, branch_id, member_id, reason, note, from_on, status, requested_by, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.id,
      record.districtId,
      record.branchId,
      record.memberId,
      record.reason,
      record.note,
      record.fromOn,
      record.status,
      record.requestedBy,
      record.requestedAt,
    ],
  );
}

export async function saveExemptionRequest(
  db: EntityManager,
  record: ExemptionRequestRecord,
  recordedBy: string | null,
): Promise<void> {
  await db.query(
    `UPDATE ledger.exemption_request SET status = $2, assembly_on = $3, assembly_agreed = $4, assembly_recorded_by = coalesce($5, assembly_recorded_by),
            decided_by = $6, decided_on = $7, decision_note = $8 WHERE id = $1`,
    [
      record.id,
      record.status,
      record.assemblyOn,
      record.assemblyAgreed,
      recordedBy,
      record.decidedBy,
      record.decidedOn,
      record.decisionNote,
    ],
  );
}

export async function findExemptionRequests(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
): Promise<ExemptionRequestRecord[]> {
  return db.query(
    `SELECT ${exemptionColumns} FROM ledger.exemption_request x JOIN ledger.organization o ON o.id = x.branch_id
      WHERE x.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree)${forUpdate ? ' FOR UPDATE OF x' : ''}`,
    [onlyUuids(ids), scopePath],
  );
}

/** Sets the roster's exemption from an approved request (the member then stays out of grades and quotas). */
export async function markExempt(
  db: EntityManager,
  memberId: string,
  request: ExemptionRequestRecord,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE ledger.member SET status = 'EXEMPT', exempt_reason = $2, exempt_note = $3, exempt_assembly_on = $4, exempt_approved_by = $5,
            exempt_approved_on = $6, updated_at = $7 WHERE id = $1`,
    [memberId, request.reason, request.note, request.assemblyOn, request.decidedBy, request.decidedOn, now],
  );
}
