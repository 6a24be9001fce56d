import { ReactNode, useState } from 'react';
import { type ChartData, hasFigures } from '../model/chart-data';
import { EChart } from '../components/e-chart';
import type { EChartsOption } from '../components/echarts';

export const panelStyle = {
  background: 'rgba(9, 32, 74, 0.85)',
  border: '1px solid #1f4d99',
  borderRadius: 6,
  padding: '12px 16px',
  color: '#dbe8ff',
} as const;

/** A dark panel with a chart that can also be read as a table (查看数据). */
export function ScreenPanel({
  title,
  option,
  data,
  height,
}: {
  title: string;
  option: EChartsOption;
  data: ChartData;
  height: number;
}): ReactNode {
  const [asTable, setAsTable] = useState(false);
  return (
    <section style={panelStyle} aria-label={title}>
      <header style={{ display: 'flex', justifyContent: 'space-between', fontSize: 20, marginBottom: 8 }}>
        <strong style={{ color: '#7fc4ff' }}>{title}</strong>
        <button
          type="button"
          onClick={() => setAsTable(!asTable)}
          style={{ background: 'none', border: 'none', color: '#7fc4ff', cursor: 'pointer', fontSize: 14 }}
        >
          {asTable ? '查看图表' : '查看数据'}
        </button>
      </header>
      {asTable ? (
        <div style={{ height, overflow: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 15 }}>
            <thead>
              <tr>
                {data.columns.map((c) => (
                  <th key={c} style={{ textAlign: 'left', borderBottom: '1px solid #1f4d99', padding: 4 }}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((v, i) => (
                    <td key={i} style={{ padding: 4, borderBottom: '1px solid #12305f' }}>
                      {v ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : !hasFigures(data) ? (
        <div style={{ height, display: 'grid', placeItems: 'center', color: '#5d7bb0' }}>本期暂无数据</div>
      ) : (
        <EChart option={option} height={height} dark label={title} />
      )}
    </section>
  );
}
