import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { request } from '../../lib/graphql-client';
import { labelOf, roleLabels } from '../../lib/labels';
import { ErrorResult } from '../../components/error-result';
import { periodLabel } from '../../lib/periods';
import { useViewParams } from '../../lib/view-params';
import { useViewer } from '../auth/api/viewer';
import { navFor } from '../shell/navigation';

const HomeOrganizationDocument = graphql(`
  query HomeOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      level
      levelLabel
      parent {
        id
        name
      }
    }
  }
`);

/** Each role's first page (the dashboard replaces it for the district and township committees). */
export function HomePage() {
  const { data } = useViewer();
  const view = useViewParams();
  const orgId = view.organizationId ?? data?.me.organizationId ?? null;
  const org = useQuery({
    queryKey: ['HomeOrganization', { id: orgId }],
    queryFn: () => request(HomeOrganizationDocument, { id: orgId! }),
    enabled: Boolean(orgId),
  });
  if (!data) return null;
  const me = data.me;
  const node = org.data?.organization;
  const mayExport = me.rights.includes('EXPORT');
  const bookHref =
    node && node.level === 'BRANCH'
      ? `/downloads/ledger/ledger-book.xlsx?${new URLSearchParams({ organizationId: node.id, period: view.period })}`
      : null;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          您好，{me.account?.displayName}
        </Typography.Title>
        <Typography.Paragraph>您以“{labelOf(roleLabels, me.role)}”身份登录。可以从这里进入：</Typography.Paragraph>
        <ul>
          {navFor(me.role)
            .filter((item) => item.area !== 'home')
            .map((item) => (
              <li key={item.area}>
                <Link to={item.path}>{item.label}</Link>
              </li>
            ))}
        </ul>
      </Card>
      {org.isError && <ErrorResult error={org.error} onRetry={() => void org.refetch()} />}
      {node && (
        <Card title={node.name}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="层级">{node.levelLabel}</Descriptions.Item>
            {node.parent && <Descriptions.Item label="上级">{node.parent.name}</Descriptions.Item>}
            <Descriptions.Item label="期间">{periodLabel(view.period)}</Descriptions.Item>
          </Descriptions>
          {mayExport && bookHref && (
            <a href={bookHref} download>
              <DownloadOutlined /> 下载积分总台账（{periodLabel(view.period)}）
            </a>
          )}
        </Card>
      )}
    </Space>
  );
}
