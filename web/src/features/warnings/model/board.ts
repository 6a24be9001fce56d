import { Stage, STAGES } from './labels';

/** What the board reads of a case to count it (the fields of WarningCase it needs). */
export interface CountedCase {
  periodKey: string;
  status: string;
  disposalStep?: string | null;
  isOverdue: boolean;
}

const UNDECIDED = new Set(['OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING']);

/** The periods the cases were opened in, the latest first. */
export function periodsOf(cases: readonly CountedCase[]): string[] {
  return [...new Set(cases.map((c) => c.periodKey))].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** The number of cases at each stage (withdrawn cases are on no stage). */
export function stageCounts(cases: readonly CountedCase[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const c of cases) if (c.status in counts) counts[c.status as Stage] += 1;
  return counts;
}

/**
 * The rollup's figures (RatingRollup.warnings) counted from the cases as the rating service counts them: open is
 * undecided or escalated with the disposal not archived; overdue those with something overdue today; escalated every
 * escalated case; closed the improved ones.
 */
export function rollupFigures(cases: readonly CountedCase[]) {
  let open = 0;
  let overdue = 0;
  let escalated = 0;
  let closed = 0;
  for (const c of cases) {
    if (UNDECIDED.has(c.status) || (c.status === 'ESCALATED' && c.disposalStep !== 'ARCHIVED')) open += 1;
    if (c.isOverdue) overdue += 1;
    if (c.status === 'ESCALATED') escalated += 1;
    if (c.status === 'IMPROVED') closed += 1;
  }
  return { open, overdue, escalated, closed };
}
