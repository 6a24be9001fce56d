/**
 * Who wins a period award among a branch's members (T3: the member with the most contribution points
 * in the quarter). Everyone tied at the top wins; nobody wins with 0 points.
 */
export function awardWinners(candidates: readonly { memberId: string; value: number }[]): string[] {
  const best = Math.max(0, ...candidates.map((c) => c.value));
  if (best <= 0) return [];
  return candidates.filter((c) => c.value === best).map((c) => c.memberId);
}
