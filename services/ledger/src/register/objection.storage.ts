import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import type { MemberReach } from '../ledger-access';
import { sqlInstant } from '../sql-format';
import { ObjectionStatus } from './objection-workflow';

export interface ObjectionRecord {
  id: string;
  districtId: string;
  branchId: string;
  windowId: string;
  memberId: string;
  entryId: string | null;
  status: ObjectionStatus;
  content: string;
  raisedBy: string;
  raisedAt: string;
  answer: string | null;
  upheld: boolean | null;
  answeredBy: string | null;
  answeredAt: string | null;
  appealText: string | null;
  appealedBy: string | null;
  appealedAt: string | null;
  appealDecision: string | null;
  appealUpheld: boolean | null;
  appealDecidedBy: string | null;
  appealDecidedAt: string | null;
}

const columns = `x.id, x.district_id AS "districtId", x.branch_id AS "branchId", x.window_id AS "windowId", x.member_id AS "memberId",
  x.entry_id AS "entryId", x.status, x.content, x.raised_by AS "raisedBy", ${sqlInstant('x.raised_at', 'raisedAt')}, x.answer, x.upheld,
  x.answered_by AS "answeredBy", ${sqlInstant('x.answered_at', 'answeredAt')}, x.appeal_text AS "appealText", x.appealed_by AS "appealedBy",
  ${sqlInstant('x.appealed_at', 'appealedAt')}, x.appeal_decision AS "appealDecision", x.appeal_upheld AS "appealUpheld",
  x.appeal_decided_by AS "appealDecidedBy", ${sqlInstant('x.appeal_decided_at', 'appealDecidedAt')}`;

export async function insertObjection(db: EntityManager, record: ObjectionRecord): Promise<void> {
  await db.query(
    `INSERT INTO ledger.objection (id, district_id, branch_id, window_id, member_id, entry_id, status, content, raised_by, raised_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.id,
      record.districtId,
      record.branchId,
      record.windowId,
      record.memberId,
      record.entryId,
      record.status,
      record.content,
      record.raisedBy,
      record.raisedAt,
    ],
  );
}

/** Writes the objection's current status and what the step added. */
export async function saveObjection(db: EntityManager, record: ObjectionRecord): Promise<void> {
  await db.query(
    `UPDATE ledger.objection SET status = $2, answer = $3, upheld = $4, answered_by = $5, answered_at = $6, appeal_text = $7, appealed_by = $8,
            appealed_at = $9, appeal_decision = $10, appeal_upheld = $11, appeal_decided_by = $12, appeal_decided_at = $13 WHERE id = $1`,
    [
      record.id,
      record.status,
      record.answer,
      record.upheld,
      record.answeredBy,
      record.answeredAt,
      record.appealText,
      record.appealedBy,
      record.appealedAt,
      record.appealDecision,
      record.appealUpheld,
      record.appealDecidedBy,
      record.appealDecidedAt,
    ],
  );
}

/** `$n`, `$n+1`: a member's own id and account (or nulls): only objections about them or raised by them. */
const reachClause = (n: number) =>
  `($${n}::uuid IS NULL OR x.member_id = $${n}::uuid OR x.raised_by = $${n + 1}::text)`;
const reachParams = (reach: MemberReach | null) => [reach?.memberId ?? null, reach?.subject ?? null];

export async function findObjections(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
  reach: MemberReach | null = null,
): Promise<ObjectionRecord[]> {
  return db.query(
    `SELECT ${columns} FROM ledger.objection x JOIN ledger.organization o ON o.id = x.branch_id
      WHERE x.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree) AND ${reachClause(3)}${forUpdate ? ' FOR UPDATE OF x' : ''}`,
    [onlyUuids(ids), scopePath, ...reachParams(reach)],
  );
}

/** Objections under a node, optionally by status, newest first; for a member (`reach`), only theirs. */
export async function objectionsUnder(
  db: EntityManager,
  nodePath: string,
  statuses: readonly ObjectionStatus[] | null,
  limit: number,
  reach: MemberReach | null = null,
): Promise<ObjectionRecord[]> {
  return db.query(
    `SELECT ${columns} FROM ledger.objection x JOIN ledger.organization o ON o.id = x.branch_id
      WHERE o.path <@ $1::ltree AND ($2::text[] IS NULL OR x.status = ANY($2::text[])) AND ${reachClause(4)} ORDER BY x.raised_at DESC LIMIT $3`,
    [nodePath, statuses, limit, ...reachParams(reach)],
  );
}

export async function objectionsOfWindows(
  db: EntityManager,
  windowIds: readonly string[],
  reach: MemberReach | null = null,
): Promise<ObjectionRecord[]> {
  return db.query(
    `SELECT ${columns} FROM ledger.objection x WHERE x.window_id = ANY($1::uuid[]) AND ${reachClause(2)} ORDER BY x.raised_at`,
    [onlyUuids(windowIds), ...reachParams(reach)],
  );
}
