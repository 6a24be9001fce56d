import { beijingClock, beijingDateTime, beijingDay, beijingDayStart } from './beijing-time';

describe('a time shown to people', () => {
  it('is Beijing time whatever the machine runs in', () => {
    expect(beijingClock(Date.parse('2026-03-10T08:05:09Z'))).toBe('16:05:09');
    expect(beijingClock(Date.parse('2026-03-10T16:00:00Z'))).toBe('00:00:00');
  });

  it.each([
    ['2026-03-10T08:05:09.123456Z', '2026-03-10 16:05'],
    ['2026-03-10T16:00:00Z', '2026-03-11 00:00'],
    ['2026-12-31T23:59:00Z', '2027-01-01 07:59'],
    [null, '—'],
    ['not a time', '—'],
  ])('%s reads %s', (iso, shown) => {
    expect(beijingDateTime(iso)).toBe(shown);
  });

  it('a Beijing day starts at 16:00 UTC the day before', () => {
    expect(beijingDayStart('2026-03-10')).toBe('2026-03-09T16:00:00.000Z');
    expect(beijingDayStart('2026-03-10', 1)).toBe('2026-03-10T16:00:00.000Z');
  });
});

describe('the day it is in Beijing', () => {
  it.each([
    ['2026-12-07T15:59:59Z', '2026-12-07'],
    ['2026-12-07T16:00:00Z', '2026-12-08'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
  ])('at %s it is %s', (iso, day) => {
    expect(beijingDay(new Date(iso))).toBe(day);
  });
});
