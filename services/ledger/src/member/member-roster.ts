import { Caller } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { assertMayAct, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode, memberNotFound } from '../ledger-error';
import { memberUnitLevels, orgLevelLabel } from '../organization/org-level';
import { OrganizationService } from '../organization/organization.service';
import { OrganizationRecord } from '../organization/organization.storage';
import { MemberStatus } from './member-kind';
import * as storage from './member.storage';
import { MemberRecord } from './member.storage';

/** Roster steps shared by the member services (member.service.ts, member-transfer.service.ts), inside a change's transaction. */

/** Scores a member of a branch from the branch's running cycle, inside a roster change's transaction. */
export type RescoreStep = (db: EntityManager, memberId: string) => Promise<void>;

/** Where the roster gets that step (the ledger's `ScoreSweep`; nothing in tests of the roster alone). */
export interface RosterScores {
  prepareRosterChange(unitId: string): Promise<RescoreStep>;
}

export const noRosterScores: RosterScores = { prepareRosterChange: async () => async () => undefined };

/** The member locked for a change, if in scope (else not found) and the caller may do `action` on the roster they are on. */
export async function lockMember(
  db: EntityManager,
  caller: Caller,
  id: string,
  action: RegisterAction,
): Promise<MemberRecord> {
  const [member] = await storage.findMembers(db, [id], caller.scopePath, true);
  if (!member) throw memberNotFound(id);
  assertMayAct(caller, action, member.orgPath);
  return member;
}

export function assertOnRoster(member: MemberRecord): void {
  if (member.status === MemberStatus.TRANSFERRED_OUT) {
    throw new LedgerError(LedgerErrorCode.MEMBER_NOT_ACTIVE, `${member.name}的组织关系已转出，不能再办理此项`, {
      id: member.id,
    });
  }
}

/** A branch or group in scope that the caller may act on (`assertMay` refuses first: scope, then rights, then the level). */
export async function memberUnit(
  db: EntityManager,
  organizations: OrganizationService,
  caller: Caller,
  orgId: string,
  assertMay: (path: string) => void,
): Promise<OrganizationRecord> {
  const unit = await organizations.getInScope(db, caller, orgId);
  assertMay(unit.path);
  if (!memberUnitLevels.includes(unit.level)) {
    throw new LedgerError(
      LedgerErrorCode.NOT_A_MEMBER_UNIT,
      `党员只能编入党支部或党小组，“${unit.name}”是${orgLevelLabel[unit.level]}`,
      { organizationId: orgId },
    );
  }
  return unit;
}
