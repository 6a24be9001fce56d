import { latestRated, previewPeriods } from './preview-periods';

describe('the periods a quota draft is previewed on', () => {
  const today = new Date('2026-12-07T10:00:00Z');
  const periods = previewPeriods(today);

  it('are the last two years and four half-years, the latest ending first', () => {
    expect(periods).toEqual(['2026', '2026-H2', '2026-H1', '2025', '2025-H2', '2025-H1']);
  });

  it.each([
    [{ '2026-H1': 11 }, '2026-H1'],
    [{ '2026-H1': 11, '2025': 14 }, '2026-H1'],
    [{ '2026': 3, '2026-H1': 11 }, '2026'],
    [{ '2025-H1': 2 }, '2025-H1'],
    [{}, '2026-H1'],
  ])('with %j rated default to %s', (rated, expected) => {
    expect(latestRated(periods, new Map(Object.entries(rated)), today)).toBe(expected);
  });
});
