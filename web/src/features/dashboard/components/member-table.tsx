import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorResult } from '../../../components/error-result';
import type { BranchMembersQuery } from '../../../gql/graphql';
import { labelOf, memberKindLabels } from '../../../lib/labels';
import { useBranchMembers } from '../api/branch-members';
import { memberStatusLabels, scoreStateLabels, starLabel } from '../labels';

type Row = NonNullable<BranchMembersQuery['organization']>['members']['items'][number];
const PAGE = 20;

/** A branch's members for the period, highest total first, a page at a time; a name opens the member's view. */
export function MemberTable({
  branchId,
  period,
  memberLink,
}: {
  branchId: string;
  period: string;
  memberLink: (id: string) => string;
}) {
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useBranchMembers(branchId, period, page, PAGE);
  if (error) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const members = data?.organization?.members;
  const columns: ColumnsType<Row> = [
    { title: '名次', key: 'rank', width: 64, render: (_, __, i) => (page - 1) * PAGE + i + 1 },
    {
      title: '姓名',
      key: 'name',
      render: (_, m) => <Link to={memberLink(m.id)}>{m.name}</Link>,
    },
    { title: '人员类别', key: 'kind', render: (_, m) => labelOf(memberKindLabels, m.kind) },
    { title: '总分', key: 'total', align: 'right', render: (_, m) => m.score?.total ?? '—' },
    { title: '等次', key: 'grade', render: (_, m) => m.score?.grade?.name ?? '—' },
    { title: '星级', key: 'stars', render: (_, m) => starLabel(m.stars) },
    {
      title: '积分状态',
      key: 'state',
      render: (_, m) => (m.score ? labelOf(scoreStateLabels, m.score.state) : '尚未计分'),
    },
    { title: '名册状态', key: 'status', render: (_, m) => labelOf(memberStatusLabels, m.status) },
  ];
  return (
    <Table
      size="small"
      rowKey="id"
      loading={isFetching && !members}
      columns={columns}
      dataSource={members?.items ?? []}
      aria-label="党员积分"
      pagination={{
        current: page,
        pageSize: PAGE,
        total: members?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => `共 ${total} 人`,
        onChange: setPage,
      }}
    />
  );
}
