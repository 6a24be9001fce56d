import { ComponentKind, entryPoints, EntryFact, Item } from '@jifen/rules';

const SUBTRACTING: readonly ComponentKind[] = ['DEDUCTED', 'PENALTY'];

/**
 * What one accepted entry is worth on its own, signed as the register shows it (deductions negative) and
 * before the period's caps, which only the period score applies. Uses the engine's own rule.
 */
export function nominalPoints(
  item: Item,
  componentKind: ComponentKind,
  fact: EntryFact,
): { points: number; how: string } {
  const { points, how } = entryPoints(item, fact);
  const value = points / 10;
  return { points: SUBTRACTING.includes(componentKind) ? -value : value, how };
}
