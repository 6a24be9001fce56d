import { isLocalDate, LocalDateScalar } from './local-date';

describe('Date scalar', () => {
  it.each([
    ['2026-07-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-7-1', false],
    ['2026-07-01T00:00:00Z', false],
  ])('%s is a calendar day: %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it('refuses a bad value with a Chinese message that shows the format', () => {
    expect(() => LocalDateScalar.parseValue('2026-02-30')).toThrow(/YYYY-MM-DD/);
  });
});
