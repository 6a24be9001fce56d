import { Button, Checkbox, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorResult } from '../../../components/error-result';
import { QuietText } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import type { RatingRunDetailFragment } from '../../../gql/graphql';
import { labelOf, memberKindLabels, ratingStatusLabels, warningTriggerLabels } from '../../../lib/labels';
import { RESULTS_PAGE, ResultRow, ResultsFilter, useRunResults } from '../api/run-results';
import { starsText } from '../model/run-labels';
import { ExplanationDrawer } from './explanation-drawer';

const figure = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));

/** A run's results, filtered by branch, stars and warnings (the API filters and pages); a name opens the explanation. */
export function ResultsPanel({
  run,
  branches,
}: {
  run: RatingRunDetailFragment;
  branches: { id: string; name: string }[];
}) {
  const [filter, setFilter] = useState<ResultsFilter>({ branchId: null, stars: null, warningOnly: false });
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<ResultRow | null>(null);
  const results = useRunResults(run.id, filter, page);
  const names = new Map(branches.map((b) => [b.id, b.name]));
  const set = (change: Partial<ResultsFilter>) => {
    setFilter((previous) => ({ ...previous, ...change }));
    setPage(1);
  };
  const columns: ColumnsType<ResultRow> = [
    { title: '名次', key: 'rank', width: 64, align: 'right', render: (_, r) => figure(r.rank) },
    {
      title: '姓名',
      key: 'name',
      render: (_, r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r)}>
          {r.memberName}
        </Button>
      ),
    },
    { title: '党支部', key: 'branch', render: (_, r) => names.get(r.branchId) ?? '—' },
    { title: '类别', key: 'kind', render: (_, r) => labelOf(memberKindLabels, r.memberKind) },
    { title: '总分', key: 'total', align: 'right', render: (_, r) => figure(r.total) },
    { title: '共性分', key: 'base', align: 'right', render: (_, r) => figure(r.base) },
    { title: '评星分', key: 'starPoints', align: 'right', render: (_, r) => figure(r.starPoints) },
    {
      title: '等次',
      key: 'grade',
      render: (_, r) => r.grade?.name ?? labelOf(ratingStatusLabels, r.status),
    },
    { title: '星级', key: 'stars', render: (_, r) => starsText(r.stars) },
    {
      title: '双预警',
      key: 'warning',
      render: (_, r) => (r.warning ? <Tag color="error">{labelOf(warningTriggerLabels, r.warning)}</Tag> : '—'),
    },
    {
      title: '结果运用',
      key: 'consequences',
      width: 280,
      render: (_, r) => (r.consequences.length ? r.consequences.map((c) => c.label).join('；') : '—'),
    },
  ];
  const data = results.data?.ratingRun?.results;
  return (
    <Panel title="评定结果">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="党支部"
          allowClear
          placeholder="全部党支部"
          style={{ width: 220 }}
          value={filter.branchId ?? undefined}
          onChange={(branchId?: string) => set({ branchId: branchId ?? null })}
          options={branches.map((b) => ({ value: b.id, label: b.name }))}
        />
        <Select
          aria-label="星级"
          allowClear
          placeholder="全部星级"
          style={{ width: 140 }}
          value={filter.stars ?? undefined}
          onChange={(stars?: number) => set({ stars: stars ?? null })}
          options={[5, 4, 3].map((s) => ({ value: s, label: `${s} 星` }))}
        />
        <Checkbox checked={filter.warningOnly} onChange={(e) => set({ warningOnly: e.target.checked })}>
          只看双预警
        </Checkbox>
        <QuietText>点姓名查看评定说明</QuietText>
      </Space>
      {results.error ? (
        <ErrorResult error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <Table<ResultRow>
          aria-label="评定结果"
          size="small"
          rowKey="memberId"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={results.isFetching}
          locale={{ emptyText: results.isPending ? '正在读取…' : '没有符合条件的党员' }}
          pagination={{
            current: page,
            pageSize: RESULTS_PAGE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 人`,
            onChange: setPage,
          }}
        />
      )}
      <ExplanationDrawer
        result={open}
        branchName={open ? names.get(open.branchId) : undefined}
        onClose={() => setOpen(null)}
      />
    </Panel>
  );
}
