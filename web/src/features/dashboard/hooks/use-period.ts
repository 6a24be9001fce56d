import { useSearchParams } from 'react-router';

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])))?$/;

/** The last half-year that has ended on `today`: the period star ratings were last confirmed for. */
export function lastHalfYear(today: Date): string {
  const year = today.getFullYear();
  return today.getMonth() >= 6 ? `${year}-H1` : `${year - 1}-H2`;
}

/** The period the URL names (`?period=2026-H1`), so that a view can be bookmarked and sent; else the last half-year. */
export function usePeriod(): { period: string; search: string; setPeriod: (p: string) => void } {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const period = asked && PERIOD.test(asked) ? asked : lastHalfYear(new Date());
  return {
    period,
    search: `?period=${encodeURIComponent(period)}`,
    setPeriod: (p) => {
      const next = new URLSearchParams(params);
      next.set('period', p);
      setParams(next);
    },
  };
}

/** The periods offered for choice: the last four half-years and the last two years, newest first. */
export function periodChoices(today: Date): string[] {
  const halves: string[] = [];
  let year = today.getFullYear();
  let half = today.getMonth() >= 6 ? 1 : 2;
  if (half === 2) year -= 1;
  for (let i = 0; i < 4; i++) {
    halves.push(`${year}-H${half}`);
    if (half === 1) {
      half = 2;
      year -= 1;
    } else half = 1;
  }
  const thisYear = today.getFullYear();
  return [...halves, String(thisYear - 1), String(thisYear - 2)];
}
