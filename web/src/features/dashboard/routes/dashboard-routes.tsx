import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { NotFoundPage } from '../../../components/not-found-page';
import { useViewer } from '../../auth/api/viewer';
import { NodePage } from './node-page';

// A member's page (its own chunk: the breakdown's collapse, lists and tags) is not part of the district's first screen.
const MemberPage = lazy(() => import('./member-page').then((m) => ({ default: m.MemberPage })));

/** The dashboard area (its own chunk): `?org=` names the node (the caller's own by default); members by path. */
export default function DashboardRoutes() {
  const { data } = useViewer();
  const home = data?.me.organizationId;
  return (
    <Routes>
      <Route index element={home ? <NodePage homeId={home} /> : <NotFoundPage />} />
      <Route
        path="member/:memberId"
        element={
          <Suspense fallback={<FullPageSpinner />}>
            <MemberPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
