import { Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFoundPage } from '../../../components/not-found-page';
import { useViewer } from '../../auth/api/viewer';
import { MemberPage } from './member-page';
import { NodePage } from './node-page';

/** The dashboard area (its own chunk): /dashboard opens the caller's own node; nodes and members below it by URL. */
export default function DashboardRoutes() {
  const { data } = useViewer();
  const { search } = useLocation();
  const home = data?.me.organizationId;
  return (
    <Routes>
      <Route index element={home ? <Navigate to={`org/${home}${search}`} replace /> : <NotFoundPage />} />
      <Route path="org/:orgId" element={<NodePage />} />
      <Route path="member/:memberId" element={<MemberPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
