import type { QueryClient } from '@tanstack/react-query';
import { viewerQuery } from '../features/auth/api/viewer';
import { nodeDashboardQuery } from '../features/dashboard/api/node-dashboard';
import { loadECharts } from '../features/dashboard/components/load-echarts';
import { mayOpen } from '../features/shell/navigation';
import type { SignedInAccount } from '../lib/session-api';
import { viewParamsOf } from '../lib/view-params';
import { loadDashboard, loadShell } from './screens';

/** While the login form waits for the person: the signed-in frame's chunk and the dashboard's, with its charts. */
export function preloadSignedInScreens(): void {
  void loadShell();
  void loadDashboard();
  void loadECharts();
}

/**
 * The moment the sign-in succeeds, everything the next screen needs at once, instead of one after another (the
 * viewer, then the chunk, then the data): who is signed in, the frame, and for the dashboard its chunk, its charts and
 * the node's figures (the node from the address, else the account's own organisation, as the dashboard picks it).
 */
export function warmUpAfterSignIn(queryClient: QueryClient, account: SignedInAccount, next: string): void {
  void queryClient.prefetchQuery(viewerQuery);
  void loadShell();
  const url = new URL(next, window.location.origin);
  if (url.pathname.replace(/\/$/, '') !== '/dashboard' || !mayOpen(account.role, 'dashboard')) return;
  void loadDashboard();
  void loadECharts();
  const { organizationId, period } = viewParamsOf(url.searchParams);
  void queryClient.prefetchQuery(nodeDashboardQuery(organizationId ?? account.organizationId, period));
}
