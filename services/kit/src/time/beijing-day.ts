/**
 * The platform's calendar: its people are in Beijing, so "today" is the day in Asia/Shanghai (UTC+8, no daylight
 * saving since 1991) wherever a service judges a day (publicity windows, deadlines, overdue interviews, a period
 * begun, the 制表日期 on a sheet). Every service takes its day from here, never from the UTC date of the clock.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The day in Beijing at `instant`, YYYY-MM-DD (from 16:00 UTC it is already the next day there). */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The clock's day in Beijing, YYYY-MM-DD: what "today" means to every service. */
export function dayOf(clock: () => Date): string {
  return beijingDay(clock());
}

/** The calendar year in Beijing at the clock's instant (a cycle that begins on 1 January begins at Beijing midnight). */
export function yearOf(clock: () => Date): number {
  return Number(dayOf(clock).slice(0, 4));
}
