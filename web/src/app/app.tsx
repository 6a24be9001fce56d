import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { createQueryClient } from '../lib/query-client';
import { createAppRouter } from './router';
import { loginPathFor } from '../features/auth/safe-next';

/** The system's CJK font first (fonts-noto-cjk on Debian); nothing is downloaded. */
const fontFamily =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', system-ui, sans-serif";

export function App() {
  const [router] = useState(createAppRouter);
  const [queryClient] = useState(() =>
    createQueryClient(() => {
      const here = router.state.location;
      if (here.pathname !== '/login') void router.navigate(loginPathFor(here, 'expired'), { replace: true });
    }),
  );
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily, colorPrimary: '#c8102e' } }}>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ErrorBoundary>
    </ConfigProvider>
  );
}
