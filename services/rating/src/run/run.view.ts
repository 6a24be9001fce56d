import { RatingChange as Change } from './run-diff';
import { StoredResult } from './run-results.storage';
import { RunRecord, StoredUnit } from './run.storage';
import { WarningTrigger } from '../warning/warning-rules';
import { QuotaUnit, RatingChange, RatingResult, RatingResultStatus, RatingRun, RatingRunStatus } from './run.type';

export function runView(run: RunRecord): RatingRun {
  return {
    id: run.id,
    organizationId: run.orgId,
    organizationName: run.orgName,
    period: run.periodKey,
    version: run.version,
    status: run.status as RatingRunStatus,
    summary: { ...run.summary, levels: run.summary.levels.map((l) => ({ ...l, percent: null, explanation: null })) },
    pendingCount: run.pending.count,
    pending: run.pending.items,
    pendingBranches: run.pending.branches ?? [],
    comparedWith: run.comparedWith,
    changes: run.changes.map(changeView),
    createdBy: run.createdBy,
    createdByName: run.createdByName,
    createdAt: run.createdAt,
    confirmedBy: run.confirmedBy,
    confirmedByName: run.confirmedByName,
    confirmedAt: run.confirmedAt,
    periodEnd: run.periodEnd,
    decidedOn: run.decidedOn,
  };
}

export function changeView(change: Change): RatingChange {
  return {
    memberId: change.memberId,
    memberName: change.memberName,
    kind: change.kind,
    text: change.text,
    totalBefore: change.before?.total ?? null,
    totalAfter: change.after?.total ?? null,
    starsBefore: change.before?.stars ?? null,
    starsAfter: change.after?.stars ?? null,
  };
}

export function resultView(result: StoredResult): RatingResult {
  return {
    runId: result.runId,
    period: result.periodKey,
    memberId: result.memberId,
    memberName: result.memberName,
    memberNo: result.memberNo,
    memberKind: result.memberKind,
    branchId: result.branchId,
    unitId: result.unitId,
    status: result.status as RatingResultStatus,
    total: result.total,
    base: result.base,
    starPoints: result.starPoints,
    grade: result.gradeCode ? { code: result.gradeCode, name: result.gradeName ?? result.gradeCode } : null,
    stars: result.stars,
    rank: result.rank,
    warning: result.warning as WarningTrigger | null,
    consequences: result.consequences,
    explanation: result.explanation,
  };
}

export function unitView(unit: StoredUnit): QuotaUnit {
  const allocation = unit.allocation;
  return {
    unitId: unit.unitId,
    name: unit.unitName,
    basis: unit.policy.basis,
    count: allocation.count,
    levels: allocation.levels.map((l: QuotaUnit['levels'][number]) => ({
      stars: l.stars,
      percent: l.percent,
      places: l.places,
      taken: l.taken,
      overflow: l.overflow,
      explanation: l.explanation,
    })),
    ties: allocation.ties,
    policy: unit.policy,
  };
}
