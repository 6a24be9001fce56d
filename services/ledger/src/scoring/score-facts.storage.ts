import { onlyUuids } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';

export interface WindowRow {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: 'OPEN' | 'CLOSED';
}

export interface VoteRow {
  memberId: string;
  periodKey: string;
  counts: Record<string, number>;
}

export interface ConditionRow {
  memberId: string;
  code: string;
  occurredOn: string;
  note: string;
}

export interface ExemptionRow {
  memberId: string;
  from: string;
  reason: string;
  manualTotal: number | null;
}

export interface ScoringMemberRow {
  id: string;
  name: string;
  kind: 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
  status: 'ACTIVE' | 'EXEMPT' | 'TRANSFERRED_OUT';
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The members a branch scores (its groups' too), or the named ones. */
export async function membersToScore(
  db: EntityManager,
  branchPath: string,
  memberIds: readonly string[] | null,
): Promise<ScoringMemberRow[]> {
  return queryPrepared(
    db,
    `SELECT m.id, m.name, m.kind, m.status FROM ledger.member m
      WHERE m.org_path <@ $1::ltree AND m.status <> 'TRANSFERRED_OUT' AND ($2::uuid[] IS NULL OR m.id = ANY($2::uuid[]))
      ORDER BY m.member_no`,
    [branchPath, memberIds ? onlyUuids(memberIds) : null],
  );
}

/** The branch's publicity windows over periods overlapping [from, to]. */
export async function windowsOverlapping(
  db: EntityManager,
  branchId: string,
  from: string,
  to: string,
): Promise<WindowRow[]> {
  return queryPrepared(
    db,
    `SELECT id, to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd", status
       FROM ledger.publicity_window WHERE branch_id = $1 AND period_start <= $3 AND period_end >= $2`,
    [branchId, from, to],
  );
}

/** For each member, the windows in which an objection or appeal about them is still open. */
export async function openObjectionWindows(
  db: EntityManager,
  memberIds: readonly string[],
): Promise<{ memberId: string; windowId: string }[]> {
  return queryPrepared(
    db,
    `SELECT DISTINCT member_id AS "memberId", window_id AS "windowId" FROM ledger.objection
      WHERE member_id = ANY($1::uuid[]) AND status IN ('OPEN', 'APPEALED')`,
    [onlyUuids(memberIds)],
  );
}

/** The latest vote counts recorded for each member and period. */
export async function latestVotes(
  db: EntityManager,
  memberIds: readonly string[],
  periodKeys: readonly string[],
): Promise<VoteRow[]> {
  return queryPrepared(
    db,
    `SELECT DISTINCT ON (member_id, period_key) member_id AS "memberId", period_key AS "periodKey", counts
       FROM ledger.review_vote WHERE member_id = ANY($1::uuid[]) AND period_key = ANY($2::text[])
      ORDER BY member_id, period_key, recorded_at DESC, id`,
    [onlyUuids(memberIds), periodKeys],
  );
}

/** Conditions (vetoes, direct grades) in force: recorded with approval and not revoked. */
export async function conditionsFor(
  db: EntityManager,
  memberIds: readonly string[],
  from: string,
  to: string,
): Promise<ConditionRow[]> {
  return queryPrepared(
    db,
    `SELECT member_id AS "memberId", code, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", note FROM ledger.member_condition
      WHERE member_id = ANY($1::uuid[]) AND occurred_on BETWEEN $2 AND $3 AND revoked_at IS NULL`,
    [onlyUuids(memberIds), from, to],
  );
}

/** Exemptions in force: the approved request's start (or the decision recorded on the roster) and any score given by hand. */
export async function exemptionsFor(db: EntityManager, memberIds: readonly string[]): Promise<ExemptionRow[]> {
  const rows: Record<string, any>[] = await queryPrepared(
    db,
    `SELECT m.id AS member_id, coalesce(to_char(x.from_on, 'YYYY-MM-DD'), to_char(m.exempt_approved_on, 'YYYY-MM-DD')) AS from_on,
            m.exempt_reason, m.exempt_note, x.manual_total
       FROM ledger.member m
       LEFT JOIN LATERAL (SELECT from_on, manual_total FROM ledger.exemption_request r
                           WHERE r.member_id = m.id AND r.status = 'APPROVED' ORDER BY r.decided_on DESC, r.requested_at DESC LIMIT 1) x ON TRUE
      WHERE m.id = ANY($1::uuid[]) AND m.status = 'EXEMPT'`,
    [onlyUuids(memberIds)],
  );
  return rows.map((row) => ({
    memberId: row.member_id,
    from: row.from_on,
    reason: row.exempt_note || exemptionReasonLabel[row.exempt_reason] || '其他',
    manualTotal: num(row.manual_total),
  }));
}

const exemptionReasonLabel: Record<string, string> = {
  AGE: '年龄较大',
  ILLNESS: '患病',
  ABROAD: '长期出国(境)',
  OTHER: '其他',
};

/** Grades of earlier graded periods, oldest first. */
export async function earlierGrades(
  db: EntityManager,
  memberIds: readonly string[],
  kind: string,
  before: string,
): Promise<{ memberId: string; gradeCode: string }[]> {
  return queryPrepared(
    db,
    `SELECT member_id AS "memberId", grade_code AS "gradeCode" FROM ledger.period_score
      WHERE member_id = ANY($1::uuid[]) AND period_kind = $2 AND period_end < $3 AND grade_code IS NOT NULL
      ORDER BY member_id, period_start`,
    [onlyUuids(memberIds), kind, before],
  );
}
