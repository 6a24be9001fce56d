import { Period, periodContaining, periodsWithin, PeriodKind, RuleDocument, parsePeriodKey } from '@jifen/rules';

/** The period kinds a scheme keeps scores for: the ones it confirms and publishes, its unit, its grading period and the year. */
export function scoredKinds(doc: RuleDocument): PeriodKind[] {
  const kinds = new Set<PeriodKind>([...doc.cycle.periods, doc.cycle.scoredPer, 'YEAR']);
  kinds.add(doc.grading.per);
  return (['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as PeriodKind[]).filter((k) => kinds.has(k));
}

/**
 * The periods whose scores a change dated within [from, to] can move, as of `today`: every scored period
 * of every cycle the range touches that overlaps it and has begun.
 */
export function periodsTouched(doc: RuleDocument, from: string, to: string, today: string): Period[] {
  const last = to < today ? to : today;
  if (from > last) return [];
  const firstCycle = periodContaining(doc.cycle, 'YEAR', from).cycle;
  const lastCycle = periodContaining(doc.cycle, 'YEAR', last).cycle;
  const periods: Period[] = [];
  for (let cycle = firstCycle; cycle <= lastCycle; cycle += 1) {
    const year = parsePeriodKey(doc.cycle, String(cycle)) as Period;
    for (const kind of scoredKinds(doc)) {
      for (const period of kind === 'YEAR' ? [year] : periodsWithin(doc.cycle, year, kind)) {
        if (period.start <= last && period.end >= from) periods.push(period);
      }
    }
  }
  return periods;
}

/** The day a period is scored as of: its last day once over, today while it runs. */
export function asOfFor(period: Period, today: string): string {
  return period.end < today ? period.end : today;
}

/** The earliest of some YYYY-MM-DD days. */
export const earliestDay = (days: readonly string[]) => days.reduce((a, b) => (a < b ? a : b));
/** The latest of some YYYY-MM-DD days. */
export const latestDay = (days: readonly string[]) => days.reduce((a, b) => (a > b ? a : b));
