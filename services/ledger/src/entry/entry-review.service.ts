import { actorName, Caller } from '@jifen/kit';
import { rethrowUniqueViolation } from '@jifen/kit/server';
import { DataSource, EntityManager } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { assertMayAct, memberReach, RegisterAction } from '../ledger-access';
import { invalidTransition, LedgerError, LedgerErrorCode } from '../ledger-error';
import { branchInScope } from '../register/branch-lookup';
import { BranchRef, ScoreKeeper } from '../scoring/score-keeper';
import { earliestDay, latestDay } from '../scoring/score-plan';
import { MAX_BATCH, recordOf, withoutId } from './entry-drafts';
import { assertReversible, assertReviewable, reversalOf, ReviewDecision, reviewOf } from './entry-review';
import { EntryState } from './entry-state';
import { appendEntries, insertReviews } from './entry-write.storage';
import { EntryRecord, findEntries } from './entry.storage';

export interface ReviewEntries extends ReviewDecision {
  entryIds: string[];
  reason?: string | null;
}

/** Decisions on entries already in the register: 支委初评 and 冲正; each one transaction that keeps scores current. */
export class EntryReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly clock: () => Date,
  ) {}

  /** 支委初评: accept (with the points the rules give) or reject with a reason, one entry or a batch of one branch. */
  async review(caller: Caller, token: string, input: ReviewEntries, clientKey?: string | null): Promise<EntryRecord[]> {
    const ids = [...new Set(input.entryIds)];
    if (ids.length === 0 || ids.length > MAX_BATCH)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `一次初评 1 到 ${MAX_BATCH} 条`, { field: 'entryIds' });
    const reason = input.reason?.trim() || null;
    if (!input.accept && !reason)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '不予认定时要写明理由', { field: 'reason' });
    if (input.points !== undefined && input.points !== null && ids.length !== 1) {
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '酌情给分时请逐条初评', { field: 'points' });
    }
    const found = await this.dataSource.transaction((db) =>
      findEntries(db, ids, caller.scopePath, memberReach(caller)?.memberId ?? null),
    );
    const missing = ids.filter((id) => !found.some((e) => e.id === id));
    if (missing.length > 0) throw entryNotFound(missing[0]);
    const entries = ids.map((id) => found.find((e) => e.id === id)!);
    const branch = await this.oneBranch(caller, entries);
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    entries.forEach(assertReviewable);
    const days = entries.map((e) => e.occurredOn);
    const { plan, versions } = await this.keeper.plan(token, branch, earliestDay(days), latestDay(days), days);
    const now = this.clock();
    const reviews = entries.map((entry) => ({
      entryId: entry.id,
      ...reviewOf(entry, versions.get(entry.occurredOn) ?? null, input, reason, caller, now),
    }));
    return this.inTransaction(async (db) =>
      oncePerKey(db, caller, clientKey, 'reviewEntries', input, now, async () => {
        await insertReviews(db, branch.districtId, branch.id, reviews);
        if (input.accept) await this.keeper.apply(db, plan, [...new Set(entries.map((e) => e.memberId))]);
        return entries.map((entry, i) => ({
          ...entry,
          review: withoutId(reviews[i]),
          state: input.accept ? EntryState.ACCEPTED : EntryState.REJECTED,
        }));
      }),
    );
  }

  /** 冲正: a correction is a new entry that cancels an earlier one, with its reason; nothing is ever edited. */
  async reverse(
    caller: Caller,
    token: string,
    entryId: string,
    rawReason: string,
    clientKey?: string | null,
  ): Promise<EntryRecord> {
    const reason = rawReason.trim();
    if (!reason) throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '冲正要写明理由', { field: 'reason' });
    const [original] = await this.dataSource.transaction((db) =>
      findEntries(db, [entryId], caller.scopePath, memberReach(caller)?.memberId ?? null),
    );
    if (!original) throw entryNotFound(entryId);
    const branch = await this.oneBranch(caller, [original]);
    assertMayAct(caller, RegisterAction.REVIEW, branch.path);
    assertReversible(original);
    const { plan } = await this.keeper.plan(token, branch, original.occurredOn, original.occurredOn);
    const now = this.clock();
    const { draft, review } = reversalOf(original, reason, caller, now);
    return this.inTransaction(async (db) =>
      oncePerKey(db, caller, clientKey, 'reverseEntry', { entryId, reason }, now, async () => {
        const [link] = await appendEntries(db, branch.districtId, branch.id, [draft], now);
        await insertReviews(db, branch.districtId, branch.id, [{ entryId: link.id, ...review }]);
        await this.keeper.apply(db, plan, [original.memberId]);
        return recordOf(link, branch.districtId, actorName(caller), review, EntryState.ACCEPTED);
      }),
    ).catch(
      rethrowUniqueViolation('entry_reversed_once', () =>
        invalidTransition(`第 ${original.seq} 号记录已经冲正过`, { entryId }),
      ),
    );
  }

  private async oneBranch(caller: Caller, entries: readonly EntryRecord[]): Promise<BranchRef> {
    const branchIds = [...new Set(entries.map((e) => e.branchId))];
    if (branchIds.length > 1)
      throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, '一次只能办理一个党支部的记录', { field: 'entryIds' });
    return this.dataSource.transaction((db) => branchInScope(db, caller, branchIds[0]));
  }

  private inTransaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

const entryNotFound = (id: string) =>
  new LedgerError(LedgerErrorCode.ENTRY_NOT_FOUND, `找不到编号为 ${id} 的积分记录，或您无权访问它`, { id });
