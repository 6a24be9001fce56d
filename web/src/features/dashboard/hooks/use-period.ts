import { useSearchParams } from 'react-router';

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])))?$/;

/** The last half-year that has ended on `today`: the period star ratings were last confirmed for. */
export function lastHalfYear(today: Date): string {
  const year = today.getFullYear();
  return today.getMonth() >= 6 ? `${year}-H1` : `${year - 1}-H2`;
}

/**
 * What the dashboard shows, kept in the address so that a view can be bookmarked and sent: `?org=<id>&period=<key>`
 * (the shell's organisation tree and period selector write the same two). The period defaults to the last half-year.
 */
export function useDashboardParams(): {
  period: string;
  organizationId: string | null;
  /** The address of a node's view, or a member's, for the same period. */
  nodeLink: (id: string) => string;
  memberLink: (id: string) => string;
  setPeriod: (p: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const period = asked && PERIOD.test(asked) ? asked : lastHalfYear(new Date());
  const p = encodeURIComponent(period);
  return {
    period,
    organizationId: params.get('org'),
    nodeLink: (id) => `/dashboard?org=${encodeURIComponent(id)}&period=${p}`,
    memberLink: (id) => `/dashboard/member/${encodeURIComponent(id)}?period=${p}`,
    setPeriod: (next) =>
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        updated.set('period', next);
        return updated;
      }),
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
