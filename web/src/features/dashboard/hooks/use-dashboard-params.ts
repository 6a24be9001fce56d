import { useViewParams } from '../../../lib/view-params';

/**
 * What the dashboard shows, in the address the shell keeps (`?org=<id>&period=<key>`: its organisation tree and period
 * picker write the same two), and the addresses of a node's view and a member's for the same period.
 */
export function useDashboardParams() {
  const { period, organizationId } = useViewParams();
  const p = encodeURIComponent(period);
  return {
    period,
    organizationId,
    nodeLink: (id: string) => `/dashboard?org=${encodeURIComponent(id)}&period=${p}`,
    memberLink: (id: string) => `/dashboard/member/${encodeURIComponent(id)}?period=${p}`,
  };
}
