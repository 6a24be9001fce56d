import { ratingPeriodChoices, ratingPeriodOf } from './rating-periods';

const december = new Date(2026, 11, 7);
const may = new Date(2026, 4, 20);

describe('the period the rating runs screen shows', () => {
  it.each([
    ['2026-H1', december, '2026-H1'],
    ['2025', december, '2025'],
    [null, december, '2026-H1'],
    [null, may, '2025-H2'],
    ['2026-Q3', december, '2026-H1'],
    ['2026-M05', may, '2025-H2'],
    ['not-a-period', december, '2026-H1'],
  ])('asked %s on %s gives %s', (asked, today, period) => {
    expect(ratingPeriodOf(asked, today)).toBe(period);
  });

  it('offers half-years and years, newest first', () => {
    expect(ratingPeriodChoices('HALF_YEAR', december)).toEqual([
      '2026-H2',
      '2026-H1',
      '2025-H2',
      '2025-H1',
      '2024-H2',
      '2024-H1',
    ]);
    expect(ratingPeriodChoices('YEAR', december)).toEqual(['2026', '2025', '2024', '2023']);
  });
});
