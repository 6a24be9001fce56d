import { RatingErrorCode } from '../rating-error';
import { cycleOfPeriod, previousPeriodKeys } from './period-key';

describe('period keys', () => {
  it.each([
    ['2026', 2, ['2024', '2025']],
    ['2026-H1', 2, ['2025-H1', '2025-H2']],
    ['2026-H2', 1, ['2026-H1']],
    ['2026-Q1', 2, ['2025-Q3', '2025-Q4']],
    ['2026-M01', 1, ['2025-M12']],
    ['2026-M10', 2, ['2026-M08', '2026-M09']],
    ['2026', 0, []],
  ])('before %s (%i) come %j', (key, count, expected) => {
    expect(previousPeriodKeys(key, count)).toEqual(expected);
  });

  it('reads the cycle from the key', () => {
    expect(cycleOfPeriod('2026-H1')).toBe(2026);
  });

  it.each(['26', '2026-H3', '2026-M13', '2026-q1', ''])('refuses %j', (key) => {
    expect(() => cycleOfPeriod(key)).toThrow(expect.objectContaining({ code: RatingErrorCode.INVALID_PERIOD }));
  });
});
