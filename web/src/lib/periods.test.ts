import { currentPeriod, parsePeriod, periodKey, periodLabel, recentPeriods } from './periods';

describe('period keys', () => {
  it.each([
    ['2026', { cycle: 2026, kind: 'YEAR', index: 1 }, '2026年度'],
    ['2026-H1', { cycle: 2026, kind: 'HALF_YEAR', index: 1 }, '2026年度上半年'],
    ['2026-H2', { cycle: 2026, kind: 'HALF_YEAR', index: 2 }, '2026年度下半年'],
    ['2024-Q1', { cycle: 2024, kind: 'QUARTER', index: 1 }, '2024年度第一季度'],
    ['2026-Q4', { cycle: 2026, kind: 'QUARTER', index: 4 }, '2026年度第四季度'],
    ['2026-M05', { cycle: 2026, kind: 'MONTH', index: 5 }, '2026年度第5月'],
    ['2026-M12', { cycle: 2026, kind: 'MONTH', index: 12 }, '2026年度第12月'],
  ])('%s reads, writes back and is named', (key, parsed, label) => {
    expect(parsePeriod(key)).toEqual(parsed);
    expect(periodKey(parsePeriod(key)!)).toBe(key);
    expect(periodLabel(key)).toBe(label);
  });

  it.each(['', '2026-Q5', '2026-H3', '2026-M5', '2026-M13', '2026-03', '26', '2026-Q1x', null])('refuses %j', (key) =>
    expect(parsePeriod(key)).toBeNull(),
  );

  it('lists the current period and those before it, across the year', () => {
    const today = new Date(2026, 1, 10); // 10 February 2026
    expect(currentPeriod('MONTH', today)).toBe('2026-M02');
    expect(recentPeriods('QUARTER', today, 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentPeriods('HALF_YEAR', today, 2)).toEqual(['2026-H1', '2025-H2']);
    expect(recentPeriods('MONTH', today, 3)).toEqual(['2026-M02', '2026-M01', '2025-M12']);
    expect(recentPeriods('YEAR', today, 2)).toEqual(['2026', '2025']);
  });
});
