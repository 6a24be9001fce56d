import type { Cycle } from '@jifen/rules';
import { parsePeriodKey } from '@jifen/rules';
import { isLocalDate } from '@jifen/kit/server';
import { RatingError, RatingErrorCode } from '../rating-error';

/** The calendar cycle (1 January): a period's last day when no scheme of the run says otherwise. */
const CALENDAR: Cycle = { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: [] };

/**
 * The period's last day for the schemes a run rates: the latest of their ends (a cycle starting 26 December ends its
 * year on 25 December, one starting 七一 on 30 June of the next year); the calendar's when there is none.
 */
export function periodLastDay(periodKey: string, cycles: readonly Cycle[]): string {
  const ends = (cycles.length > 0 ? cycles : [CALENDAR])
    .map((cycle) => parsePeriodKey(cycle, periodKey)?.end)
    .filter((end): end is string => end !== undefined);
  return ends.sort().at(-1) ?? periodKey;
}

export interface DecisionFacts {
  today: string;
  periodKey: string;
  /** The period's last day (stored with the preview); null for previews made before it was kept: the calendar's. */
  periodEnd: string | null;
  /** The decision day of the confirmed version this one corrects, if any. */
  correcting: { version: number; decidedOn: string | null } | null;
}

const refuse = (message: string, details: Record<string, unknown>) =>
  new RatingError(RatingErrorCode.INVALID_DECISION_DAY, message, { field: 'decidedOn', ...details });

/**
 * The day the committee decided the rating (the rating meeting, 党(工)委定星): `requested`, or today when none is
 * given. Seed 004 rates 每半年组织一次 after the branches' scoring, and seed 000 (篇1) sets the grades 每个积分周期末:
 * a decision comes on or after the period's last day, never later than today; a corrected version is decided no
 * earlier than the one it corrects.
 */
export function decisionDay(requested: string | null | undefined, facts: DecisionFacts): string {
  const { today, periodKey } = facts;
  if (requested == null || requested === '') return today;
  if (!isLocalDate(requested))
    throw refuse(`评定决定日期应为 YYYY-MM-DD 格式的日期，收到“${requested}”`, { decidedOn: requested });
  if (requested > today)
    throw refuse(`评定决定日期（${requested}）不能晚于今天（${today}）`, { decidedOn: requested, today });
  const periodEnd = facts.periodEnd ?? periodLastDay(periodKey, []);
  if (requested < periodEnd)
    throw refuse(`评定决定日期（${requested}）不能早于 ${periodKey} 期间的最后一天（${periodEnd}）：期末之后才能评定`, {
      decidedOn: requested,
      periodEnd,
    });
  const before = facts.correcting?.decidedOn;
  if (before && requested < before)
    throw refuse(
      `评定决定日期（${requested}）不能早于被更正的第 ${facts.correcting!.version} 版的决定日期（${before}）`,
      { decidedOn: requested, correcting: before },
    );
  return requested;
}
