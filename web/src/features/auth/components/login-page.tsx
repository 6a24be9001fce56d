import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Heading } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../../lib/api-error';
import type { SignedInAccount } from '../../../lib/session-api';
import { useSignIn } from '../api/use-sign-in';
import { safeNext } from '../safe-next';
import { Credentials, CredentialsForm } from './credentials-form';

const notices: Record<string, string> = {
  expired: '登录已过期或已在别处结束，请重新登录',
  signedOut: '您已退出登录',
};

/** Runs `work` when the browser is idle (or soon, where it cannot say). */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 300);
  return () => clearTimeout(timer);
}

/**
 * The sign-in form; after it, back to the page the person was sent here from. The routes may fetch ahead while the
 * form waits (`onIdle`) and start the next screen's requests the moment the sign-in succeeds (`onSignedIn`).
 */
export function LoginPage({
  onIdle,
  onSignedIn,
}: {
  onIdle?: () => void;
  onSignedIn?: (queryClient: QueryClient, account: SignedInAccount, next: string) => void;
}) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signIn = useSignIn();
  const notice = notices[params.get('reason') ?? ''];
  useEffect(() => (onIdle ? whenIdle(onIdle) : undefined), [onIdle]);

  const onFinish = (values: Credentials) =>
    signIn.mutate(values, {
      onSuccess: (answer) => {
        const next = safeNext(params.get('next'));
        onSignedIn?.(queryClient, answer.account, next);
        void navigate(next, { replace: true });
      },
    });

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Panel style={{ width: 380 }}>
        <Heading style={{ textAlign: 'center', marginBottom: '0.5em' }}>党员积分管理与评星定级平台</Heading>
        {notice && !signIn.isError && <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} />}
        {signIn.isError && (
          <Alert type="error" showIcon message={messageOf(signIn.error)} style={{ marginBottom: 16 }} role="alert" />
        )}
        <CredentialsForm pending={signIn.isPending} onSubmit={onFinish} />
      </Panel>
    </div>
  );
}
