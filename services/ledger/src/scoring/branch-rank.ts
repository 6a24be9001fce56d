import type { RankFact } from '@jifen/rules';

/** One member's score for a period as the branch ranking takes it. */
export interface RankedScore {
  memberId: string;
  total: number;
  /** The star rating's base (共性分), for schemes that rate stars: the tie-break DOMAIN.md names. */
  base: number | null;
}

/**
 * The members' places in their branch for one period: competition ranking (1, 2, 2, 4) by total, highest first.
 * The seeds name no tie-break for a branch ranking, so members with the same total share a place — except under a
 * star-rating scheme (`byBase`), where DOMAIN.md breaks a tie by the higher base (共性分) first (then the star
 * points, which a same total and base leave equal). `tied` counts the members sharing the place.
 */
export function rankBranch(scores: readonly RankedScore[], byBase: boolean): Map<string, RankFact> {
  const tenths = (v: number | null) => Math.round((v ?? 0) * 10);
  const keyOf = (s: RankedScore) => [tenths(s.total), byBase ? tenths(s.base) : 0] as const;
  const sorted = scores
    .map((s) => ({ id: s.memberId, key: keyOf(s) }))
    .sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || (a.id < b.id ? -1 : 1));
  const places = new Map<string, RankFact>();
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    const [total, base] = sorted[start].key;
    while (end < sorted.length && sorted[end].key[0] === total && sorted[end].key[1] === base) end += 1;
    for (let i = start; i < end; i += 1)
      places.set(sorted[i].id, { position: start + 1, of: sorted.length, tied: end - start });
    start = end;
  }
  return places;
}

/** Whether two places are the same (both none, or the same position, count and tie). */
export function samePlace(a: RankFact | null | undefined, b: RankFact | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.position === b.position && a.of === b.of && (a.tied ?? 1) === (b.tied ?? 1);
}
