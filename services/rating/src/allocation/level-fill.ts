import { AllocationRules, LevelQuota, StarLevel, TieBreaker, TieReport } from './allocation-types';
import { placesFor } from './places';
import { formatScore, Group, KEY_LABELS, LEVEL_LABELS, LEVELS, scoreOf } from './star-ranking';

// Filling the levels from five stars down along the ranking: each level's places, who took them, and the ties at a
// cut-off with what the rule did about them.

/** Who took what while the levels were filled from five stars down. */
export interface Fill {
  stars: Map<string, StarLevel>;
  ties: TieReport[];
  tiesOf: Map<string, TieReport[]>;
}

export function quotaFor(stars: StarLevel, count: number, rules: AllocationRules): LevelQuota {
  const { exact, places, explanation } = placesFor(count, rules.shares[stars], rules.rounding);
  const percent = Math.round(rules.shares[stars] * 100) / 100;
  return { stars, percent, count, exact, places, explanation, taken: 0, overflow: 0, unused: places };
}

export function withTaken(quota: LevelQuota, fill: Fill): LevelQuota {
  const taken = [...fill.stars.values()].filter((stars) => stars === quota.stars).length;
  return { ...quota, taken, overflow: Math.max(0, taken - quota.places), unused: Math.max(0, quota.places - taken) };
}

/**
 * Walks the ranking from the top. A level takes groups while it has places left. A group larger than
 * the places left straddles the cut-off: under ALL_TAKE it takes the level and closes it; under
 * NONE_TAKE the level closes with its places unused and the group goes on to the next level down.
 * The cursor only moves down, so nobody ranked lower ever gets more stars than somebody ranked higher.
 */
export function fillLevels(
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

export function nextLevel(stars: StarLevel): StarLevel | null {
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
