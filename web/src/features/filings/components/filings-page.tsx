import { Alert, Skeleton, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useLocation } from 'react-router';
import { ErrorResult } from '../../../components/error-result';
import { Heading, QuietText } from '../../../components/heading';
import { Result } from '../../../components/result';
import { beijingDateTime } from '../../../lib/beijing-time';
import { useViewParams } from '../../../lib/view-params';
import { useViewer } from '../../auth/api/viewer';
import { useFilingQueue } from '../api/filing-queue';
import { filingQueue, QueueRow } from '../model/filing-queue';

/** What the filing page left for the queue to say after a decision. */
interface QueueNotice {
  text: string;
}

/** 方案审核: the schemes the committee's branches submitted (报上级审核备案), the longest waiting first. */
export default function FilingsPage() {
  const viewer = useViewer().data?.me;
  const { organizationId } = useViewParams();
  const location = useLocation();
  const notice = (location.state as { notice?: QueueNotice } | null)?.notice ?? null;
  const scope = organizationId ?? viewer?.organizationId ?? '';
  const query = useFilingQueue(scope);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const node = query.data.organization;
  if (!node) return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  const rows = filingQueue(query.data.filings, node.path);
  const columns: ColumnsType<QueueRow> = [
    { title: '报送组织', key: 'org', width: 200, render: (_, r) => r.organizationName },
    {
      title: '积分方案',
      key: 'scheme',
      render: (_, r) => (
        <div>
          <Link to={`/console/filings/${r.id}${location.search}`}>{r.schemeName}</Link>
          <div>
            <QuietText>{r.revision}</QuietText>
          </div>
        </div>
      ),
    },
    { title: '说明', key: 'note', render: (_, r) => r.note ?? '—' },
    {
      title: '报送',
      key: 'submitted',
      width: 260,
      render: (_, r) => (
        <div>
          <div>{r.submittedBy}</div>
          <QuietText>{beijingDateTime(r.submittedAt)}</QuietText>
        </div>
      ),
    },
    {
      title: '操作',
      key: 'open',
      width: 120,
      render: (_, r) => <Link to={`/console/filings/${r.id}${location.search}`}>审核</Link>,
    },
  ];
  return (
    <div>
      <Space align="baseline" style={{ marginBottom: 16 }}>
        <Heading>方案审核</Heading>
        <QuietText>{node.name}下级报送的积分方案</QuietText>
      </Space>
      {notice && <Alert role="status" type="success" showIcon style={{ marginBottom: 12 }} message={notice.text} />}
      <Table
        aria-label="待审核的积分方案"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={query.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '没有待审核的积分方案' }}
      />
    </div>
  );
}
