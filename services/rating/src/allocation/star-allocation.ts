import { DEFAULT_SHARES } from '../quota/quota-rules';
import { RatingError, RatingErrorCode } from '../rating-error';
import {
  AllocationRules,
  FloorCheck,
  LevelQuota,
  Placement,
  StarAllocation,
  StarCandidate,
  StarLevel,
  TieBreaker,
  TieReport,
} from './allocation-types';
import { placesArithmetic, placesFor, ROUNDING_LABELS } from './places';

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

const LEVELS: readonly StarLevel[] = [5, 4, 3];
const LEVEL_LABELS: Readonly<Record<StarLevel, string>> = { 5: '五星', 4: '四星', 3: '三星' };
const KEY_LABELS: Readonly<Record<TieBreaker, string>> = { BASE: '共性分', STAR_POINTS: '评星分' };

type Group = StarCandidate[];

/** Who took what while the levels were filled from five stars down. */
interface Fill {
  stars: Map<string, StarLevel>;
  ties: TieReport[];
  tiesOf: Map<string, TieReport[]>;
}

/** Everything the placements are built from. */
interface Run {
  rules: AllocationRules;
  order: TieBreaker[];
  levels: LevelQuota[];
  ranked: StarCandidate[];
  /** Each ranked member's place in `ranked`. */
  position: Map<string, number>;
  rankOf: Map<string, { rank: number; groupSize: number }>;
  fill: Fill;
}

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

// ---- checks -------------------------------------------------------------------------------------

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

// ---- eligibility and ranking --------------------------------------------------------------------

/** Scores have one decimal at most: compare them as integer tenths. */
function tenths(score: number): number {
  return Math.round(score * 10);
}

/** 88 not 88.0; 88.5 stays. */
function formatScore(score: number): string {
  return String(tenths(score) / 10);
}

function floorsOf(c: StarCandidate, rules: AllocationRules): Placement['floors'] {
  const check = (value: number, floor: number): FloorCheck => ({ value, floor, met: tenths(value) >= tenths(floor) });
  return { base: check(c.base, rules.baseFloor), total: check(c.total, rules.totalFloor) };
}

function isEligible(c: StarCandidate, rules: AllocationRules): boolean {
  const floors = floorsOf(c, rules);
  return c.barred === null && floors.base.met && floors.total.met;
}

function scoreOf(c: StarCandidate, key: 'TOTAL' | TieBreaker): number {
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

function byMemberId(a: StarCandidate, b: StarCandidate): number {
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

/** The eligible members in ranking order, in groups tied on everything (listed by memberId inside a group). */
function rankGroups(eligible: readonly StarCandidate[], order: readonly TieBreaker[]): Group[] {
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
function ranks(groups: readonly Group[]): Map<string, { rank: number; groupSize: number }> {
  const result = new Map<string, { rank: number; groupSize: number }>();
  let before = 0;
  for (const group of groups) {
    for (const c of group) result.set(c.memberId, { rank: before + 1, groupSize: group.length });
    before += group.length;
  }
  return result;
}

// ---- filling the levels -------------------------------------------------------------------------

function quotaFor(stars: StarLevel, count: number, rules: AllocationRules): LevelQuota {
  const { exact, places, explanation } = placesFor(count, rules.shares[stars], rules.rounding);
  const percent = Math.round(rules.shares[stars] * 100) / 100;
  return { stars, percent, count, exact, places, explanation, taken: 0, overflow: 0, unused: places };
}

function withTaken(quota: LevelQuota, fill: Fill): LevelQuota {
  const taken = [...fill.stars.values()].filter((stars) => stars === quota.stars).length;
  return { ...quota, taken, overflow: Math.max(0, taken - quota.places), unused: Math.max(0, quota.places - taken) };
}

/**
 * Walks the ranking from the top. A level takes groups while it has places left. A group larger than
 * the places left straddles the cut-off: under ALL_TAKE it takes the level and closes it; under
 * NONE_TAKE the level closes with its places unused and the group goes on to the next level down.
 * The cursor only moves down, so nobody ranked lower ever gets more stars than somebody ranked higher.
 */
function fillLevels(
  groups: readonly Group[],
  quotas: readonly LevelQuota[],
  rules: AllocationRules,
  order: readonly TieBreaker[],
): Fill {
  const fill: Fill = { stars: new Map(), ties: [], tiesOf: new Map() };
  const left = quotas.map((quota) => quota.places);
  let level = 0;
  for (const group of groups) {
    for (; level < quotas.length; level++) {
      if (left[level] === 0) continue;
      const stars = quotas[level].stars;
      const fits = group.length <= left[level];
      if (!fits) recordTie(fill, tieReport(group, stars, left[level], rules, order));
      if (fits || rules.stillTied === 'ALL_TAKE') {
        for (const c of group) fill.stars.set(c.memberId, stars);
        left[level] = Math.max(0, left[level] - group.length);
        break;
      }
    }
  }
  return fill;
}

function recordTie(fill: Fill, tie: TieReport): void {
  fill.ties.push(tie);
  for (const memberId of tie.memberIds) fill.tiesOf.set(memberId, [...(fill.tiesOf.get(memberId) ?? []), tie]);
}

function nextLevel(stars: StarLevel): StarLevel | null {
  return LEVELS[LEVELS.indexOf(stars) + 1] ?? null;
}

function tieReport(
  group: Group,
  stars: StarLevel,
  placesLeft: number,
  rules: AllocationRules,
  order: readonly TieBreaker[],
): TieReport {
  const label = LEVEL_LABELS[stars];
  const size = group.length;
  const same = [
    `总分同为 ${formatScore(group[0].total)} 分`,
    ...order.map((key) => `${KEY_LABELS[key]}同为 ${formatScore(scoreOf(group[0], key))} 分`),
  ];
  const head = `${group.map((c) => c.name).join('、')}${same.join('，')}，各项均相同；${label}仅剩 ${placesLeft} 个名额，`;
  const next = nextLevel(stars);
  const outcome =
    rules.stillTied === 'ALL_TAKE'
      ? `按规则 ${size} 人并列获评${label}，${label}超出名额 ${size - placesLeft} 人`
      : `按规则 ${size} 人均不获评${label}，${placesLeft} 个名额空缺，${next === null ? '不再有更低星级可评' : `${size} 人转入${LEVEL_LABELS[next]}评定`}`;
  return {
    stars,
    memberIds: group.map((c) => c.memberId),
    placesLeft,
    outcome: rules.stillTied,
    explanation: head + outcome,
  };
}

// ---- placements and their explanations ----------------------------------------------------------

function placementOf(c: StarCandidate, run: Run): Placement {
  const ranking = run.rankOf.get(c.memberId);
  const ties = run.fill.tiesOf.get(c.memberId) ?? [];
  const floors = floorsOf(c, run.rules);
  return {
    memberId: c.memberId,
    stars: run.fill.stars.get(c.memberId) ?? null,
    rank: ranking?.rank ?? null,
    eligibleCount: run.ranked.length,
    floors,
    tie: ties[ties.length - 1] ?? null,
    explanation: ranking === undefined ? ineligibleExplanation(c, floors) : eligibleExplanation(c, run),
  };
}

function ineligibleExplanation(c: StarCandidate, floors: Placement['floors']): string[] {
  if (c.barred !== null) return [`不参加评星：${c.barred}`, '未获评星级'];
  const parts = [floorSentence('共性分', floors.base), floorSentence('总分', floors.total)];
  return [`${parts.join('；')}；不符合评星条件`, '未获评星级'];
}

function floorSentence(label: string, check: FloorCheck): string {
  const value = formatScore(check.value);
  const floor = formatScore(check.floor);
  return check.met ? `${label} ${value} 分 ≥ ${floor} 分` : `${label} ${value} 分，低于 ${floor} 分`;
}

function eligibleExplanation(c: StarCandidate, run: Run): string[] {
  const floors = floorsOf(c, run.rules);
  const { rank, groupSize } = run.rankOf.get(c.memberId) ?? { rank: 0, groupSize: 1 };
  const stars = run.fill.stars.get(c.memberId) ?? null;
  const ties = run.fill.tiesOf.get(c.memberId) ?? [];
  const sentences = [
    `${floorSentence('共性分', floors.base)}，${floorSentence('总分', floors.total)}，符合评星条件`,
    `在符合评星条件的 ${run.ranked.length} 人中${groupSize > 1 ? '并列' : '排'}第 ${rank} 名`,
  ];
  const broken = tieBrokenSentence(c, run);
  if (broken !== null) sentences.push(broken);
  for (const tie of ties) sentences.push(tieSentence(c, tie, run));
  if (stars !== null) sentences.push(quotaSentence(stars, run), `获评${LEVEL_LABELS[stars]}`);
  else sentences.push(...(ties.length > 0 ? [] : [noStarSentence(run)]), '未获评星级');
  return sentences;
}

function quotaSentence(stars: StarLevel, run: Run): string {
  const quota = run.levels.find((level) => level.stars === stars) as LevelQuota;
  return `${LEVEL_LABELS[stars]}名额：${placesArithmetic(quota.count, quota.percent, quota.exact, quota.places, run.rules.rounding)}`;
}

function noStarSentence(run: Run): string {
  if (run.levels.every((level) => level.places === 0)) return '各级名额均为 0 个';
  const places = run.levels.map((level) => `${LEVEL_LABELS[level.stars]} ${level.places} 个`).join('、');
  const unused = run.fill.ties.some((tie) => tie.outcome === 'NONE_TAKE') ? '，因并列空出的名额不再授予排名在后者' : '';
  return `排名在前的成员已占满各级名额（${places}）${unused}`;
}

/** Under the member's own tie at a cut-off: who else, and what the rule did. */
function tieSentence(c: StarCandidate, tie: TieReport, run: Run): string {
  const others = tie.memberIds.filter((id) => id !== c.memberId).map((id) => nameOf(id, run));
  const label = LEVEL_LABELS[tie.stars];
  const head = `与${others.join('、')}各项均相同，${label}仅剩 ${tie.placesLeft} 个名额，`;
  if (tie.outcome === 'ALL_TAKE')
    return `${head}按规则并列获评${label}，${label}超出名额 ${tie.memberIds.length - tie.placesLeft} 人`;
  const next = nextLevel(tie.stars);
  return `${head}按规则均不获评${label}${next === null ? '' : `，转入${LEVEL_LABELS[next]}评定`}`;
}

function nameOf(memberId: string, run: Run): string {
  const at = run.position.get(memberId);
  return at === undefined ? memberId : run.ranked[at].name;
}

/**
 * When members with the same total ended on different levels, the tie-breakers decided it: name the
 * nearest such member in the ranking and the score that put one before the other.
 */
function tieBrokenSentence(c: StarCandidate, run: Run): string | null {
  const other = nearestSameTotalOtherLevel(c, run);
  if (other === null) return null;
  const parts = [`与${other.name}总分同为 ${formatScore(c.total)} 分`];
  for (const key of run.order) {
    const mine = tenths(scoreOf(c, key));
    const theirs = tenths(scoreOf(other, key));
    if (mine === theirs) {
      parts.push(`${KEY_LABELS[key]}同为 ${formatScore(scoreOf(c, key))} 分`);
      continue;
    }
    const score = (key: TieBreaker, who: StarCandidate): string => `${formatScore(scoreOf(who, key))} 分`;
    parts.push(
      `按${KEY_LABELS[key]}较高者优先（${score(key, c)}对 ${score(key, other)}），排在${other.name}${mine > theirs ? '之前' : '之后'}`,
    );
    return parts.join('，');
  }
  return null;
}

/** The ranking is by total first, so members with the same total stand together: look only among them. */
function nearestSameTotalOtherLevel(c: StarCandidate, run: Run): StarCandidate | null {
  const at = run.position.get(c.memberId) ?? -1;
  const total = tenths(c.total);
  const stars = run.fill.stars.get(c.memberId) ?? null;
  const sameTotal = (other: StarCandidate | undefined): other is StarCandidate =>
    other !== undefined && tenths(other.total) === total;
  const otherLevel = (other: StarCandidate) => (run.fill.stars.get(other.memberId) ?? null) !== stars;
  let up = true;
  let down = true;
  for (let distance = 1; up || down; distance++) {
    const above = run.ranked[at - distance];
    const below = run.ranked[at + distance];
    up = up && sameTotal(above);
    down = down && sameTotal(below);
    if (up && otherLevel(above)) return above;
    if (down && otherLevel(below)) return below;
  }
  return null;
}
