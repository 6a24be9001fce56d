import type { RunInputs } from '../run/run-gather';
import { diffResults, figuresOf, ResultFigures } from '../run/run-diff';
import type { ResultPlan, UnitPlan } from '../run/run-plan';
import { summarise } from '../run/run-summary';
import { RatingResultStatus } from '../run/run.type';
import type { RunRecord } from '../run/run.storage';
import { changeView, runView, unitView } from '../run/run.view';
import type { QuotaPolicyDraft } from './quota-policy.storage';
import type { QuotaPolicy } from './quota-policy.type';
import type { QuotaPreview, QuotaPreviewMember } from './quota-preview.type';

export interface PreviewParts {
  org: { id: string; name: string };
  period: string;
  draft: QuotaPolicyDraft;
  plan: { units: UnitPlan[]; results: ResultPlan[] };
  inputs: Pick<RunInputs, 'pending' | 'pendingBranches' | 'branches'>;
  /** The members' standing (confirmed) results of the period and the runs they stand in; none: not rated yet. */
  standing: { runs: RunRecord[]; figures: ResultFigures[] };
}

/** The draft as a policy reads: checked, not saved (no id, time or setter). */
function draftView(draft: QuotaPolicyDraft): QuotaPolicy {
  const { districtId: _district, setBy: _by, ...rules } = draft;
  return { ...rules, id: null, isDefault: false, inherited: false, setAt: null, setByName: null };
}

/** Those given stars first (more stars, then rank), then the others by total, highest first; then by name. */
function byStarsThenTotal(a: ResultPlan, b: ResultPlan): number {
  return (
    (b.stars ?? 0) - (a.stars ?? 0) ||
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    (b.total ?? -Infinity) - (a.total ?? -Infinity) ||
    a.memberName.localeCompare(b.memberName, 'zh-CN')
  );
}

/** What the committee reads beside its draft: places per unit, each member's star and why, and what changes. */
export function quotaPreviewOf(parts: PreviewParts): QuotaPreview {
  const { plan, inputs, standing } = parts;
  const before = new Map(standing.figures.map((f) => [f.memberId, f]));
  const unitNames = new Map(plan.units.map((u) => [u.unitId, u.unitName]));
  const summary = summarise(plan.results, plan.units);
  const members: QuotaPreviewMember[] = [...plan.results].sort(byStarsThenTotal).map((r) => ({
    memberId: r.memberId,
    memberName: r.memberName,
    branchId: r.branchId,
    branchName: inputs.branches.get(r.branchId)?.name ?? '（未知党支部）',
    unitId: r.unitId,
    unitName: r.unitId ? (unitNames.get(r.unitId) ?? null) : null,
    status: r.status as RatingResultStatus,
    total: r.total,
    base: r.base,
    starPoints: r.starPoints,
    grade: r.grade,
    stars: r.stars,
    standingStars: before.get(r.memberId)?.stars ?? null,
    rank: r.rank,
    explanation: r.explanation,
  }));
  return {
    organizationId: parts.org.id,
    organizationName: parts.org.name,
    period: parts.period,
    policy: draftView(parts.draft),
    summary: { ...summary, levels: summary.levels.map((l) => ({ ...l, percent: null, explanation: null })) },
    units: plan.units.map((u) =>
      unitView({
        unitId: u.unitId,
        unitPath: u.unitPath,
        unitName: u.unitName,
        policy: { ...u.policy, basis: u.basis, rules: u.rules },
        allocation: u.allocation,
      }),
    ),
    members,
    pendingCount: inputs.pending.length,
    pendingBranches: inputs.pendingBranches,
    comparedWith: standing.runs.map(runView),
    changes:
      standing.figures.length > 0 ? diffResults(standing.figures, plan.results.map(figuresOf)).map(changeView) : [],
  };
}
