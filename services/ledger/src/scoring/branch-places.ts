import { MemberKind, RankFact } from '@jifen/rules';
import { rankBranch, RankedScore } from './branch-rank';
import { StoredPlace } from './branch-rank.storage';
import { PeriodScoreRecord } from './period-score.storage';
import type { ScorePlan } from './score-keeper';

/** The key of a member's score for a period in the keeper's maps. */
export const placeKey = (memberId: string, periodKey: string) => `${memberId}|${periodKey}`;

/**
 * Each member's place in the branch for each planned period, by member and period: the new scores and the branch's
 * other stored ones, ranked among the members the period's scheme grades who were scored (exempt members and the
 * kinds a scheme only scores, T6's probationary members and activists, have no place and take none).
 */
export function placeInBranch(
  plan: ScorePlan,
  stored: readonly StoredPlace[],
  records: readonly PeriodScoreRecord[],
  kinds: ReadonlyMap<string, MemberKind>,
): Map<string, RankFact> {
  const places = new Map<string, RankFact>();
  const fresh = new Set(records.map((r) => placeKey(r.memberId, r.periodKey)));
  for (const { period, scheme } of plan.items) {
    const doc = scheme.document;
    const pool: (RankedScore & { kind: MemberKind | undefined; status: string; total: number | null })[] = [
      ...records
        .filter((r) => r.periodKey === period.key)
        .map((r) => ({
          memberId: r.memberId,
          total: r.total as number,
          base: r.result.star?.base ?? null,
          kind: kinds.get(r.memberId),
          status: r.status,
        })),
      ...stored
        .filter((s) => s.periodKey === period.key && !fresh.has(placeKey(s.memberId, s.periodKey)))
        .map((s) => ({ memberId: s.memberId, total: s.total as number, base: s.base, kind: s.kind, status: s.status })),
    ];
    const ranked = pool.filter(
      (p) =>
        p.status === 'SCORED' && p.total !== null && p.kind !== undefined && doc.grading.gradedKinds.includes(p.kind),
    );
    for (const [memberId, place] of rankBranch(ranked, doc.starRating !== undefined))
      places.set(placeKey(memberId, period.key), place);
  }
  return places;
}
