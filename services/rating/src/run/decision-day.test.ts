import type { Cycle } from '@jifen/rules';
import { RatingErrorCode } from '../rating-error';
import { decisionDay, DecisionFacts, periodLastDay } from './decision-day';

const cycle = (month: number, day: number): Cycle => ({
  start: { month, day },
  scoredPer: 'HALF_YEAR',
  combineUnits: 'SUM',
  periods: ['HALF_YEAR'],
});

describe('periodLastDay', () => {
  it.each([
    ['2026-H1', [], '2026-06-30'],
    ['2026', [], '2026-12-31'],
    ['2026-Q3', [cycle(1, 1)], '2026-09-30'],
    // 七一 cycle: its year 2026 runs 2026-07-01 … 2027-06-30, its first half ends 2026-12-31.
    ['2026', [cycle(7, 1)], '2027-06-30'],
    ['2026-H1', [cycle(7, 1)], '2026-12-31'],
    // Seed 000 篇3: 26 December – 25 December; a run over both kinds of branch waits for the later end.
    ['2026', [cycle(12, 26)], '2026-12-25'],
    ['2026', [cycle(12, 26), cycle(1, 1)], '2026-12-31'],
  ])('%s with %j ends on %s', (key, cycles, end) => {
    expect(periodLastDay(key, cycles)).toBe(end);
  });
});

describe('decisionDay', () => {
  const facts: DecisionFacts = { today: '2026-12-07', periodKey: '2026-H1', periodEnd: '2026-06-30', correcting: null };

  it.each([
    [undefined, facts, '2026-12-07'],
    [null, facts, '2026-12-07'],
    ['', facts, '2026-12-07'],
    ['2026-07-20', facts, '2026-07-20'],
    // The last day of the period and today are both allowed.
    ['2026-06-30', facts, '2026-06-30'],
    ['2026-12-07', facts, '2026-12-07'],
    // A preview made before period ends were kept: the calendar's end.
    ['2026-06-30', { ...facts, periodEnd: null }, '2026-06-30'],
    // A correction decided on the same day as the version it corrects, or later.
    ['2026-07-20', { ...facts, correcting: { version: 1, decidedOn: '2026-07-20' } }, '2026-07-20'],
    ['2026-08-01', { ...facts, correcting: { version: 1, decidedOn: null } }, '2026-08-01'],
  ])('%p with %j is decided on %s', (requested, f, day) => {
    expect(decisionDay(requested, f)).toBe(day);
  });

  it.each([
    ['2026-12-08', facts, '评定决定日期（2026-12-08）不能晚于今天（2026-12-07）'],
    ['2026-06-29', facts, '评定决定日期（2026-06-29）不能早于 2026-H1 期间的最后一天（2026-06-30）：期末之后才能评定'],
    ['2026-06-29', { ...facts, periodEnd: null }, '不能早于 2026-H1 期间的最后一天（2026-06-30）'],
    ['2026-02-30', facts, '评定决定日期应为 YYYY-MM-DD 格式的日期，收到“2026-02-30”'],
    ['20260720', facts, '应为 YYYY-MM-DD 格式'],
    [
      '2026-07-19',
      { ...facts, correcting: { version: 2, decidedOn: '2026-07-20' } },
      '评定决定日期（2026-07-19）不能早于被更正的第 2 版的决定日期（2026-07-20）',
    ],
  ])('refuses %p with %j: %s', (requested, f, message) => {
    expect(() => decisionDay(requested, f)).toThrow(
      expect.objectContaining({
        code: RatingErrorCode.INVALID_DECISION_DAY,
        message: expect.stringContaining(message),
      }),
    );
  });
});
