import { beijingClock } from './beijing-time';

describe('a time shown to people', () => {
  it('is Beijing time whatever the machine runs in', () => {
    expect(beijingClock(Date.parse('2026-03-10T08:05:09Z'))).toBe('16:05:09');
    expect(beijingClock(Date.parse('2026-03-10T16:00:00Z'))).toBe('00:00:00');
  });
});
