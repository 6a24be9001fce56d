import { PeriodScoreRecord } from './period-score.storage';
import { PeriodScore } from './period-score.type';

/** A stored score as the API shows it. */
export function periodScoreView(record: PeriodScoreRecord): PeriodScore {
  const result = record.result;
  return {
    memberId: record.memberId,
    period: record.periodKey,
    periodKind: record.periodKind,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    branchId: record.branchId,
    schemeVersionId: record.schemeVersionId,
    status: record.status,
    state: record.state,
    total: record.total,
    grade: record.gradeCode ? { code: record.gradeCode, name: record.gradeName ?? record.gradeCode } : null,
    components: result.components.map((c) => ({ code: c.code, label: c.label, kind: c.kind, score: c.score, weight: c.weight, contribution: c.contribution })),
    explanation: result.explanation.map((s) => ({ rule: s.rule, text: s.text, entryIds: s.entryIds })),
    reviewPending: result.reviewPending,
    detail: result as unknown as Record<string, unknown>,
    computedAt: record.computedAt,
  };
}
