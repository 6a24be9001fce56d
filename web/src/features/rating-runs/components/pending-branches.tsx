import { Alert, Table } from 'antd';
import { Panel } from '../../../components/panel';
import type { RatingRunDetailFragment } from '../../../gql/graphql';

type Branch = RatingRunDetailFragment['pendingBranches'][number];

/** The branches whose members' scores are not final yet: how many, where they stand, why; they hold confirmation. */
export function PendingBranches({ run }: { run: RatingRunDetailFragment }) {
  return (
    <Panel title={`积分尚未确定的党员（${run.pendingCount} 人）`}>
      <Alert
        role="note"
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="这些党员本次预览不参加评定；有积分未确定时不能确认评定。"
        description="请督促所列党支部完成党员大会评定和公示、处理完异议和申诉，积分确定后重新预览。"
      />
      <Table<Branch>
        aria-label="积分尚未确定的党支部"
        size="small"
        rowKey="branchId"
        pagination={false}
        dataSource={run.pendingBranches}
        columns={[
          { title: '党支部', key: 'branch', render: (_, b) => b.branchName },
          { title: '人数', key: 'count', align: 'right', render: (_, b) => `${b.count} 人` },
          { title: '未公示', key: 'provisional', align: 'right', render: (_, b) => b.provisional },
          { title: '公示中', key: 'published', align: 'right', render: (_, b) => b.published },
          { title: '异议或申诉待处理', key: 'held', align: 'right', render: (_, b) => b.held },
          { title: '原因', key: 'reason', render: (_, b) => b.reason },
        ]}
      />
    </Panel>
  );
}
