import { parsePeriod, PeriodKind, recentPeriods } from '../../../lib/periods';

/** The kinds of period the star rating rates (seed 004 rates every half-year; the year's grades close the cycle). */
export const ratingKinds: readonly PeriodKind[] = ['HALF_YEAR', 'YEAR'];

const shown: Record<string, number> = { HALF_YEAR: 6, YEAR: 4 };

/**
 * The period the screen rates: the one asked for when it is a half-year or a year, else the last half-year that has
 * ended (a rating comes after its period's end).
 */
export function ratingPeriodOf(asked: string | null | undefined, today: Date): string {
  const kind = parsePeriod(asked)?.kind;
  if (asked && kind && ratingKinds.includes(kind)) return asked;
  return recentPeriods('HALF_YEAR', today, 2)[1]!;
}

/** The periods offered for a kind, newest first: the current one (it may be rated at its end) and those before it. */
export function ratingPeriodChoices(kind: PeriodKind, today: Date): string[] {
  return recentPeriods(kind, today, shown[kind] ?? 4);
}
