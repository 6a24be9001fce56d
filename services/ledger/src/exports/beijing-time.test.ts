import { beijingDay } from './beijing-time';

describe('the day on a register, in Beijing time', () => {
  it.each([
    ['2026-03-10T08:00:00Z', '2026-03-10'],
    ['2026-03-10T15:59:59Z', '2026-03-10'],
    ['2026-03-10T16:00:00Z', '2026-03-11'], // midnight in Beijing: the UTC date is still the day before
    ['2026-12-31T20:00:00Z', '2027-01-01'],
    ['2026-01-01T00:00:00+08:00', '2026-01-01'],
  ])('%s is %s', (instant, day) => {
    expect(beijingDay(new Date(instant))).toBe(day);
  });
});
