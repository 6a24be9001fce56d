import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReactNode, useState } from 'react';
import { Panel } from '../../../components/panel';
import { EChart } from './e-chart';
import { EChartsOption } from './echarts';
import { type ChartData, hasFigures } from '../model/chart-data';

/** A chart that can also be read as a table: 查看数据 swaps the drawing for its figures. */
export function ChartPanel({
  title,
  option,
  data,
  height = 280,
  extra,
}: {
  title: string;
  option: EChartsOption;
  data: ChartData;
  height?: number;
  extra?: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const columns: ColumnsType<Record<string, string | number | null>> = data.columns.map((c, i) => ({
    title: c,
    dataIndex: String(i),
    key: String(i),
    align: i === 0 ? 'left' : 'right',
    render: (v: string | number | null) => (v === null || v === undefined ? '—' : v),
  }));
  const rows = data.rows.map((row, r) => ({
    key: String(r),
    ...Object.fromEntries(row.map((v, i) => [String(i), v])),
  }));
  return (
    <Panel
      title={title}
      size="small"
      extra={
        <>
          {extra}
          <Button size="small" type="link" onClick={() => setAsTable(!asTable)} aria-pressed={asTable}>
            {asTable ? '查看图表' : '查看数据'}
          </Button>
        </>
      }
    >
      {asTable ? (
        <Table
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ y: height - 40 }}
          aria-label={`${title}数据`}
        />
      ) : !hasFigures(data) ? (
        <div style={{ height, display: 'grid', placeItems: 'center', color: '#999' }}>本期暂无数据</div>
      ) : (
        <EChart option={option} height={height} label={title} />
      )}
    </Panel>
  );
}
