import { PeriodKind, RuleDocument } from '../document/rule-document.types';
import { RankFact } from './facts';

/**
 * Whether a period's result depends on the member's place in the branch: the grading period of a scheme with an
 * eligibility by rank (T6 前 20%, T3 前 3 名) or a band by share (T2 优秀 by proportion). The ledger re-scores a
 * member whose place moved only then.
 */
export function dependsOnRank(doc: RuleDocument, kind: PeriodKind): boolean {
  if (kind !== doc.grading.per) return false;
  return (
    doc.eligibilities.some((e) => e.topShare !== undefined || e.topRank !== undefined) ||
    doc.grading.bands.some((b) => b.share !== undefined)
  );
}

/** The places a share of the ranked members gives: ⌊share × ranked⌋, exactly (20% of 10 → 2, of 7 → 1). */
export function placesFor(share: number, of: number): number {
  return Math.floor((Math.round(share * 10000) * of) / 10000);
}

/** “排名第 3（共 10 人，2 人并列）”. */
export function rankText(rank: RankFact): string {
  const tied = rank.tied ?? 1;
  return `排名第 ${rank.position}（共 ${rank.of} 人${tied > 1 ? `，${tied} 人并列` : ''}）`;
}

/** How far members tied at the cut-off go past the places: 0 when the tie ends within them. */
export function overflowAt(rank: RankFact, places: number): number {
  return Math.max(0, rank.position + (rank.tied ?? 1) - 1 - places);
}

/** “20%”, “12.5%”. */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}
