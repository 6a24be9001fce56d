import { ReactNode, Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { FullPageSpinner } from '../components/full-page-spinner';
import { NotFoundPage } from '../components/not-found-page';
import { RequireSession } from '../features/auth/components/require-session';
import { AreaPlaceholder } from '../features/home/area-placeholder';
import { RequireArea } from '../features/shell/components/require-area';
import { AppShell, BigScreen, ConsoleRoutes, DashboardRoutes, HomePage, LoginPage, MyPage } from './screens';
import { preloadSignedInScreens, warmUpAfterSignIn } from './warm-up';

const lazyArea = (node: ReactNode) => <Suspense fallback={<FullPageSpinner />}>{node}</Suspense>;

/**
 * Routes compose the features; each area is reachable only by the roles navigation shows it to (shell/navigation.ts).
 * Declarative routes in a BrowserRouter: the app has no loaders or actions, so React Router's data router (twice the
 * code) would bring nothing.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={lazyArea(<LoginPage onIdle={preloadSignedInScreens} onSignedIn={warmUpAfterSignIn} />)}
      />
      <Route
        path="/screen"
        element={
          <RequireSession>
            <RequireArea area="screen">{lazyArea(<BigScreen />)}</RequireArea>
          </RequireSession>
        }
      />
      <Route
        path="/"
        element={
          <RequireSession>
            {lazyArea(
              <AppShell>
                <ErrorBoundary>
                  <Outlet />
                </ErrorBoundary>
              </AppShell>,
            )}
          </RequireSession>
        }
      >
        <Route index element={lazyArea(<HomePage />)} />
        <Route
          path="dashboard/*"
          element={<RequireArea area="dashboard">{lazyArea(<DashboardRoutes />)}</RequireArea>}
        />
        <Route path="console/*" element={<RequireArea area="console">{lazyArea(<ConsoleRoutes />)}</RequireArea>} />
        <Route
          path="register/*"
          element={
            <RequireArea area="register">
              <AreaPlaceholder area="register" />
            </RequireArea>
          }
        />
        <Route path="my/*" element={<RequireArea area="my">{lazyArea(<MyPage />)}</RequireArea>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
