import { NotFoundPage } from '../../../components/not-found-page';
import { useViewer } from '../../auth/api/viewer';
import { MemberView } from './member-page';

/** A member's own page (the member area, its own chunk without the charts): the signed-in member, and no other. */
export default function MyPage() {
  const { data } = useViewer();
  const memberId = data?.me.memberId;
  return memberId ? <MemberView memberId={memberId} ownPage /> : <NotFoundPage />;
}
