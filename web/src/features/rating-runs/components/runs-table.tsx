import { Button, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { QuietText } from '../../../components/heading';
import type { RatingRunDetailFragment } from '../../../gql/graphql';
import { beijingDateTime } from '../../../lib/beijing-time';
import { labelOf } from '../../../lib/labels';
import { runStatusColors, runStatusLabels } from '../model/run-labels';

/** The versions of the node's rating of the period, newest first: status, who previewed, who confirmed and when. */
export function RunsTable({
  runs,
  chosen,
  onChoose,
}: {
  runs: readonly RatingRunDetailFragment[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const columns: ColumnsType<RatingRunDetailFragment> = [
    { title: '版本', key: 'version', width: 90, render: (_, r) => `第 ${r.version} 版` },
    {
      title: '状态',
      key: 'status',
      render: (_, r) => (
        <Tag data-status={r.status} color={labelOf(runStatusColors, r.status)}>
          {labelOf(runStatusLabels, r.status)}
        </Tag>
      ),
    },
    {
      title: '预览',
      key: 'created',
      render: (_, r) => (
        <div>
          <div>{r.createdByName}</div>
          <QuietText>{beijingDateTime(r.createdAt)}</QuietText>
        </div>
      ),
    },
    {
      title: '确认',
      key: 'confirmed',
      render: (_, r) =>
        r.confirmedByName ? (
          <div>
            <div>{r.confirmedByName}</div>
            <QuietText>
              {beijingDateTime(r.confirmedAt)} 确认，决定日期 {r.decidedOn}
            </QuietText>
          </div>
        ) : (
          <QuietText>未确认</QuietText>
        ),
    },
    {
      title: '评定人数',
      key: 'rated',
      align: 'right',
      render: (_, r) => `${r.summary.rated} 人`,
    },
    { title: '双预警', key: 'warnings', align: 'right', render: (_, r) => `${r.summary.warnings} 人` },
    {
      title: '积分未确定',
      key: 'pending',
      align: 'right',
      render: (_, r) => (r.pendingCount > 0 ? <Tag color="warning">{r.pendingCount} 人</Tag> : '无'),
    },
    {
      title: '',
      key: 'open',
      width: 90,
      render: (_, r) =>
        r.id === chosen ? (
          <QuietText>正在查看</QuietText>
        ) : (
          <Button size="small" onClick={() => onChoose(r.id)}>
            查看
          </Button>
        ),
    },
  ];
  return (
    <Table
      aria-label="评定版本"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...runs]}
      pagination={false}
      rowClassName={(r) => (r.id === chosen ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ 'data-version': r.version }) as HTMLAttributes<HTMLElement>}
      style={{ marginBottom: 16 }}
      scroll={{ x: 'max-content' }}
    />
  );
}
