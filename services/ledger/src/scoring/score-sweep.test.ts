import { untilNextSweep } from './score-sweep';

const at = (iso: string) => Date.parse(iso);

describe('when the score sweep runs next: a few seconds past the next full hour', () => {
  it.each([
    ['2026-12-07T16:30:00Z', 30 * 60_000 + 5_000], // 00:30 in Beijing: the next run at 01:00:05
    ['2026-12-07T15:59:58Z', 2_000 + 5_000], // two seconds before midnight in Beijing: 8 December's periods begin next
    ['2026-12-07T16:00:00Z', 3_600_000 + 5_000], // on the hour: the run just past it is this one's, the next an hour on
    ['2026-03-31T16:00:04Z', 3_596_000 + 5_000],
  ])('at %s it waits %i ms', (now, wait) => {
    expect(untilNextSweep(at(now))).toBe(wait);
  });

  it('lands past a Beijing midnight from any time the day before', () => {
    for (let minute = 0; minute < 60; minute += 7) {
      const now = at('2026-06-30T15:00:00Z') + minute * 60_000; // 23:xx on 30 June in Beijing
      const next = new Date(now + untilNextSweep(now));
      expect(next.toISOString()).toBe('2026-06-30T16:00:05.000Z'); // 00:00:05 on 1 July in Beijing: H2 and Q3 begin
    }
  });
});
