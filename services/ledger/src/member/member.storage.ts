import { onlyUuids } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { ExemptionReason, Gender, MemberKind, MemberStatus } from './member-kind';
import { MemberEntity } from './member.entity';
import { MemberTransferEntity } from './member-transfer.entity';

export interface MemberRecord {
  id: string;
  districtId: string;
  organizationId: string;
  orgPath: string;
  memberNo: string;
  name: string;
  gender: Gender;
  kind: MemberKind;
  status: MemberStatus;
  joinDate: string | null;
  birthDate: string;
  exemption: {
    reason: ExemptionReason;
    note: string | null;
    assemblyOn: string | null;
    approvedBy: string;
    approvedOn: string;
  } | null;
}

export interface TransferRecord {
  id: string;
  memberId: string;
  fromOrganizationId: string;
  toOrganizationId: string | null;
  transferredOn: string;
  reason: string;
  recordedBy: string;
}

const memberColumns = `m.id, m.district_id, m.org_id, m.org_path::text AS org_path, m.member_no, m.name, m.gender, m.kind, m.status,
  to_char(m.join_date, 'YYYY-MM-DD') AS join_date, to_char(m.birth_date, 'YYYY-MM-DD') AS birth_date,
  m.exempt_reason, m.exempt_note, to_char(m.exempt_assembly_on, 'YYYY-MM-DD') AS exempt_assembly_on,
  m.exempt_approved_by, to_char(m.exempt_approved_on, 'YYYY-MM-DD') AS exempt_approved_on`;

/** The one place where a member row becomes a domain record. */
function toRecord(row: Record<string, any>): MemberRecord {
  return {
    id: row.id,
    districtId: row.district_id,
    organizationId: row.org_id,
    orgPath: row.org_path,
    memberNo: row.member_no,
    name: row.name,
    gender: row.gender,
    kind: row.kind,
    status: row.status,
    joinDate: row.join_date,
    birthDate: row.birth_date,
    exemption: row.exempt_reason
      ? {
          reason: row.exempt_reason,
          note: row.exempt_note,
          assemblyOn: row.exempt_assembly_on,
          approvedBy: row.exempt_approved_by,
          approvedOn: row.exempt_approved_on,
        }
      : null,
  };
}

/** Members by id in the scope; `onlyMemberId` (a member's own id, see `memberLimit`) narrows it to that one member. */
export async function findMembers(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
  onlyMemberId: string | null = null,
): Promise<MemberRecord[]> {
  const params: unknown[] = [onlyUuids(ids)];
  let where = 'm.id = ANY($1::uuid[])';
  if (scopePath !== null) {
    params.push(scopePath);
    where += ` AND m.org_path <@ $${params.length}::ltree`;
  }
  if (onlyMemberId !== null) {
    params.push(onlyMemberId);
    where += ` AND m.id = $${params.length}::uuid`;
  }
  const rows = await db.query(
    `SELECT ${memberColumns} FROM ledger.member m WHERE ${where}${forUpdate ? ' FOR UPDATE' : ''}`,
    params,
  );
  return rows.map(toRecord);
}

export enum MemberOrder {
  MEMBER_NO = 'MEMBER_NO',
  TOTAL_DESC = 'TOTAL_DESC',
  TOTAL_ASC = 'TOTAL_ASC',
}

export interface PageArgs {
  status: MemberStatus | null;
  /** A member's own id (see `memberLimit`): the page holds only them. */
  onlyMemberId?: string | null;
  first: number;
  offset: number;
  /** The period whose totals order the page (required for the TOTAL orders). */
  period?: string | null;
  orderBy?: MemberOrder;
}

const orderClauses: Record<MemberOrder, string> = {
  MEMBER_NO: 'm.member_no',
  TOTAL_DESC: 'ps.total DESC NULLS LAST, m.member_no',
  TOTAL_ASC: 'ps.total ASC NULLS LAST, m.member_no',
};

/** One page of members under each of several nodes, with each node's total, in one statement. */
export async function pageMembersUnder(
  db: EntityManager,
  orgIds: readonly string[],
  args: PageArgs,
): Promise<{ orgId: string; total: number; members: MemberRecord[] }[]> {
  const statusCondition = `${args.status ? 'm.status = $2' : "m.status <> 'TRANSFERRED_OUT' AND $2::text IS NULL"} AND ($6::uuid IS NULL OR m.id = $6::uuid)`;
  const rows = await queryPrepared(
    db,
    `SELECT o.id AS owner_id, t.total, p.*
       FROM ledger.organization o
       CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM ledger.member m WHERE m.org_path <@ o.path AND ${statusCondition}) t
       LEFT JOIN LATERAL (
         SELECT ${memberColumns} FROM ledger.member m
           LEFT JOIN ledger.period_score ps ON ps.member_id = m.id AND ps.period_key = $5
          WHERE m.org_path <@ o.path AND ${statusCondition}
          ORDER BY ${orderClauses[args.orderBy ?? MemberOrder.MEMBER_NO]} LIMIT $3 OFFSET $4) p ON TRUE
      WHERE o.id = ANY($1::uuid[])`,
    [onlyUuids(orgIds), args.status, args.first, args.offset, args.period ?? null, args.onlyMemberId ?? null],
  );
  const pages = new Map<string, { orgId: string; total: number; members: MemberRecord[] }>();
  for (const row of rows) {
    let page = pages.get(row.owner_id);
    if (!page) pages.set(row.owner_id, (page = { orgId: row.owner_id, total: row.total, members: [] }));
    if (row.id) page.members.push(toRecord(row));
  }
  return [...pages.values()];
}

export async function findTransfers(
  db: EntityManager,
  memberIds: readonly string[],
  onlyMemberId: string | null = null,
): Promise<TransferRecord[]> {
  return db.query(
    `SELECT id, member_id AS "memberId", from_org_id AS "fromOrganizationId", to_org_id AS "toOrganizationId",
            to_char(transferred_on, 'YYYY-MM-DD') AS "transferredOn", reason, recorded_by AS "recordedBy"
       FROM ledger.member_transfer WHERE member_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR member_id = $2::uuid) ORDER BY transferred_on, recorded_at`,
    [onlyUuids(memberIds), onlyMemberId],
  );
}

export async function memberNoTaken(
  db: EntityManager,
  districtId: string,
  memberNo: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM ledger.member WHERE district_id = $1 AND member_no = $2 AND id IS DISTINCT FROM $3::uuid LIMIT 1`,
    [districtId, memberNo, exceptId ?? null],
  );
  return rows.length > 0;
}

export async function saveMember(db: EntityManager, record: MemberRecord, now: Date, isNew: boolean): Promise<void> {
  const row: Partial<MemberEntity> = {
    id: record.id,
    districtId: record.districtId,
    orgId: record.organizationId,
    orgPath: record.orgPath,
    memberNo: record.memberNo,
    name: record.name,
    gender: record.gender,
    kind: record.kind,
    status: record.status,
    joinDate: record.joinDate,
    birthDate: record.birthDate,
    exemptReason: record.exemption?.reason ?? null,
    exemptNote: record.exemption?.note ?? null,
    exemptAssemblyOn: record.exemption?.assemblyOn ?? null,
    exemptApprovedBy: record.exemption?.approvedBy ?? null,
    exemptApprovedOn: record.exemption?.approvedOn ?? null,
    updatedAt: now,
  };
  if (isNew) await db.insert(MemberEntity, { ...row, createdAt: now });
  else await db.update(MemberEntity, { id: record.id }, row);
}

export async function insertTransfer(
  db: EntityManager,
  districtId: string,
  transfer: TransferRecord,
  now: Date,
): Promise<void> {
  await db.insert(MemberTransferEntity, {
    id: transfer.id,
    districtId,
    memberId: transfer.memberId,
    fromOrgId: transfer.fromOrganizationId,
    toOrgId: transfer.toOrganizationId,
    transferredOn: transfer.transferredOn,
    reason: transfer.reason,
    recordedBy: transfer.recordedBy,
    recordedAt: now,
  });
}
