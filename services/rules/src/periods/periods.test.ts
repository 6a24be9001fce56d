import { Cycle } from '../document/rule-document.types';
import {
  isDay,
  parsePeriodKey,
  periodContaining,
  periodKeyAfter,
  periodKeysBefore,
  periodsWithin,
  readPeriodKey,
} from './periods';

const cycleFrom = (month: number, day: number): Cycle => ({
  start: { month, day },
  scoredPer: 'YEAR',
  combineUnits: 'SUM',
  periods: ['QUARTER'],
});
const january = cycleFrom(1, 1);
const july = cycleFrom(7, 1);
const december26 = cycleFrom(12, 26);

describe('periods of a cycle', () => {
  it.each([
    [january, '2024', '2024-01-01', '2024-12-31'],
    [january, '2024-Q2', '2024-04-01', '2024-06-30'],
    [january, '2024-M02', '2024-02-01', '2024-02-29'],
    [july, '2024', '2024-07-01', '2025-06-30'],
    [july, '2024-H2', '2025-01-01', '2025-06-30'],
    [december26, '2024', '2023-12-26', '2024-12-25'],
    [december26, '2024-Q1', '2023-12-26', '2024-03-25'],
    [december26, '2024-M12', '2024-11-26', '2024-12-25'],
  ])('%#: %s runs %s – %s', (cycle, key, start, end) => {
    expect(parsePeriodKey(cycle, key)).toMatchObject({ key, start, end });
  });

  it.each([
    [december26, 'QUARTER', '2023-12-26', '2024-Q1'],
    [december26, 'QUARTER', '2023-12-25', '2023-Q4'],
    [december26, 'YEAR', '2024-12-26', '2025'],
    [december26, 'MONTH', '2024-01-25', '2024-M01'],
    [december26, 'MONTH', '2024-01-26', '2024-M02'],
    [july, 'HALF_YEAR', '2025-06-30', '2024-H2'],
    [july, 'YEAR', '2024-06-30', '2023'],
    [january, 'QUARTER', '2024-12-31', '2024-Q4'],
  ] as const)('%#: the %s holding %s is %s', (cycle, kind, day, key) => {
    expect(periodContaining(cycle, kind, day).key).toBe(key);
  });

  it('splits a year into its quarters', () => {
    expect(
      periodsWithin(december26, parsePeriodKey(december26, '2024')!, 'QUARTER').map((p) => `${p.start}..${p.end}`),
    ).toEqual(['2023-12-26..2024-03-25', '2024-03-26..2024-06-25', '2024-06-26..2024-09-25', '2024-09-26..2024-12-25']);
  });

  it('gives each caller a period of its own: a period changed by one caller is not what the next one gets', () => {
    const first = parsePeriodKey(december26, '2024-Q1')!;
    first.start = '1999-01-01';
    first.key = 'changed';
    expect(parsePeriodKey(december26, '2024-Q1')).toMatchObject({
      key: '2024-Q1',
      start: '2023-12-26',
      end: '2024-03-25',
    });
    // The same year and index under a cycle starting on another day is another period.
    expect(parsePeriodKey(january, '2024-Q1')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it.each(['24', '2024-Q5', '2024-M13', '2024-H3', '2024-q1', ''])('refuses the key %p', (key) => {
    expect(parsePeriodKey(january, key)).toBeNull();
  });
});

describe('isDay', () => {
  it('takes real calendar days written YYYY-MM-DD, leap days included', () => {
    for (const day of ['2024-01-01', '2024-02-29', '2000-02-29', '2025-04-30', '2025-12-31', '1999-07-15'])
      expect([day, isDay(day)]).toEqual([day, true]);
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const day of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-01',
      '2025-01-01T00:00',
      ' 2025-01-01',
      '',
      '二〇二五-01-01',
    ]) {
      expect([day, isDay(day)]).toEqual([day, false]);
    }
  });

  it('agrees with the calendar on every day of four years, and on the days just past each month’s end', () => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 86_400_000) expect(isDay(day(ms))).toBe(true);
    for (let month = 1; month <= 12; month++) {
      const last = new Date(Date.UTC(2024, month, 0)).getUTCDate();
      expect(isDay(`2024-${String(month).padStart(2, '0')}-${last + 1}`)).toBe(false);
    }
  });
});

describe('the period after a period', () => {
  it.each([
    ['2024-H1', '2024-H2'],
    ['2024-H2', '2025-H1'],
    ['2024-Q3', '2024-Q4'],
    ['2024-Q4', '2025-Q1'],
    ['2024-M09', '2024-M10'],
    ['2024-M12', '2025-M01'],
    ['2024', '2025'],
  ])('after %s comes %s, and the period before that is %s again', (key, next) => {
    expect(periodKeyAfter(readPeriodKey(key)!)).toBe(next);
    expect(periodKeysBefore(readPeriodKey(next)!, 1)).toEqual([key]);
  });
});
