import { DEFAULT_SHARES } from '../quota/quota-rules';
import { RatingError, RatingErrorCode } from '../rating-error';
import { AllocationRules, StarAllocation, StarCandidate, TieBreaker } from './allocation-types';
import { fillLevels, quotaFor, withTaken } from './level-fill';
import { placementOf, Run } from './placement-explanation';
import { ROUNDING_LABELS } from './places';
import { byMemberId, isEligible, KEY_LABELS, LEVEL_LABELS, LEVELS, rankGroups, ranks, tenths } from './star-ranking';

/** DOMAIN.md: 10/15/20%, half up, base ≥ 50, total ≥ 70, ties by base then star points, still tied all take. */
export const DEFAULT_ALLOCATION_RULES: Readonly<AllocationRules> = Object.freeze({
  shares: Object.freeze({
    5: DEFAULT_SHARES.fiveStarPercent,
    4: DEFAULT_SHARES.fourStarPercent,
    3: DEFAULT_SHARES.threeStarPercent,
  }),
  rounding: 'HALF_UP',
  baseFloor: 50,
  totalFloor: 70,
  tieBreakers: Object.freeze(['BASE', 'STAR_POINTS']) as TieBreaker[],
  stillTied: 'ALL_TAKE',
});

/** Allocates five, four and three stars to the members of one unit under the committee's rules. Pure. */
export function allocateStars(candidates: readonly StarCandidate[], rules: AllocationRules): StarAllocation {
  checkRules(rules);
  checkCandidates(candidates);
  const order = [...new Set(rules.tieBreakers)];
  const eligible = candidates.filter((c) => isEligible(c, rules));
  const groups = rankGroups(eligible, order);
  const quotas = LEVELS.map((stars) => quotaFor(stars, candidates.length, rules));
  const fill = fillLevels(groups, quotas, rules, order);
  const levels = quotas.map((quota) => withTaken(quota, fill));
  const ranked = groups.flat();
  const run: Run = {
    rules,
    order,
    levels,
    ranked,
    position: new Map(ranked.map((c, i) => [c.memberId, i])),
    rankOf: ranks(groups),
    fill,
  };
  const ineligible = candidates
    .filter((c) => !isEligible(c, rules))
    .sort((a, b) => tenths(b.total) - tenths(a.total) || byMemberId(a, b));
  const placements = [...run.ranked, ...ineligible].map((c) => placementOf(c, run));
  return { count: candidates.length, levels, placements, ties: fill.ties };
}

// The committee's rules and the candidates, checked before anything is allocated.

function checkRules(rules: AllocationRules): void {
  const problems = shareProblems(rules.shares);
  if (!Number.isFinite(rules.baseFloor)) problems.push('共性分门槛应为有限数');
  if (!Number.isFinite(rules.totalFloor)) problems.push('总分门槛应为有限数');
  if (!(rules.rounding in ROUNDING_LABELS)) problems.push(`未知的取整方式 ${String(rules.rounding)}`);
  if (rules.stillTied !== 'ALL_TAKE' && rules.stillTied !== 'NONE_TAKE')
    problems.push(`未知的并列处理方式 ${String(rules.stillTied)}`);
  for (const key of rules.tieBreakers) if (!(key in KEY_LABELS)) problems.push(`未知的并列比较项 ${String(key)}`);
  if (problems.length > 0)
    throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, problems.join('；'), { problems });
}

/**
 * Each share 0–100 with two decimals at most, together at most 100, all checked in integer hundredths
 * (18.65 × 100 is 1864.999… in floating point, so an exact comparison would refuse it).
 */
function shareProblems(shares: AllocationRules['shares']): string[] {
  const problems: string[] = [];
  let sum = 0;
  for (const stars of LEVELS) {
    const value = shares[stars];
    const hundredths = Math.round(value * 100);
    if (!Number.isFinite(value) || value < 0 || value > 100)
      problems.push(`${LEVEL_LABELS[stars]}比例应在 0 到 100 之间`);
    else if (Math.abs(value * 100 - hundredths) > 1e-6) problems.push(`${LEVEL_LABELS[stars]}比例最多保留两位小数`);
    sum += hundredths;
  }
  if (problems.length === 0 && sum > 10000) problems.push(`三档比例合计 ${sum / 100}% 超过了 100%`);
  return problems;
}

/** Candidates come from our own loaders: a problem here is a programming error, not a committee's. */
function checkCandidates(candidates: readonly StarCandidate[]): void {
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.memberId)) throw new RangeError(`评星名单中党员 ${c.memberId} 重复出现`);
    seen.add(c.memberId);
    if (![c.total, c.base, c.starPoints].every(Number.isFinite))
      throw new RangeError(`党员 ${c.memberId} 的分数不是有限数`);
  }
}
