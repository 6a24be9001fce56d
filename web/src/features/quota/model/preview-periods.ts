import { parsePeriod, recentPeriods } from '../../../lib/periods';

/** The last day of a period (YYYY-MM-DD), to order half-years and years by when they end. */
function endOf(key: string): string {
  const period = parsePeriod(key)!;
  const month = period.kind === 'YEAR' || period.index === 2 ? 12 : 6;
  return `${period.cycle}-${String(month).padStart(2, '0')}-${month === 12 ? 31 : 30}`;
}

/**
 * The periods a committee previews on: the last four half-years and the last two years up to today, the latest
 * ending first (a year before its second half-year, which ends the same day).
 */
export function previewPeriods(today: Date): string[] {
  const keys = [...recentPeriods('YEAR', today, 2), ...recentPeriods('HALF_YEAR', today, 4)];
  return keys.sort((a, b) => endOf(b).localeCompare(endOf(a)) || a.length - b.length);
}

/** The default period: the latest of `periods` (in their order) with anyone rated, else the latest half-year ended. */
export function latestRated(
  periods: readonly string[],
  rated: ReadonlyMap<string, number>,
  today: Date,
): string | undefined {
  const found = periods.find((key) => (rated.get(key) ?? 0) > 0);
  if (found) return found;
  const day = today.toISOString().slice(0, 10);
  return periods.find((key) => key.includes('-H') && endOf(key) < day) ?? periods[0];
}
