import { randomUUID } from 'node:crypto';
import { actorName, Caller } from '@jifen/kit';
import { invalidTransition, LedgerError, LedgerErrorCode } from '../ledger-error';
import { SchemeInForce } from '../scoring/scheme-source';
import { factFields } from './entry-drafts';
import { EntryFields, findItem } from './entry-fields';
import { nominalPoints } from './entry-points';
import { EntryKind, EntryState } from './entry-state';
import { EntryDraft } from './entry-write.storage';
import { EntryRecord, ReviewRecord } from './entry.storage';

/** What the committee decided on declared entries (支委初评). */
export interface ReviewDecision {
  accept: boolean;
  /** A discretionary item's points (only when reviewing one entry); otherwise the points the declaration proposed. */
  points?: number | null;
}

/** Refuses an entry that is not a declaration waiting for its first review, saying why. */
export function assertReviewable(entry: EntryRecord): void {
  if (entry.kind !== EntryKind.CLAIM || entry.state !== EntryState.DECLARED) {
    throw invalidTransition(`第 ${entry.seq} 号记录（${entry.itemLabel}）${whyNotReviewable(entry)}`, {
      entryId: entry.id,
      state: entry.state,
      reviewedBy: entry.review?.reviewedBy ?? null,
      reviewedByName: entry.review?.reviewedByName ?? null,
    });
  }
}

/** One entry's review: rejected with the reason, or accepted with the points the scheme in force on its day gives. */
export function reviewOf(
  entry: EntryRecord,
  scheme: SchemeInForce | null,
  input: ReviewDecision,
  reason: string | null,
  caller: Caller,
  now: Date,
): ReviewRecord {
  const base = {
    reason,
    reviewedBy: caller.subject,
    reviewedByName: actorName(caller),
    reviewedAt: now.toISOString(),
  };
  if (!input.accept) return { decision: 'REJECTED', points: null, awarded: null, ...base };
  const place = scheme ? findItem(scheme.document, entry.itemCode) : null;
  if (!scheme || !place) {
    throw invalidTransition(
      `第 ${entry.seq} 号记录的项目“${entry.itemLabel}”不在 ${entry.occurredOn} 执行的方案中（方案已修订），请冲正后按现行方案重新申报`,
      { entryId: entry.id },
    );
  }
  let discretionary = entry.points;
  if (place.item.points.mode === 'DISCRETIONARY') {
    discretionary = input.points ?? entry.points ?? null;
    const max = place.item.points.max;
    if (
      discretionary === null ||
      discretionary <= 0 ||
      discretionary > max ||
      Math.round(discretionary * 10) !== discretionary * 10
    ) {
      throw new LedgerError(
        LedgerErrorCode.INVALID_ENTRY,
        `“${place.item.label}”由支部酌情给分，请给出大于 0、不超过 ${max} 分的分值（最多一位小数）`,
        { field: 'points', entryId: entry.id },
      );
    }
  } else if (input.points !== undefined && input.points !== null) {
    throw new LedgerError(LedgerErrorCode.INVALID_ENTRY, `“${place.item.label}”按规则计分，不能另给分值`, {
      field: 'points',
      entryId: entry.id,
    });
  }
  const fact = {
    id: entry.id,
    item: entry.itemCode,
    date: entry.occurredOn,
    ...factFields({ ...entry, level: entry.level as EntryFields['level'], points: discretionary }),
  };
  const awarded = place.item.points.mode === 'DISCRETIONARY' ? discretionary : null;
  return {
    decision: 'ACCEPTED',
    points: nominalPoints(place.item, place.component.kind, fact).points,
    awarded,
    ...base,
  };
}

/** Refuses a correction of what cannot be corrected: a correction itself, one already corrected, one not accepted. */
export function assertReversible(original: EntryRecord): void {
  const entryId = original.id;
  if (original.kind !== EntryKind.CLAIM) throw invalidTransition('冲正记录不能再冲正；如有错误请重新申报', { entryId });
  if (original.state === EntryState.REVERSED)
    throw invalidTransition(`第 ${original.seq} 号记录已经冲正过`, { entryId });
  if (original.state === EntryState.REJECTED)
    throw invalidTransition(`第 ${original.seq} 号记录未被认定，不计分，无需冲正`, { entryId });
}

/** 冲正: the new entry that cancels the original, with its review (accepted, the original's points negated). */
export function reversalOf(
  original: EntryRecord,
  reason: string,
  caller: Caller,
  now: Date,
): { draft: EntryDraft; review: ReviewRecord } {
  const draft: EntryDraft = {
    ...copyFields(original),
    id: randomUUID(),
    kind: EntryKind.REVERSAL,
    reversesEntryId: original.id,
    reason,
    declaredBy: caller.subject,
    declaredByRole: caller.role,
  };
  const review: ReviewRecord = {
    decision: 'ACCEPTED',
    points: original.review?.points === null || original.review?.points === undefined ? null : -original.review.points,
    awarded: null,
    reason,
    reviewedBy: caller.subject,
    reviewedByName: actorName(caller),
    reviewedAt: now.toISOString(),
  };
  return { draft, review };
}

function copyFields(
  entry: EntryRecord,
): Omit<EntryDraft, 'id' | 'kind' | 'reversesEntryId' | 'reason' | 'declaredBy' | 'declaredByRole'> {
  return {
    branchId: entry.branchId,
    memberId: entry.memberId,
    schemeVersionId: entry.schemeVersionId,
    itemCode: entry.itemCode,
    itemLabel: entry.itemLabel,
    occurredOn: entry.occurredOn,
    quantity: entry.quantity,
    level: entry.level,
    points: entry.points,
    leading: entry.leading,
    contributors: entry.contributors,
    matter: entry.matter,
    note: entry.note,
    evidenceIds: entry.evidenceIds,
  };
}

/** Why an entry cannot be reviewed (again), naming who already decided on it. */
function whyNotReviewable(entry: EntryRecord): string {
  if (entry.kind === EntryKind.REVERSAL) return '是冲正记录，无需初评';
  if (entry.state === EntryState.REVERSED) return '已冲正，不能再初评';
  if (!entry.review) return '已不在待初评状态，不能再初评';
  const decision = entry.review.decision === 'ACCEPTED' ? '认定' : '不予认定';
  return `已由 ${entry.review.reviewedByName} 初评（${decision}），不能再初评`;
}
