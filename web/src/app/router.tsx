import { ReactNode, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { FullPageSpinner } from '../components/full-page-spinner';
import { NotFoundPage } from '../components/not-found-page';
import { RequireSession } from '../features/auth/components/require-session';
import { AreaPlaceholder } from '../features/home/area-placeholder';
import { RequireArea } from '../features/shell/components/require-area';
import { AppShell, BigScreen, DashboardRoutes, HomePage, LoginPage, MyPage } from './screens';
import { preloadSignedInScreens, warmUpAfterSignIn } from './warm-up';

const lazyArea = (node: ReactNode) => <Suspense fallback={<FullPageSpinner />}>{node}</Suspense>;

/** Routes compose the features; each area is reachable only by the roles navigation shows it to (shell/navigation.ts). */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: lazyArea(<LoginPage onIdle={preloadSignedInScreens} onSignedIn={warmUpAfterSignIn} />),
    },
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
          {lazyArea(
            <AppShell>
              <ErrorBoundary>
                <Outlet />
              </ErrorBoundary>
            </AppShell>,
          )}
        </RequireSession>
      ),
      children: [
        { index: true, element: lazyArea(<HomePage />) },
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
