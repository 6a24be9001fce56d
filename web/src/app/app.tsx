import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { ReactNode, useRef, useState } from 'react';
import { BrowserRouter, useLocation, useNavigate } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { loginPathFor } from '../features/auth/safe-next';
import { createQueryClient } from '../lib/query-client';
import { AppRoutes } from './router';

/** The system's CJK font first (fonts-noto-cjk on Debian); nothing is downloaded. */
const fontFamily =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', system-ui, sans-serif";

/** The query client; any answer saying the session is over sends the page to the login form (and back afterwards). */
function SessionQueryClient({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef({ navigate, location });
  here.current = { navigate, location };
  const [queryClient] = useState(() =>
    createQueryClient(() => {
      const { navigate: go, location: at } = here.current;
      if (at.pathname !== '/login') void go(loginPathFor(at, 'expired'), { replace: true });
    }),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily, colorPrimary: '#c8102e' } }}>
      <ErrorBoundary>
        <BrowserRouter>
          <SessionQueryClient>
            <AppRoutes />
          </SessionQueryClient>
        </BrowserRouter>
      </ErrorBoundary>
    </ConfigProvider>
  );
}
