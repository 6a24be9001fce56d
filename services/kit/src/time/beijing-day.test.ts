import { beijingDay, dayOf, yearOf } from './beijing-day';

describe("the platform's day is the day in Beijing (UTC+8), not the UTC date", () => {
  it.each([
    ['2026-03-10T08:00:00Z', '2026-03-10'],
    ['2026-03-10T15:59:59Z', '2026-03-10'],
    ['2026-03-10T16:00:00Z', '2026-03-11'], // midnight in Beijing: the UTC date is still the day before
    ['2026-12-07T16:30:00Z', '2026-12-08'], // the brief's boundary: half past midnight on 8 December in Beijing
    ['2026-12-07T15:30:00Z', '2026-12-07'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'], // a leap day begins in Beijing while UTC is still on the 28th
    ['2026-01-01T00:00:00+08:00', '2026-01-01'],
    ['2026-06-30T23:59:59+08:00', '2026-06-30'],
  ])('%s is %s', (instant, day) => {
    expect(beijingDay(new Date(instant))).toBe(day);
    expect(dayOf(() => new Date(instant))).toBe(day);
  });

  it.each([
    ['2026-12-31T15:59:59Z', 2026],
    ['2026-12-31T16:00:00Z', 2027], // New Year in Beijing: a 1 January cycle has begun there
    ['2027-01-01T00:00:00Z', 2027],
  ])('the year at %s is %i', (instant, year) => {
    expect(yearOf(() => new Date(instant))).toBe(year);
  });
});
