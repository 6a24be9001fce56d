import { RatingError, RatingErrorCode } from '../rating-error';
import { PendingScore } from './rating-inputs';
import { RunSummary } from './run.storage';

/** A branch whose scores are not all final, with how many of them are where, and why in Chinese. */
export interface PendingBranch {
  branchId: string;
  branchName: string;
  count: number;
  provisional: number;
  published: number;
  held: number;
  reason: string;
}

/**
 * The branches holding a run back (every pending score counted, not just those listed), the most first: a preview
 * that rates few or none says who is missing and why instead of showing empty places.
 */
export function pendingByBranch(pending: readonly PendingScore[], names: ReadonlyMap<string, string>): PendingBranch[] {
  const byBranch = new Map<string, PendingBranch>();
  for (const p of pending) {
    const b = byBranch.get(p.branchId) ?? {
      branchId: p.branchId,
      branchName: names.get(p.branchId) ?? '（未知党支部）',
      count: 0,
      provisional: 0,
      published: 0,
      held: 0,
      reason: '',
    };
    b.count += 1;
    if (p.state === 'HELD') b.held += 1;
    else if (p.state === 'PUBLISHED') b.published += 1;
    else b.provisional += 1;
    byBranch.set(p.branchId, b);
  }
  return [...byBranch.values()]
    .map((b) => ({ ...b, reason: reasonOf(b) }))
    .sort((a, b) => b.count - a.count || a.branchName.localeCompare(b.branchName, 'zh-CN'));
}

function reasonOf(b: PendingBranch): string {
  const parts = [
    b.held && `${b.held} 人有异议或申诉待处理`,
    b.published && `${b.published} 人公示中，公示期满后确定`,
    b.provisional && `${b.provisional} 人尚在申报、初评或党员大会评定中，未公示`,
  ].filter(Boolean);
  return `${b.count} 人的积分尚未确定：${parts.join('；')}`;
}

/**
 * A run that rates nobody is refused: confirmed, it would become the period's standing rating, publish nothing,
 * open no warning and (as a correction) supersede a rating that did rate members and withdraw its warnings.
 * Usually the scope or the period is wrong, or the scores are not final yet (refused before this, as pending).
 */
export function assertSomeoneRated(summary: RunSummary, periodKey: string, orgName: string): void {
  if (summary.rated > 0) return;
  const read =
    summary.scores === 0
      ? `“${orgName}”${periodKey} 没有已确定的积分`
      : `“${orgName}”${periodKey} 已确定的 ${summary.scores} 人中，${summary.exempt} 人不纳入积分管理、${summary.notGraded} 人本期不评定等次`;
  throw new RatingError(
    RatingErrorCode.NOTHING_RATED,
    `本次评定没有评定等次的党员（${read}），确认后将成为本期现行评定而不公布任何结果；请检查评定范围和期间是否正确`,
    { scores: summary.scores, exempt: summary.exempt, notGraded: summary.notGraded },
  );
}
