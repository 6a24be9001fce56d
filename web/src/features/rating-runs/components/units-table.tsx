import { Table } from 'antd';
import { QuietText } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import type { RatingRunDetailFragment } from '../../../gql/graphql';
import { labelOf } from '../../../lib/labels';
import { quotaBasisLabels, tieOutcomeLabels } from '../model/run-labels';

type Unit = RatingRunDetailFragment['units'][number];

interface Row {
  key: string;
  unit: Unit;
  first: boolean;
  level: Unit['levels'][number];
}

/** Places per quota unit (a branch, a pooled township, a branch with its own shares): each level's arithmetic. */
export function UnitsTable({ units }: { units: RatingRunDetailFragment['units'] }) {
  const rows: Row[] = units.flatMap((unit) =>
    unit.levels.map((level, i) => ({ key: `${unit.unitId}-${level.stars}`, unit, first: i === 0, level })),
  );
  const span = (r: Row) => ({ rowSpan: r.first ? r.unit.levels.length : 0 });
  const ties = units.flatMap((u) => u.ties.map((t) => ({ unit: u.name, ...t })));
  return (
    <Panel title="各单位名额">
      <Table<Row>
        aria-label="各单位名额"
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '本次没有参加评星的人员' }}
        columns={[
          {
            title: '名额核定单位',
            key: 'unit',
            onCell: span,
            render: (_, r) => (
              <div>
                <div>{r.unit.name}</div>
                <QuietText>{labelOf(quotaBasisLabels, r.unit.basis)}</QuietText>
              </div>
            ),
          },
          { title: '参评人数', key: 'count', align: 'right', onCell: span, render: (_, r) => `${r.unit.count} 人` },
          { title: '星级', key: 'stars', render: (_, r) => `${r.level.stars} 星` },
          {
            title: '比例',
            key: 'percent',
            align: 'right',
            render: (_, r) => (r.level.percent === null || r.level.percent === undefined ? '—' : `${r.level.percent}%`),
          },
          { title: '名额', key: 'places', align: 'right', render: (_, r) => r.level.places },
          { title: '获评', key: 'taken', align: 'right', render: (_, r) => r.level.taken },
          {
            title: '并列超出',
            key: 'overflow',
            align: 'right',
            render: (_, r) => (r.level.overflow > 0 ? r.level.overflow : '—'),
          },
          { title: '名额的计算', key: 'arithmetic', render: (_, r) => r.level.explanation ?? '—' },
        ]}
      />
      {ties.length > 0 && (
        <ul aria-label="名额分界处的并列" style={{ margin: '12px 0 0', paddingLeft: 20 }}>
          {ties.map((t) => (
            <li key={`${t.unit}-${t.stars}`}>
              {t.unit} {t.stars} 星：{labelOf(tieOutcomeLabels, t.outcome)}。{t.explanation}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
