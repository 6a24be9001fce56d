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

  it.each([
    ['2026-02-30', '日期 2026-02-30 不存在：2026 年 2 月只有 28 天'],
    ['2024-02-30', '日期 2024-02-30 不存在：2024 年 2 月只有 29 天'],
    ['2026-13-01', '日期 2026-13-01 不存在：月份应为 01 到 12'],
    ['2026-7-1', '日期格式应为 YYYY-MM-DD（例如 2026-07-01），收到 "2026-7-1"'],
    [20260701, '日期应写成字符串 "YYYY-MM-DD"（例如 "2026-07-01"），收到 20260701'],
  ])('refuses %j in Chinese alone, saying what to fix', (value, message) => {
    expect(() => LocalDateScalar.parseValue(value)).toThrow(message);
  });

  it('quotes at most 40 characters of what it refuses, invisible characters escaped', () => {
    expect(() => LocalDateScalar.parseValue(`\u0000${'9'.repeat(1000)}`)).toThrow(/收到 "\\u00009{33}…$/);
  });
});
