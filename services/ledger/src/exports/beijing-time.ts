/** Beijing time (UTC+8, no daylight saving): the time every date and time on a register a person reads is in. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The day in Beijing at `instant`, YYYY-MM-DD (from 16:00 UTC it is already the next day there). */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
