import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { dayOf, rethrowUniqueViolation } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { assertMayAct, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { OrganizationService } from '../organization/organization.service';
import { ExemptionReason, Gender, MemberKind, MemberStatus } from './member-kind';
import { assertOnRoster, lockMember, memberUnit, noRosterScores, RescoreStep, RosterScores } from './member-roster';
import { checkMemberFacts, cleanReason } from './member-rules';
import * as storage from './member.storage';
import { MemberRecord } from './member.storage';

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

/** The roster (党员名册): adding, editing and exemptions, each one transaction (transfers: member-transfer.service.ts). */
export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly clock: () => Date,
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
        const unit = await memberUnit(db, this.organizations, caller, input.organizationId, (path) =>
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
        const current = await lockMember(db, caller, id, RegisterAction.KEEP);
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
      const member = await lockMember(db, caller, id, RegisterAction.REVIEW);
      assertOnRoster(member);
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
      const member = await lockMember(db, caller, id, RegisterAction.REVIEW);
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
