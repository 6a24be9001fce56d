/** A time of day as a person in China reads it, HH:MM:SS in Beijing time whatever the browser's time zone. */
export function beijingClock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
}
