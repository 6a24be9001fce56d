import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { DataSource, EntityManager } from 'typeorm';
import { endSessions } from '../identity/session.storage';
import { SessionClock } from '../identity/session-endings';
import { assertMayActAny, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode, memberNotFound } from '../ledger-error';
import { OrganizationService } from '../organization/organization.service';
import { MemberStatus } from './member-kind';
import { assertOnRoster, lockMember, memberUnit, noRosterScores, RosterScores } from './member-roster';
import { cleanReason } from './member-rules';
import * as storage from './member.storage';
import { MemberRecord } from './member.storage';

/** 组织关系转接 and 转出: the member's roster line moves or ends, the transfer history keeps it; each one transaction. */
export class MemberTransferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly clock: () => Date,
    /** Sessions run on real time; told after a commit that ended some (session-endings.ts), so their tokens stop at once. */
    private readonly sessions: SessionClock = { now: () => new Date(), ended: () => undefined },
    /** Scores a member put on a branch's active roster, in the transfer's transaction (`ScoreSweep`). */
    private readonly scores: RosterScores = noRosterScores,
  ) {}

  /** 组织关系转接 within the district: the member moves to another branch's roster; the history keeps the line. */
  async transfer(
    caller: Caller,
    id: string,
    toOrganizationId: string,
    on: string,
    reason: string,
  ): Promise<MemberRecord> {
    const why = cleanReason(reason, '转接原因');
    const rescore = await this.scores.prepareRosterChange(toOrganizationId);
    return this.dataSource
      .transaction(async (db) => {
        // The register keepers move a member within what they keep; between branches it is the upper committee's decision.
        const [member] = await storage.findMembers(db, [id], caller.scopePath, true);
        if (!member) throw memberNotFound(id);
        assertMayActAny(caller, [RegisterAction.KEEP, RegisterAction.DECIDE], member.orgPath);
        assertOnRoster(member);
        const target = await memberUnit(db, this.organizations, caller, toOrganizationId, (path) =>
          assertMayActAny(caller, [RegisterAction.KEEP, RegisterAction.DECIDE], path),
        );
        if (target.id === member.organizationId) {
          throw new LedgerError(LedgerErrorCode.NOT_A_MEMBER_UNIT, `${member.name}已在“${target.name}”，无需转接`, {
            toOrganizationId,
          });
        }
        if (target.districtId !== member.districtId) {
          throw new LedgerError(LedgerErrorCode.NOT_A_MEMBER_UNIT, '跨区转接请先办理转出，再由转入区新增', {
            toOrganizationId,
          });
        }
        const record = { ...member, organizationId: target.id, orgPath: target.path };
        await storage.saveMember(db, record, this.clock(), false);
        await storage.insertTransfer(
          db,
          member.districtId,
          transferLine(caller, member, target.id, on, why),
          this.clock(),
        );
        await rescore(db, member.id);
        return { record, ended: await this.endSessionsOf(db, member.id) };
      })
      .then((done) => this.afterEndings(done));
  }

  /** 组织关系转出: the member leaves the district's roster; the row and its history stay. */
  async transferOut(caller: Caller, id: string, on: string, reason: string): Promise<MemberRecord> {
    const why = cleanReason(reason, '转出原因');
    return this.dataSource
      .transaction(async (db) => {
        const member = await lockMember(db, caller, id, RegisterAction.KEEP);
        assertOnRoster(member);
        const record = { ...member, status: MemberStatus.TRANSFERRED_OUT, exemption: null };
        await storage.saveMember(db, record, this.clock(), false);
        await storage.insertTransfer(db, member.districtId, transferLine(caller, member, null, on, why), this.clock());
        return { record, ended: await this.endSessionsOf(db, member.id) };
      })
      .then((done) => this.afterEndings(done));
  }

  /**
   * A member who moves branch or leaves the roster is signed out everywhere: a token names the branch it was issued
   * for (the member's scope), and one who has left may not sign in again.
   */
  private endSessionsOf(db: EntityManager, memberId: string): Promise<number> {
    return endSessions(db, { memberId }, this.sessions.now(), 'MEMBER_TRANSFERRED');
  }

  private afterEndings({ record, ended }: { record: MemberRecord; ended: number }): MemberRecord {
    if (ended > 0) this.sessions.ended();
    return record;
  }
}

/** The history line of a move (`toId` another branch) or of leaving the district (`toId` null). */
function transferLine(
  caller: Caller,
  member: MemberRecord,
  toId: string | null,
  on: string,
  reason: string,
): storage.TransferRecord {
  return {
    id: randomUUID(),
    memberId: member.id,
    fromOrganizationId: member.organizationId,
    toOrganizationId: toId,
    transferredOn: on,
    reason,
    recordedBy: caller.subject,
  };
}
