import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../../lib/api-error';
import { useSignIn } from '../api/use-sign-in';
import { safeNext } from '../safe-next';

interface Credentials {
  username: string;
  password: string;
}

const notices: Record<string, string> = {
  expired: '登录已过期或已在别处结束，请重新登录',
  signedOut: '您已退出登录',
};

/** The sign-in form; after it, back to the page the person was sent here from. */
export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const notice = notices[params.get('reason') ?? ''];

  const onFinish = (values: Credentials) =>
    signIn.mutate(values, { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) });

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          党员积分管理与评星定级平台
        </Typography.Title>
        {notice && !signIn.isError && <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} />}
        {signIn.isError && (
          <Alert type="error" showIcon message={messageOf(signIn.error)} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signIn.isPending}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
