import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { gradeCount, gradeNamesOf, NodeFigures, starOf } from '../model/node-figures';

const byNumber = (pick: (f: NodeFigures) => number | null | undefined) => (a: NodeFigures, b: NodeFigures) =>
  (pick(a) ?? -Infinity) - (pick(b) ?? -Infinity);
const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v);

/**
 * The node's children with every figure, sortable by any column; a name opens the same view one level down, and
 * pointing at it (or focusing it) calls `onPoint`, so that view's figures can be on their way before the click.
 */
export function RankingTable({
  rows,
  linkTo,
  onPoint,
}: {
  rows: NodeFigures[];
  linkTo: (id: string) => string;
  onPoint?: (id: string) => void;
}) {
  const figure = (title: string, key: string, pick: (f: NodeFigures) => number | null | undefined, wrap = false) => ({
    title,
    key,
    onHeaderCell: () => ({ style: { whiteSpace: wrap ? 'normal' : 'nowrap' } as const }),
    align: 'right' as const,
    sorter: byNumber(pick),
    render: (_: unknown, f: NodeFigures) => show(pick(f)),
  });
  const columns: ColumnsType<NodeFigures> = [
    {
      title: '组织',
      key: 'name',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_, f) => (
        <Link to={linkTo(f.id)} onMouseEnter={() => onPoint?.(f.id)} onFocus={() => onPoint?.(f.id)}>
          {f.name}
        </Link>
      ),
    },
    figure('计分', 'membersScored', (f) => f.membersScored),
    figure('不纳入', 'membersExempt', (f) => f.membersExempt),
    { ...figure('平均分', 'mean', (f) => f.mean), defaultSortOrder: 'descend' },
    figure('中位数', 'median', (f) => f.median),
    ...gradeNamesOf(rows).map((g) => figure(g.name, `grade-${g.code}`, (f) => gradeCount(f, g.code), true)),
    ...[5, 4, 3].map((stars) => ({
      title: `${stars}星`,
      key: `stars-${stars}`,
      onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } as const }),
      align: 'right' as const,
      sorter: byNumber((f) => starOf(f, stars)?.taken),
      render: (_: unknown, f: NodeFigures) => {
        const s = starOf(f, stars);
        return s ? `${s.taken} / ${s.places}` : '—';
      },
    })),
    {
      title: (
        <>
          双预警
          <br />
          未结/逾期/转处置
        </>
      ),
      key: 'warnings',
      align: 'right' as const,
      sorter: byNumber((f) => f.rating?.warnings.open),
      render: (_: unknown, f: NodeFigures) =>
        f.rating ? `${f.rating.warnings.open} / ${f.rating.warnings.overdue} / ${f.rating.warnings.escalated}` : '—',
    },
    figure('待初评', 'pendingReviews', (f) => f.pendingReviews),
    figure('异议', 'openObjections', (f) => f.openObjections),
    figure('公示中', 'runningWindows', (f) => f.runningWindows),
  ];
  return (
    <Table
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      aria-label="下级组织排名"
      showSorterTooltip={false}
    />
  );
}
