import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space } from 'antd';
import { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { labelOf, roleLabels } from '../../../lib/labels';
import { useViewer } from '../../auth/api/viewer';
import { useSignOut } from '../../auth/api/use-sign-in';
import { navFor } from '../navigation';
import { useViewParams } from '../../../lib/view-params';
import { OrgTree } from './org-tree';
import { PeriodPicker } from './period-picker';

/** The frame of every signed-in page: the role's navigation, who is signed in, and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { data } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const view = useViewParams();
  if (!data) return null;
  const me = data.me;
  const items = navFor(me.role);
  const selected = items
    .filter((item) => (item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path)))
    .map((item) => item.path);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>党员积分管理与评星定级平台</strong>
        <Menu
          theme="dark"
          mode="horizontal"
          aria-label="主导航"
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 0 }}
          items={items.map((item) => ({
            key: item.path,
            label: <Link to={`${item.path}${location.search}`}>{item.label}</Link>,
          }))}
        />
        <Space style={{ color: '#fff' }}>
          <span>{me.account?.displayName ?? ''}</span>
          <span>（{labelOf(roleLabels, me.role)}）</span>
          <Button
            icon={<LogoutOutlined />}
            size="small"
            loading={signOut.isPending}
            onClick={() =>
              signOut.mutate(undefined, { onSettled: () => navigate('/login?reason=signedOut', { replace: true }) })
            }
          >
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        {me.organizationId && me.role !== 'MEMBER' && (
          <Layout.Sider width={260} theme="light" style={{ padding: 12, overflow: 'auto' }}>
            <OrgTree rootId={me.organizationId} selectedId={view.organizationId} onSelect={view.setOrganization} />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: 24 }}>
          {!items.some((item) => item.noPeriod && location.pathname.startsWith(item.path)) && (
            <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 16 }}>
              <PeriodPicker value={view.period} onChange={view.setPeriod} />
            </div>
          )}
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
