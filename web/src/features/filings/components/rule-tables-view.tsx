import { Table, Tag, theme } from 'antd';
import type { HTMLAttributes } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { Panel } from '../../../components/panel';
import type { RowMark, TableDiff } from '../model/rule-diff';
import type { RuleRow, RuleTable } from '../model/rule-tables';

type Shown = RuleRow & { mark: RowMark | { status: 'removed' } | null };

const markLabels = { added: '新增', changed: '已修改', removed: '已删除' } as const;

/**
 * A rule document's tables, with the rows that differ from the earlier document marked: added and changed rows
 * tinted, a changed cell showing what it was, removed rows struck through at the end of their table.
 */
export function RuleTablesView({ tables, diff }: { tables: RuleTable[]; diff: Map<string, TableDiff> | null }) {
  const { token } = theme.useToken();
  const tint = { added: token.colorSuccessBg, changed: token.colorWarningBg, removed: token.colorErrorBg } as const;
  return (
    <>
      {tables.map((table) => {
        const changes = diff?.get(table.key);
        const rows: Shown[] = [
          ...table.rows.map((row) => ({ ...row, mark: changes?.marks.get(row.key) ?? null })),
          ...(changes?.removed ?? []).map((row) => ({ ...row, mark: { status: 'removed' as const } })),
        ];
        const columns: ColumnsType<Shown> = table.columns.map((column, i) => ({
          title: column.title,
          key: column.key,
          width: column.width,
          onCell: (row) => ({ style: row.mark ? { background: tint[row.mark.status] } : undefined }),
          render: (_, row) => {
            const value = row.cells[column.key] ?? '—';
            const before = row.mark?.status === 'changed' ? row.mark.before[column.key] : undefined;
            return (
              <div>
                {i === 0 && row.mark && (
                  <Tag color={row.mark.status === 'added' ? 'green' : row.mark.status === 'changed' ? 'orange' : 'red'}>
                    {markLabels[row.mark.status]}
                  </Tag>
                )}
                <span style={row.mark?.status === 'removed' ? { textDecoration: 'line-through' } : undefined}>
                  {before !== undefined && before !== value ? <strong>{value}</strong> : value}
                </span>
                {before !== undefined && before !== value && (
                  <div style={{ color: token.colorTextSecondary }}>
                    原：<span style={{ textDecoration: 'line-through' }}>{before}</span>
                  </div>
                )}
              </div>
            );
          },
        }));
        return (
          <Panel key={table.key} title={table.title} size="small" style={{ marginBottom: 16 }}>
            <Table
              aria-label={table.title}
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={rows}
              pagination={false}
              tableLayout={table.columns.some((c) => c.width) ? 'fixed' : undefined}
              onRow={(row) => ({ 'data-change': row.mark?.status ?? 'none' }) as HTMLAttributes<HTMLElement>}
            />
          </Panel>
        );
      })}
    </>
  );
}
