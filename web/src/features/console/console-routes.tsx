import { Menu } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { FullPageSpinner } from '../../components/full-page-spinner';
import { NotFoundPage } from '../../components/not-found-page';
import { consoleSections, defaultSection, sectionOf } from './sections';

// Each screen is its own chunk: the console's frame draws at once, the screen when it is opened.
const QuotaPage = lazy(() => import('../quota/components/quota-page'));
const RatingRunsPage = lazy(() => import('../rating-runs/components/rating-runs-page'));
const WarningsBoard = lazy(() => import('../warnings/components/warnings-board'));
const WarningCasePage = lazy(() => import('../warnings/components/case-page'));
const AccountsPage = lazy(() => import('../accounts/components/accounts-page'));
const KeysPage = lazy(() => import('../accounts/components/keys-page'));
const AuditPage = lazy(() => import('../accounts/components/audit-page'));
const FilingsPage = lazy(() => import('../filings/components/filings-page'));
const FilingPage = lazy(() => import('../filings/components/filing-page'));

/**
 * The committees' console (its own chunk): a sub-navigation of its screens, and the screen. The organisation chosen in
 * the side tree (`?org=`) is the scope each screen shows; the address keeps it when moving between screens.
 */
export default function ConsoleRoutes() {
  const location = useLocation();
  const current = sectionOf(location.pathname);
  return (
    <div>
      <Menu
        mode="horizontal"
        aria-label="管理台"
        selectedKeys={[current.path]}
        style={{ marginBottom: 16 }}
        items={consoleSections.map((section) => ({
          key: section.path,
          label: <Link to={`/console/${section.path}${location.search}`}>{section.label}</Link>,
        }))}
      />
      <Suspense fallback={<FullPageSpinner />}>
        <Routes>
          <Route index element={<Navigate to={`${defaultSection.path}${location.search}`} replace />} />
          <Route path="quota" element={<QuotaPage />} />
          <Route path="runs" element={<RatingRunsPage />} />
          <Route path="warnings" element={<WarningsBoard />} />
          <Route path="warnings/:id" element={<WarningCasePage />} />
          <Route path="filings" element={<FilingsPage />} />
          <Route path="filings/:id" element={<FilingPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="keys" element={<KeysPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
