import { lazy } from 'react';

/**
 * The app's chunks, each loaded when its screen is first drawn: the login form, the signed-in frame (navigation,
 * organisation tree, period picker), the home page, the dashboard (cards and tables; its charts load beside it), the
 * committees' console and the meeting-room screen. A loader called again returns the same module, so warm-up.ts can fetch a chunk ahead.
 */
const loadLogin = () => import('../features/auth/components/login-page');
export const loadShell = () => import('../features/shell/components/app-shell');
export const loadDashboard = () => import('../features/dashboard/routes/dashboard-routes');
const loadConsole = () => import('../features/console/console-routes');
const loadHome = () => import('../features/home/home-page');

export const LoginPage = lazy(() => loadLogin().then((m) => ({ default: m.LoginPage })));
export const AppShell = lazy(() => loadShell().then((m) => ({ default: m.AppShell })));
export const HomePage = lazy(() => loadHome().then((m) => ({ default: m.HomePage })));
export const DashboardRoutes = lazy(loadDashboard);
export const ConsoleRoutes = lazy(loadConsole);
export const BigScreen = lazy(() => import('../features/dashboard/screen/big-screen'));
export const MyPage = lazy(() => import('../features/dashboard/routes/my-page'));
