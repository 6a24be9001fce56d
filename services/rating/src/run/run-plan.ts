import { idsOnPath, isSameOrBelow } from '@jifen/kit';
import { applicableConsequences } from '@jifen/rules';
import { allocateStars } from '../allocation/star-allocation';
import { AllocationRules, Placement, StarAllocation, StarCandidate, StarLevel } from '../allocation/allocation-types';
import { QuotaPolicy } from '../quota/quota-policy.type';
import { WARNING_THRESHOLD } from '../warning/warning-rules';
import { BranchInput, ScoreInput, SchemeFacts } from './rating-inputs';
import { show } from './figure-text';

type ResultStatus = 'RATED' | 'EXEMPT' | 'NOT_GRADED';
type WarningTrigger = 'SCORE_BELOW_50' | 'DIRECT_UNQUALIFIED';
type UnitBasis = 'BRANCH' | 'POOL' | 'OVERRIDE';

/** The group of members star places are counted over, with the policy it used and what it gave. */
export interface UnitPlan {
  unitId: string;
  unitPath: string;
  unitName: string;
  districtId: string;
  basis: UnitBasis;
  policy: QuotaPolicy;
  rules: AllocationRules;
  allocation: StarAllocation;
}

export interface ResultPlan {
  memberId: string;
  memberName: string;
  memberNo: string;
  memberKind: ScoreInput['memberKind'];
  districtId: string;
  branchId: string;
  branchPath: string;
  unitId: string | null;
  status: ResultStatus;
  total: number | null;
  base: number | null;
  starPoints: number | null;
  grade: { code: string; name: string } | null;
  stars: StarLevel | null;
  rank: number | null;
  warning: WarningTrigger | null;
  consequences: { code: string; label: string }[];
  explanation: string[];
}

export interface RunPlanInput {
  org: { id: string; path: string; name: string };
  /** Final scores only. */
  scores: readonly ScoreInput[];
  branches: ReadonlyMap<string, BranchInput>;
  /** Names of the organisations on the branches' paths (units are named after them). */
  names: ReadonlyMap<string, string>;
  policyOf: (branch: BranchInput) => QuotaPolicy;
  schemes: ReadonlyMap<string, SchemeFacts>;
  /** Each member's confirmed grades of the periods just before, oldest first. */
  previousGrades: ReadonlyMap<string, readonly string[]>;
}

const KIND_NAMES = { FULL: '正式党员', PROBATIONARY: '预备党员', ACTIVIST: '入党积极分子' } as const;
const STAR_NAMES: Record<StarLevel, string> = { 5: '五星', 4: '四星', 3: '三星' };

/** The path of the node `id` on `path` (an ancestor of the path's node, or the node itself). */
function pathUpTo(path: string, id: string): string {
  const labels = path.split('.');
  const index = idsOnPath(path).indexOf(id);
  return labels.slice(0, index + 1).join('.');
}

/** Which unit a branch's members are counted in, under the policy in force for it. */
function unitFor(
  branch: BranchInput,
  policy: QuotaPolicy,
  org: RunPlanInput['org'],
): { id: string; path: string; basis: UnitBasis; shares: AllocationRules['shares'] } {
  const override = policy.overrides.find((o) => o.branchId === branch.id);
  if (override) {
    return {
      id: branch.id,
      path: branch.path,
      basis: 'OVERRIDE',
      shares: { 5: override.fiveStarPercent, 4: override.fourStarPercent, 3: override.threeStarPercent },
    };
  }
  const shares = { 5: policy.fiveStarPercent, 4: policy.fourStarPercent, 3: policy.threeStarPercent } as const;
  if (policy.scope !== 'POOL' || !policy.organizationId)
    return { id: branch.id, path: branch.path, basis: 'BRANCH', shares };
  const ownerPath = pathUpTo(branch.path, policy.organizationId);
  // A pool wider than the run is counted over the run's own scope.
  return isSameOrBelow(ownerPath, org.path)
    ? { id: policy.organizationId, path: ownerPath, basis: 'POOL', shares }
    : { id: org.id, path: org.path, basis: 'POOL', shares };
}

function warningOf(score: ScoreInput, scheme: SchemeFacts | undefined): WarningTrigger | null {
  if (score.memberKind === 'ACTIVIST') return null;
  const lowest = scheme?.lowestGrade ?? 'UNQUALIFIED';
  if (score.forcedGrade && score.forcedGrade.grade === lowest) return 'DIRECT_UNQUALIFIED';
  if (score.total !== null && Math.round(score.total * 10) < WARNING_THRESHOLD * 10) return 'SCORE_BELOW_50';
  return null;
}

/** The run's consequences, and those of the register's score the run did not draw (each once, the run's first). */
function withRegisterHistory(
  rated: readonly { code: string; label: string }[],
  register: readonly { code: string; label: string }[],
): { code: string; label: string }[] {
  const seen = new Set(rated.map((c) => `${c.code}\u0000${c.label}`));
  return [...rated, ...register.filter((c) => !seen.has(`${c.code}\u0000${c.label}`))];
}

/** Grades, consequences and warnings for one member, before stars. */
function rateMember(score: ScoreInput, branch: BranchInput, input: RunPlanInput): ResultPlan {
  const base: ResultPlan = {
    memberId: score.memberId,
    memberName: score.memberName,
    memberNo: score.memberNo,
    memberKind: score.memberKind,
    districtId: branch.districtId,
    branchId: branch.id,
    branchPath: branch.path,
    unitId: null,
    status: 'RATED',
    total: score.total,
    base: score.star?.base ?? null,
    starPoints: score.star?.starPoints ?? null,
    grade: null,
    stars: null,
    rank: null,
    warning: null,
    consequences: [],
    explanation: [],
  };
  if (score.status === 'EXEMPT') {
    return {
      ...base,
      status: 'EXEMPT',
      explanation: ['经支部党员大会决定、上级批准不纳入积分管理，不评定等次，不占星级名额'],
    };
  }
  if (!score.graded || !score.grade || score.total === null) {
    return {
      ...base,
      status: 'NOT_GRADED',
      explanation: [`${KIND_NAMES[score.memberKind]}，所用积分方案本期不评定等次（总分 ${show(score.total)} 分）`],
    };
  }
  const scheme = input.schemes.get(score.schemeVersionId);
  const previous = input.previousGrades.get(score.memberId) ?? [];
  const rated = scheme
    ? applicableConsequences(scheme.consequences, {
        kind: score.memberKind,
        total: score.total,
        grade: score.grade.code,
        previousGrades: previous,
      })
    : score.consequences;
  // With no confirmed rating of the period before, the register's final grades are the member's record: keep what
  // the ledger drew from them (e.g. 连续两年基本合格 after a year no committee rated).
  const consequences = scheme && previous.length === 0 ? withRegisterHistory(rated, score.consequences) : rated;
  const warning = warningOf(score, scheme);
  const explanation = [
    score.forcedGrade
      ? `因“${score.forcedGrade.label}”直接认定为“${score.grade.name}”`
      : `总分 ${show(score.total)} 分，按所用积分方案的分数线评为“${score.grade.name}”`,
    ...consequences.map((c) => `结果运用：${c.label}`),
  ];
  if (warning === 'SCORE_BELOW_50')
    explanation.push(
      `总分低于 ${WARNING_THRESHOLD} 分，实行“双预警”：党员本人和所在党支部同时预警，党支部书记约谈，结成帮扶对子`,
    );
  if (warning === 'DIRECT_UNQUALIFIED')
    explanation.push(`符合直接认定不合格的情形（${score.forcedGrade!.label}），实行“双预警”`);
  return { ...base, grade: score.grade, consequences, warning, explanation };
}

function candidateOf(score: ScoreInput): StarCandidate {
  const barred = score.veto
    ? `一票否决（${score.veto.label}）`
    : score.forcedGrade
      ? `直接认定等次（${score.forcedGrade.label}）`
      : null;
  return {
    memberId: score.memberId,
    name: score.memberName,
    total: score.total!,
    base: score.star!.base,
    starPoints: score.star!.starPoints,
    barred,
  };
}

function unitName(unit: { id: string; basis: UnitBasis }, input: RunPlanInput): string {
  const name = input.names.get(unit.id) ?? unit.id;
  return unit.basis === 'POOL' ? `${name}（统筹核定）` : unit.basis === 'OVERRIDE' ? `${name}（单独核定）` : name;
}

/**
 * A rating run, decided: every final score graded with its consequences and warning, and stars allocated
 * in each unit under the policy in force. Pure: the same inputs give the same plan.
 */
export function planRun(input: RunPlanInput): { units: UnitPlan[]; results: ResultPlan[] } {
  const results = new Map<string, ResultPlan>();
  const units = new Map<
    string,
    { unit: ReturnType<typeof unitFor>; policy: QuotaPolicy; districtId: string; candidates: StarCandidate[] }
  >();
  const ordered = [...input.scores].sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
  for (const score of ordered) {
    const branch = input.branches.get(score.branchId);
    if (!branch) continue;
    const result = rateMember(score, branch, input);
    results.set(score.memberId, result);
    if (result.status !== 'RATED') continue;
    if (!score.star) {
      result.explanation.push('所用积分方案未设评星定级，不参加评星');
      continue;
    }
    const policy = input.policyOf(branch);
    const unit = unitFor(branch, policy, input.org);
    const group = units.get(unit.id) ?? { unit, policy, districtId: branch.districtId, candidates: [] };
    group.candidates.push(candidateOf(score));
    units.set(unit.id, group);
    result.unitId = unit.id;
  }
  const planned: UnitPlan[] = [];
  for (const { unit, policy, districtId, candidates } of units.values()) {
    const rules: AllocationRules = {
      shares: unit.shares,
      rounding: policy.rounding,
      baseFloor: policy.baseFloor,
      totalFloor: policy.totalFloor,
      tieBreakers: policy.tieBreakers,
      stillTied: policy.stillTied,
    };
    const allocation = allocateStars(candidates, rules);
    const name = unitName(unit, input);
    planned.push({
      unitId: unit.id,
      unitPath: unit.path,
      unitName: name,
      districtId,
      basis: unit.basis,
      policy,
      rules,
      allocation,
    });
    for (const placement of allocation.placements)
      applyPlacement(results.get(placement.memberId)!, placement, allocation, name, policy);
  }
  // Each line once: a consequence and a warning, or a placement, never say the same thing twice.
  for (const result of results.values()) result.explanation = [...new Set(result.explanation)];
  return { units: planned.sort((a, b) => (a.unitPath < b.unitPath ? -1 : 1)), results: [...results.values()] };
}

function applyPlacement(
  result: ResultPlan,
  placement: Placement,
  allocation: StarAllocation,
  unitName: string,
  policy: QuotaPolicy,
): void {
  result.stars = placement.stars;
  result.rank = placement.rank;
  const places = allocation.levels.map((l) => `${STAR_NAMES[l.stars]} ${l.places} 个`).join('、');
  // A branch given its own shares (单独核定) says why, in each of its members' explanations.
  const override = policy.overrides.find((o) => o.branchId === result.branchId);
  const source = override
    ? `单独核定的名额比例，理由：${override.reason}`
    : policy.isDefault
      ? '默认名额比例'
      : policy.inherited
        ? '上级组织的名额政策'
        : '本级名额政策';
  result.explanation.push(`在“${unitName}”${allocation.count} 人中评星（${source}：${places}）`);
  result.explanation.push(...placement.explanation);
  result.explanation.push(placement.stars ? `评为${STAR_NAMES[placement.stars]}党员` : '未评上星级');
}
