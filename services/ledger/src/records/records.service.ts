import { randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { dayOf } from '@jifen/kit/server';
import { parsePeriodKey } from '@jifen/rules';
import { DataSource } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { assertEvidenceInBranch } from '../evidence/evidence.storage';
import { assertMayAct, RegisterAction } from '../ledger-access';
import { invalidTransition, LedgerError, LedgerErrorCode } from '../ledger-error';
import { assertOnRoster, branchInScope, memberWithBranch, membersWithBranch } from '../register/branch-lookup';
import { ScoreKeeper } from '../scoring/score-keeper';
import { documentOn, SchemeSource } from '../scoring/scheme-source';
import * as storage from './records.storage';
import { ConditionRecord, VoteRecord } from './records.storage';

export interface RecordVotes {
  organizationId: string;
  period: string;
  votes: { memberId: string; counts: { level: string; count: number }[] }[];
}

export interface RecordCondition {
  memberId: string;
  code: string;
  occurredOn: string;
  note: string;
  evidenceIds?: string[] | null;
  approvedBy: string;
  approvedOn: string;
}

/** Democratic review votes and veto and direct-grade conditions: facts the score rests on besides entries (exemptions: exemption.service.ts). */
export class RecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly schemes: SchemeSource,
    private readonly clock: () => Date,
  ) {}

  private today(): string {
    return dayOf(this.clock);
  }

  /** 民主评议: the counts per level for each member in a period; a later record for the same member and period replaces the earlier. */
  async recordVotes(
    caller: Caller,
    token: string,
    input: RecordVotes,
    clientKey?: string | null,
  ): Promise<VoteRecord[]> {
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, input.organizationId));
    assertMayAct(caller, RegisterAction.KEEP, branch.path);
    const doc = await documentOn(this.schemes, token, branch, this.today());
    const period = parsePeriodKey(doc.cycle, input.period);
    if (!period)
      throw new LedgerError(LedgerErrorCode.INVALID_PERIOD, `“${input.period}”不是有效的期间`, {
        period: input.period,
      });
    const review = doc.components.find((c) => c.kind === 'REVIEW')?.review;
    if (!review) throw new LedgerError(LedgerErrorCode.INVALID_VOTES, '本支部的方案没有民主评议，不需要录入票数', {});
    const levels = new Map(review.levels.map((l) => [l.code, l]));
    const members = await this.dataSource.transaction((db) =>
      membersWithBranch(
        db,
        caller,
        input.votes.map((v) => v.memberId),
      ),
    );
    const now = this.clock();
    const votes: VoteRecord[] = input.votes.map((v, i) => {
      const member = members.find((m) => m.id === v.memberId);
      if (!member || member.branch.id !== branch.id)
        throw new LedgerError(LedgerErrorCode.INVALID_VOTES, `第 ${i + 1} 行：${v.memberId} 不是本支部的党员`, {
          index: i,
        });
      const counts: Record<string, number> = {};
      for (const c of v.counts) {
        if (!levels.has(c.level))
          throw new LedgerError(
            LedgerErrorCode.INVALID_VOTES,
            `第 ${i + 1} 行（${member.name}）：评议等次只能是 ${review.levels.map((l) => `${l.code}（${l.label}）`).join('、')}`,
            { index: i },
          );
        if (!Number.isInteger(c.count) || c.count < 0)
          throw new LedgerError(
            LedgerErrorCode.INVALID_VOTES,
            `第 ${i + 1} 行（${member.name}）：票数应为不小于 0 的整数`,
            { index: i },
          );
        counts[c.level] = (counts[c.level] ?? 0) + c.count;
      }
      if (Object.values(counts).reduce((a, b) => a + b, 0) === 0)
        throw new LedgerError(LedgerErrorCode.INVALID_VOTES, `第 ${i + 1} 行（${member.name}）：至少要有一张有效票`, {
          index: i,
        });
      return {
        id: randomUUID(),
        memberId: member.id,
        periodKey: period.key,
        counts,
        recordedBy: caller.subject,
        recordedAt: now.toISOString(),
      };
    });
    const { plan } = await this.keeper.plan(token, branch, period.start, period.end);
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, 'recordReviewVotes', input, now, async () => {
        await storage.insertVotes(db, branch.districtId, branch.id, votes);
        await this.keeper.apply(
          db,
          plan,
          votes.map((v) => v.memberId),
        );
        return votes;
      }),
    );
  }

  /** 一票否决 or a direct grade: recorded with evidence and the approval it rests on. */
  async recordCondition(
    caller: Caller,
    token: string,
    input: RecordCondition,
    clientKey?: string | null,
  ): Promise<ConditionRecord> {
    const member = await this.dataSource.transaction((db) => memberWithBranch(db, caller, input.memberId));
    assertOnRoster(member);
    assertMayAct(caller, RegisterAction.REVIEW, member.branch.path);
    const today = this.today();
    if (!(input.occurredOn <= today) || !(input.approvedOn <= today) || input.approvedOn < input.occurredOn) {
      throw new LedgerError(
        LedgerErrorCode.INVALID_CONDITION,
        '发生日期和批准日期都不能晚于今天，批准日期不能早于发生日期',
        { field: 'approvedOn' },
      );
    }
    const doc = await documentOn(this.schemes, token, member.branch, input.occurredOn);
    const conditions = [...doc.vetoes, ...doc.directGrades];
    if (!conditions.some((c) => c.code === input.code)) {
      throw new LedgerError(
        LedgerErrorCode.INVALID_CONDITION,
        `本支部的方案没有代码为“${input.code}”的情形；可登记：${conditions.map((c) => `${c.code}（${c.label}）`).join('、') || '无'}`,
        { field: 'code' },
      );
    }
    const note = input.note.trim();
    const approvedBy = input.approvedBy.trim();
    if (!note || !approvedBy)
      throw new LedgerError(LedgerErrorCode.INVALID_CONDITION, '要写明事实经过和批准的组织', {
        field: note ? 'approvedBy' : 'note',
      });
    const { plan } = await this.keeper.plan(token, member.branch, input.occurredOn, input.occurredOn);
    const now = this.clock();
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, 'recordCondition', input, now, async () => {
        const evidenceIds = [...new Set(input.evidenceIds ?? [])];
        await assertEvidenceInBranch(db, member.branch, evidenceIds);
        const record: ConditionRecord = {
          id: randomUUID(),
          districtId: member.branch.districtId,
          branchId: member.branch.id,
          memberId: member.id,
          code: input.code,
          occurredOn: input.occurredOn,
          note,
          evidenceIds,
          approvedBy,
          approvedOn: input.approvedOn,
          recordedBy: caller.subject,
          recordedAt: now.toISOString(),
          revokedReason: null,
          revokedBy: null,
          revokedAt: null,
        };
        await storage.insertCondition(db, record);
        await this.keeper.apply(db, plan, [member.id]);
        return record;
      }),
    );
  }

  /** Revokes a condition recorded in error (the record and its revocation both stay). */
  async revokeCondition(
    caller: Caller,
    token: string,
    id: string,
    reason: string,
    clientKey?: string | null,
  ): Promise<ConditionRecord> {
    const why = reason.trim();
    if (!why) throw new LedgerError(LedgerErrorCode.INVALID_CONDITION, '撤销要写明理由', { field: 'reason' });
    const [condition] = await this.dataSource.transaction((db) => storage.findConditions(db, [id], caller.scopePath));
    if (!condition)
      throw new LedgerError(LedgerErrorCode.CONDITION_NOT_FOUND, `找不到编号为 ${id} 的登记情形，或您无权访问它`, {
        id,
      });
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, condition.branchId));
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    const { plan } = await this.keeper.plan(token, branch, condition.occurredOn, condition.occurredOn);
    const now = this.clock();
    return this.dataSource.transaction((db) =>
      oncePerKey(db, caller, clientKey, 'revokeCondition', { id, reason: why }, now, async () => {
        const [locked] = await storage.findConditions(db, [id], null, true);
        if (locked.revokedAt) throw invalidTransition('这一情形已经撤销过', { id });
        await storage.revokeCondition(db, id, why, caller.subject, now.toISOString());
        await this.keeper.apply(db, plan, [locked.memberId]);
        return { ...locked, revokedReason: why, revokedBy: caller.subject, revokedAt: now.toISOString() };
      }),
    );
  }
}
