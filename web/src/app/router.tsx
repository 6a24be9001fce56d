import { createBrowserRouter, Outlet } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { NotFoundPage } from '../components/not-found-page';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireSession } from '../features/auth/components/require-session';
import { HomePage } from '../features/home/home-page';
import { AppShell } from '../features/shell/components/app-shell';
import { RequireArea } from '../features/shell/components/require-area';
import { AreaPlaceholder } from '../features/home/area-placeholder';
import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../components/full-page-spinner';

// The dashboard (with the charts), the meeting-room screen and the member's page load as chunks of their own.
const DashboardRoutes = lazy(() => import('../features/dashboard/routes/dashboard-routes'));
const BigScreen = lazy(() => import('../features/dashboard/screen/big-screen'));
const MyPage = lazy(() => import('../features/dashboard/routes/my-page'));
const lazyArea = (node: JSX.Element) => <Suspense fallback={<FullPageSpinner />}>{node}</Suspense>;

/** Routes compose the features; each area is reachable only by the roles navigation shows it to (shell/navigation.ts). */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      path: '/screen',
      element: (
        <RequireSession>
          <RequireArea area="screen">{lazyArea(<BigScreen />)}</RequireArea>
        </RequireSession>
      ),
    },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppShell>
            <ErrorBoundary>
              <Outlet />
            </ErrorBoundary>
          </AppShell>
        </RequireSession>
      ),
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'dashboard/*',
          element: <RequireArea area="dashboard">{lazyArea(<DashboardRoutes />)}</RequireArea>,
        },
        {
          path: 'register/*',
          element: (
            <RequireArea area="register">
              <AreaPlaceholder area="register" />
            </RequireArea>
          ),
        },
        {
          path: 'my/*',
          element: <RequireArea area="my">{lazyArea(<MyPage />)}</RequireArea>,
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
