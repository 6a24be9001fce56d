import {
  AllocationRules,
  FloorCheck,
  LevelQuota,
  Placement,
  StarCandidate,
  StarLevel,
  TieBreaker,
  TieReport,
} from './allocation-types';
import { Fill, nextLevel } from './level-fill';
import { placesArithmetic } from './places';
import { floorsOf, formatScore, KEY_LABELS, LEVEL_LABELS, scoreOf, tenths } from './star-ranking';

// Each member's placement with the sentences that explain it: floors met or missed, rank, a tie broken or not, the
// quota and its rounding.

/** Everything the placements are built from. */
export interface Run {
  rules: AllocationRules;
  order: TieBreaker[];
  levels: LevelQuota[];
  ranked: StarCandidate[];
  /** Each ranked member's place in `ranked`. */
  position: Map<string, number>;
  rankOf: Map<string, { rank: number; groupSize: number }>;
  fill: Fill;
}

export function placementOf(c: StarCandidate, run: Run): Placement {
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
