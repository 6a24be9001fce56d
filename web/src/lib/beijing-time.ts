/** A time of day as a person in China reads it, HH:MM:SS in Beijing time whatever the browser's time zone. */
export function beijingClock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
}

/** A moment as a person in China reads it: 2026-03-10 16:05 in Beijing time; `—` for none. */
export function beijingDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  const beijing = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${beijing.slice(0, 10)} ${beijing.slice(11, 16)}`;
}

/** The first moment of a Beijing day (YYYY-MM-DD), or of the day after it, as an ISO instant. */
export function beijingDayStart(day: string, daysLater = 0): string {
  const start = Date.parse(`${day}T00:00:00+08:00`) + daysLater * 86_400_000;
  return new Date(start).toISOString();
}

/** The day it is in Beijing (YYYY-MM-DD) at a moment, whatever the browser's time zone. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
