import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { dayOf, rethrowUniqueViolation } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { assertMayAct, RegisterAction } from '../ledger-access';
import { invalidTransition, LedgerError, LedgerErrorCode } from '../ledger-error';
import { ExemptionReason } from '../member/member-kind';
import { assertOnRoster, branchInScope, memberWithBranch } from '../register/branch-lookup';
import { ScoreKeeper } from '../scoring/score-keeper';
import * as storage from './records.storage';
import { ExemptionRequestRecord } from './records.storage';

/**
 * 不纳入积分管理: the branch proposes exempting a member, the branch assembly decides, the upper level approves
 * (the member is then exempt from the start day) or refuses; each step one transaction.
 */
export class ExemptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly clock: () => Date,
  ) {}

  private today(): string {
    return dayOf(this.clock);
  }

  /** 不纳入积分管理, step 1: the branch proposes it for a member, with the reason and the day it would start. */
  async requestExemption(
    caller: Caller,
    input: { memberId: string; reason: ExemptionReason; note?: string | null; fromOn: string },
    clientKey?: string | null,
  ): Promise<ExemptionRequestRecord> {
    const now = this.clock();
    return this.dataSource.transaction(async (db) => {
      const member = await memberWithBranch(db, caller, input.memberId);
      assertOnRoster(member);
      assertMayAct(caller, RegisterAction.REVIEW, member.branch.path);
      return oncePerKey(db, caller, clientKey, 'requestExemption', input, now, async () => {
        const record: ExemptionRequestRecord = {
          id: randomUUID(),
          districtId: member.branch.districtId,
          branchId: member.branch.id,
          memberId: member.id,
          reason: input.reason,
          note: input.note?.trim() || null,
          fromOn: input.fromOn,
          status: 'REQUESTED',
          requestedBy: caller.subject,
          requestedAt: now.toISOString(),
          assemblyOn: null,
          assemblyAgreed: null,
          decidedBy: null,
          decidedOn: null,
          decisionNote: null,
        };
        await storage
          .insertExemptionRequest(db, record)
          .catch(
            rethrowUniqueViolation('exemption_request_open_uq', () =>
              invalidTransition(`${member.name}已有一份在办的不纳入积分管理申请`, { memberId: member.id }),
            ),
          );
        return record;
      });
    });
  }

  /** Step 2: the branch assembly's decision. */
  async recordExemptionAssembly(
    caller: Caller,
    id: string,
    assemblyOn: string,
    agreed: boolean,
    clientKey?: string | null,
  ): Promise<ExemptionRequestRecord> {
    if (assemblyOn > this.today())
      throw new LedgerError(LedgerErrorCode.INVALID_PERIOD, '党员大会日期不能晚于今天', { field: 'assemblyOn' });
    const now = this.clock();
    return this.dataSource.transaction(async (db) => {
      const request = await this.requestForUpdate(db, caller, id);
      assertMayAct(caller, RegisterAction.REVIEW, (await branchInScope(db, caller, request.branchId)).path);
      return oncePerKey(db, caller, clientKey, 'recordExemptionAssembly', { id, assemblyOn, agreed }, now, async () => {
        if (request.status !== 'REQUESTED')
          throw invalidTransition('只有刚提出的申请需要党员大会决定', { id, status: request.status });
        const record: ExemptionRequestRecord = {
          ...request,
          assemblyOn,
          assemblyAgreed: agreed,
          status: agreed ? 'ASSEMBLY_AGREED' : 'REJECTED',
        };
        await storage.saveExemptionRequest(db, record, caller.subject);
        return record;
      });
    });
  }

  /** Step 3: the upper level approves (the member is then exempt from the start day) or refuses. */
  async decideExemption(
    caller: Caller,
    token: string,
    id: string,
    approve: boolean,
    note: string | null | undefined,
    clientKey?: string | null,
  ): Promise<ExemptionRequestRecord> {
    const [request] = await this.dataSource.transaction((db) =>
      storage.findExemptionRequests(db, [id], caller.scopePath),
    );
    if (!request) throw exemptionNotFound(id);
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, request.branchId));
    assertMayAct(caller, RegisterAction.DECIDE, branch.path);
    const today = this.today();
    const { plan } = await this.keeper.plan(token, branch, request.fromOn < today ? request.fromOn : today, today);
    const now = this.clock();
    return this.dataSource.transaction(async (db) =>
      oncePerKey(db, caller, clientKey, 'decideExemption', { id, approve, note }, now, async () => {
        const locked = await this.requestForUpdate(db, caller, id);
        if (locked.status !== 'ASSEMBLY_AGREED')
          throw invalidTransition('须经支部党员大会同意后才能报上级审批', { id, status: locked.status });
        const record: ExemptionRequestRecord = {
          ...locked,
          status: approve ? 'APPROVED' : 'REJECTED',
          decidedBy: caller.subject,
          decidedOn: today,
          decisionNote: note?.trim() || null,
        };
        await storage.saveExemptionRequest(db, record, null);
        if (approve) {
          await storage.markExempt(db, record.memberId, record, now);
          await this.keeper.apply(db, plan, [record.memberId]);
        }
        return record;
      }),
    );
  }

  private async requestForUpdate(db: EntityManager, caller: Caller, id: string): Promise<ExemptionRequestRecord> {
    const [request] = await storage.findExemptionRequests(db, [id], caller.scopePath, true);
    if (!request) throw exemptionNotFound(id);
    return request;
  }
}

const exemptionNotFound = (id: string) =>
  new LedgerError(LedgerErrorCode.EXEMPTION_NOT_FOUND, `找不到编号为 ${id} 的不纳入积分管理申请，或您无权访问它`, {
    id,
  });
