import { AllocationRules, FloorCheck, Placement, StarCandidate, StarLevel, TieBreaker } from './allocation-types';

// The star levels and how members are compared for them: the floors, the ranking by total then each tie-breaker,
// and groups tied on everything (star-allocation.ts fills the levels from this ranking).

export const LEVELS: readonly StarLevel[] = [5, 4, 3];
export const LEVEL_LABELS: Readonly<Record<StarLevel, string>> = { 5: '五星', 4: '四星', 3: '三星' };
export const KEY_LABELS: Readonly<Record<TieBreaker, string>> = { BASE: '共性分', STAR_POINTS: '评星分' };

export type Group = StarCandidate[];

/** Scores have one decimal at most: compare them as integer tenths. */
export function tenths(score: number): number {
  return Math.round(score * 10);
}

/** 88 not 88.0; 88.5 stays. */
export function formatScore(score: number): string {
  return String(tenths(score) / 10);
}

export function floorsOf(c: StarCandidate, rules: AllocationRules): Placement['floors'] {
  const check = (value: number, floor: number): FloorCheck => ({ value, floor, met: tenths(value) >= tenths(floor) });
  return { base: check(c.base, rules.baseFloor), total: check(c.total, rules.totalFloor) };
}

export function isEligible(c: StarCandidate, rules: AllocationRules): boolean {
  const floors = floorsOf(c, rules);
  return c.barred === null && floors.base.met && floors.total.met;
}

export function scoreOf(c: StarCandidate, key: 'TOTAL' | TieBreaker): number {
  return key === 'TOTAL' ? c.total : key === 'BASE' ? c.base : c.starPoints;
}

/** Total first, then each tie-breaker; higher comes first. 0 means tied on everything the rule looks at. */
function compareByRule(a: StarCandidate, b: StarCandidate, order: readonly TieBreaker[]): number {
  for (const key of ['TOTAL' as const, ...order]) {
    const difference = tenths(scoreOf(b, key)) - tenths(scoreOf(a, key));
    if (difference !== 0) return difference;
  }
  return 0;
}

export function byMemberId(a: StarCandidate, b: StarCandidate): number {
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

/** The eligible members in ranking order, in groups tied on everything (listed by memberId inside a group). */
export function rankGroups(eligible: readonly StarCandidate[], order: readonly TieBreaker[]): Group[] {
  const sorted = [...eligible].sort((a, b) => compareByRule(a, b, order) || byMemberId(a, b));
  const groups: Group[] = [];
  for (const c of sorted) {
    const last = groups[groups.length - 1];
    if (last !== undefined && compareByRule(last[0], c, order) === 0) last.push(c);
    else groups.push([c]);
  }
  return groups;
}

/** Competition ranking: a group tied on everything shares the rank of its first place (1, 1, 3...). */
export function ranks(groups: readonly Group[]): Map<string, { rank: number; groupSize: number }> {
  const result = new Map<string, { rank: number; groupSize: number }>();
  let before = 0;
  for (const group of groups) {
    for (const c of group) result.set(c.memberId, { rank: before + 1, groupSize: group.length });
    before += group.length;
  }
  return result;
}
