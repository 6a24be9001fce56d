import { Caller, onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { LedgerError, LedgerErrorCode, memberNotFound, organizationNotFound } from '../ledger-error';
import { MemberKind, MemberStatus } from '../member/member-kind';
import { orgLevelLabel, OrgLevel } from '../organization/org-level';
import { BranchRef } from '../scoring/score-keeper';

export interface MemberInBranch {
  id: string;
  name: string;
  memberNo: string;
  kind: MemberKind;
  status: MemberStatus;
  branch: BranchRef;
}

/** A 党支部 in the caller's scope; a party group stands for its branch, any other level is refused. */
export async function branchInScope(db: EntityManager, caller: Caller, orgId: string): Promise<BranchRef> {
  const rows: { level: string; unit_name: string; id: string; path: string; district_id: string; name: string }[] =
    await db.query(
      `SELECT u.level, u.name AS unit_name, b.id, b.path::text AS path, b.district_id, b.name
       FROM ledger.organization u
       JOIN ledger.organization b ON b.id = CASE WHEN u.level = 'GROUP' THEN u.parent_id ELSE u.id END
      WHERE u.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR u.path <@ $2::ltree)`,
      [onlyUuids([orgId]), caller.scopePath],
    );
  const row = rows[0];
  if (!row) throw organizationNotFound(orgId);
  if (row.level !== OrgLevel.BRANCH && row.level !== OrgLevel.GROUP) {
    throw new LedgerError(
      LedgerErrorCode.NOT_A_MEMBER_UNIT,
      `积分台账按党支部办理，“${row.unit_name}”是${orgLevelLabel[row.level as OrgLevel]}，请选择党支部`,
      { organizationId: orgId },
    );
  }
  return { id: row.id, path: row.path, districtId: row.district_id, name: row.name };
}

/** Members in the caller's scope with the branch each belongs to (a group member's branch is the group's parent). */
export async function membersWithBranch(
  db: EntityManager,
  caller: Caller,
  memberIds: readonly string[],
): Promise<MemberInBranch[]> {
  const rows: {
    id: string;
    name: string;
    member_no: string;
    kind: MemberKind;
    status: MemberStatus;
    branch_id: string;
    branch_path: string;
    district_id: string;
    branch_name: string;
  }[] = await db.query(
    `SELECT m.id, m.name, m.member_no, m.kind, m.status, b.id AS branch_id, b.path::text AS branch_path, b.district_id, b.name AS branch_name
       FROM ledger.member m
       JOIN ledger.organization u ON u.id = m.org_id
       JOIN ledger.organization b ON b.id = CASE WHEN u.level = 'GROUP' THEN u.parent_id ELSE u.id END
      WHERE m.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR m.org_path <@ $2::ltree)`,
    [onlyUuids(memberIds), caller.scopePath],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    memberNo: row.member_no,
    kind: row.kind,
    status: row.status,
    branch: { id: row.branch_id, path: row.branch_path, districtId: row.district_id, name: row.branch_name },
  }));
}

/** One member in scope, or not found. */
export async function memberWithBranch(db: EntityManager, caller: Caller, memberId: string): Promise<MemberInBranch> {
  const [member] = await membersWithBranch(db, caller, [memberId]);
  if (!member) throw memberNotFound(memberId);
  return member;
}

/** Refuses a member who has left the roster. */
export function assertOnRoster(member: MemberInBranch): void {
  if (member.status === MemberStatus.TRANSFERRED_OUT) {
    throw new LedgerError(LedgerErrorCode.MEMBER_NOT_ACTIVE, `${member.name}的组织关系已转出，不能再登记积分`, {
      memberId: member.id,
    });
  }
}
