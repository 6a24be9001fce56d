import { ReactNode, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, isSignedOut } from '../../../lib/api-error';
import { startSessionClock } from '../../../lib/session-clock';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { ErrorResult } from '../../../components/error-result';
import { useViewer } from '../api/viewer';
import { loginPathFor } from '../safe-next';

/** The signed-in part of the app: without a session, to the login page (and back here afterwards). */
export function RequireSession({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    if (!viewer.data) return;
    return startSessionClock(() => navigate(loginPathFor(location, 'expired'), { replace: true }));
    // The clock runs once per signed-in viewer, not per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewer.data]);

  if (viewer.isPending) return <FullPageSpinner />;
  if (viewer.isError) {
    if (isSignedOut(viewer.error)) {
      // No session at all (never signed in here, or long lapsed): no notice; a session that ended: say so.
      const reason = (viewer.error as ApiError).code === 'UNAUTHENTICATED' ? undefined : 'expired';
      return <Navigate to={loginPathFor(location, reason)} replace />;
    }
    return <ErrorResult error={viewer.error} onRetry={() => void viewer.refetch()} />;
  }
  return <>{children}</>;
}
