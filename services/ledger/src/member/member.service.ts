import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { dayOf, rethrowUniqueViolation } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { assertMayAct, assertMayActAny, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode, memberNotFound } from '../ledger-error';
import { memberUnitLevels, orgLevelLabel } from '../organization/org-level';
import { OrganizationService } from '../organization/organization.service';
import { OrganizationRecord } from '../organization/organization.storage';
import { ExemptionReason, Gender, MemberKind, MemberStatus } from './member-kind';
import { checkMemberFacts, cleanReason } from './member-rules';
import * as storage from './member.storage';
import { MemberRecord } from './member.storage';
import { endSessions } from '../identity/session.storage';
import { SessionClock } from '../identity/session-endings';

export interface AddMember {
  organizationId: string;
  memberNo: string;
  name: string;
  gender: Gender;
  kind: MemberKind;
  joinDate?: string | null;
  birthDate: string;
}

export type UpdateMember = Partial<Omit<AddMember, 'organizationId'>>;

export interface ExemptMember {
  reason: ExemptionReason;
  note?: string | null;
  assemblyOn: string;
  approvedBy: string;
  approvedOn: string;
}

/** Scores a member of a branch from the branch's running cycle, inside a roster change's transaction. */
type RescoreStep = (db: EntityManager, memberId: string) => Promise<void>;

/** Where the roster gets that step (the ledger's `ScoreSweep`; nothing in tests of the roster alone). */
export interface RosterScores {
  prepareRosterChange(unitId: string): Promise<RescoreStep>;
}

const noRosterScores: RosterScores = { prepareRosterChange: async () => async () => undefined };

/** The roster (党员名册): adding, editing, transfers and exemptions, each one transaction. */
export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly clock: () => Date,
    /** Sessions run on real time; told after a commit that ended some (session-endings.ts), so their tokens stop at once. */
    private readonly sessions: SessionClock = { now: () => new Date(), ended: () => undefined },
    /** Scores a member put on (or taken off) a branch's active roster, in the change's transaction (`ScoreSweep`). */
    private readonly scores: RosterScores = noRosterScores,
  ) {}

  /** The scoring step for a member of `unitId`'s branch, prepared before the transaction (it asks the scheme service). */
  private rescore(unitId: string): Promise<RescoreStep> {
    return this.scores.prepareRosterChange(unitId);
  }

  /** The unit a member is on now, read before the change's transaction (the transaction reads it again, locked). */
  private async unitOf(caller: Caller, id: string): Promise<string> {
    const [member] = await storage.findMembers(this.dataSource.manager, [id], caller.scopePath);
    return member?.organizationId ?? id;
  }

  private today(): string {
    return dayOf(this.clock);
  }

  async add(caller: Caller, input: AddMember): Promise<MemberRecord> {
    const facts = checkMemberFacts({ ...input, joinDate: input.joinDate ?? null }, this.today());
    const rescore = await this.rescore(input.organizationId);
    return this.dataSource
      .transaction(async (db) => {
        const unit = await this.memberUnit(db, caller, input.organizationId, (path) =>
          assertMayAct(caller, RegisterAction.KEEP, path),
        );
        await this.assertMemberNoFree(db, unit.districtId, facts.memberNo);
        const record: MemberRecord = {
          ...facts,
          id: randomUUID(),
          districtId: unit.districtId,
          organizationId: unit.id,
          orgPath: unit.path,
          status: MemberStatus.ACTIVE,
          exemption: null,
        };
        await storage.saveMember(db, record, this.clock(), true);
        await rescore(db, record.id);
        return record;
      })
      .catch(rethrowUniqueViolation(MEMBER_NO_CONSTRAINT, () => memberNoTaken(facts.memberNo)));
  }

  async update(caller: Caller, id: string, changes: UpdateMember): Promise<MemberRecord> {
    return this.dataSource
      .transaction(async (db) => {
        const current = await this.getForUpdate(db, caller, id, RegisterAction.KEEP);
        const merged = { ...current, ...definedOnly(changes) };
        const facts = checkMemberFacts(merged, this.today());
        if (facts.memberNo !== current.memberNo)
          await this.assertMemberNoFree(db, current.districtId, facts.memberNo, id);
        const record = { ...current, ...facts };
        await storage.saveMember(db, record, this.clock(), false);
        return record;
      })
      .catch(rethrowUniqueViolation(MEMBER_NO_CONSTRAINT, () => memberNoTaken(changes.memberNo ?? '')));
  }

  /** 组织关系转接 within the district: the member moves to another branch's roster; the history keeps the line. */
  async transfer(
    caller: Caller,
    id: string,
    toOrganizationId: string,
    on: string,
    reason: string,
  ): Promise<MemberRecord> {
    const why = cleanReason(reason, '转接原因');
    const rescore = await this.rescore(toOrganizationId);
    return this.dataSource
      .transaction(async (db) => {
        // The register keepers move a member within what they keep; between branches it is the upper committee's decision.
        const [member] = await storage.findMembers(db, [id], caller.scopePath, true);
        if (!member) throw memberNotFound(id);
        assertMayActAny(caller, [RegisterAction.KEEP, RegisterAction.DECIDE], member.orgPath);
        this.assertOnRoster(member);
        const target = await this.memberUnit(db, caller, toOrganizationId, (path) =>
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
          this.transferLine(caller, member, target.id, on, why),
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
        const member = await this.getForUpdate(db, caller, id, RegisterAction.KEEP);
        this.assertOnRoster(member);
        const record = { ...member, status: MemberStatus.TRANSFERRED_OUT, exemption: null };
        await storage.saveMember(db, record, this.clock(), false);
        await storage.insertTransfer(
          db,
          member.districtId,
          this.transferLine(caller, member, null, on, why),
          this.clock(),
        );
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

  /** 不纳入积分管理: decided by the branch assembly and approved by the upper level; the reason is kept. */
  async exempt(caller: Caller, id: string, input: ExemptMember): Promise<MemberRecord> {
    const approvedBy = cleanReason(input.approvedBy, '批准单位');
    if (input.approvedOn < input.assemblyOn) {
      throw new LedgerError(LedgerErrorCode.INVALID_MEMBER, '上级批准日期不能早于支部党员大会决定日期', {
        field: 'approvedOn',
      });
    }
    if (input.approvedOn > this.today())
      throw new LedgerError(LedgerErrorCode.INVALID_MEMBER, '批准日期不能晚于今天', { field: 'approvedOn' });
    const rescore = await this.rescore(await this.unitOf(caller, id));
    return this.dataSource.transaction(async (db) => {
      const member = await this.getForUpdate(db, caller, id, RegisterAction.REVIEW);
      this.assertOnRoster(member);
      const exemption = {
        reason: input.reason,
        note: input.note?.trim() || null,
        assemblyOn: input.assemblyOn,
        approvedBy,
        approvedOn: input.approvedOn,
      };
      const record = { ...member, status: MemberStatus.EXEMPT, exemption };
      await storage.saveMember(db, record, this.clock(), false);
      await rescore(db, member.id);
      return record;
    });
  }

  async endExemption(caller: Caller, id: string): Promise<MemberRecord> {
    const rescore = await this.rescore(await this.unitOf(caller, id));
    return this.dataSource.transaction(async (db) => {
      const member = await this.getForUpdate(db, caller, id, RegisterAction.REVIEW);
      if (member.status !== MemberStatus.EXEMPT) {
        throw new LedgerError(LedgerErrorCode.MEMBER_NOT_ACTIVE, `${member.name}目前没有“不纳入积分管理”的决定`, {
          id,
        });
      }
      const record = { ...member, status: MemberStatus.ACTIVE, exemption: null };
      await storage.saveMember(db, record, this.clock(), false);
      await rescore(db, member.id);
      return record;
    });
  }

  private transferLine(
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

  /** The member locked for a change, if in scope (else not found) and the caller may do `action` on the roster they are on. */
  private async getForUpdate(
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

  private assertOnRoster(member: MemberRecord): void {
    if (member.status === MemberStatus.TRANSFERRED_OUT) {
      throw new LedgerError(LedgerErrorCode.MEMBER_NOT_ACTIVE, `${member.name}的组织关系已转出，不能再办理此项`, {
        id: member.id,
      });
    }
  }

  /** A branch or group in scope that the caller may act on (`assertMay` refuses first: scope, then rights, then the level). */
  private async memberUnit(
    db: EntityManager,
    caller: Caller,
    orgId: string,
    assertMay: (path: string) => void,
  ): Promise<OrganizationRecord> {
    const unit = await this.organizations.getInScope(db, caller, orgId);
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

  private async assertMemberNoFree(
    db: EntityManager,
    districtId: string,
    memberNo: string,
    exceptId?: string,
  ): Promise<void> {
    if (await storage.memberNoTaken(db, districtId, memberNo, exceptId)) throw memberNoTaken(memberNo);
  }
}

/** The database's own guard on member numbers, for the race the check before a write cannot see. */
const MEMBER_NO_CONSTRAINT = 'member_district_id_member_no_key';

const memberNoTaken = (memberNo: string) =>
  new LedgerError(LedgerErrorCode.MEMBER_NO_TAKEN, `党员编号 ${memberNo} 已被本区其他人使用，请核对`, { memberNo });

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;
}
