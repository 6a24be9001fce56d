import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/not-found-page';
import { useViewer } from '../../auth/api/viewer';
import { MemberPage } from './member-page';
import { NodePage } from './node-page';

/** The dashboard area (its own chunk): `?org=` names the node (the caller's own by default); members by path. */
export default function DashboardRoutes() {
  const { data } = useViewer();
  const home = data?.me.organizationId;
  return (
    <Routes>
      <Route index element={home ? <NodePage homeId={home} /> : <NotFoundPage />} />
      <Route path="member/:memberId" element={<MemberPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
