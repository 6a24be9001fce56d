import { createBrowserRouter, Outlet } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { NotFoundPage } from '../components/not-found-page';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireSession } from '../features/auth/components/require-session';
import { HomePage } from '../features/home/home-page';
import { AppShell } from '../features/shell/components/app-shell';
import { RequireArea } from '../features/shell/components/require-area';
import { AreaPlaceholder } from '../features/home/area-placeholder';

/** Routes compose the features; each area is reachable only by the roles navigation shows it to (shell/navigation.ts). */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
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
          element: (
            <RequireArea area="dashboard">
              <AreaPlaceholder area="dashboard" />
            </RequireArea>
          ),
        },
        {
          path: 'screen',
          element: (
            <RequireArea area="screen">
              <AreaPlaceholder area="screen" />
            </RequireArea>
          ),
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
          element: (
            <RequireArea area="my">
              <AreaPlaceholder area="my" />
            </RequireArea>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
