import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { QuietText } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import type { QuotaPolicyFieldsFragment } from '../../../gql/graphql';
import { beijingDateTime } from '../../../lib/beijing-time';
import { labelOf } from '../../../lib/labels';
import { roundingLabels, scopeLabels, stillTiedLabels, tieOrderLabels } from '../model/labels';

type Version = QuotaPolicyFieldsFragment;

const shares = (p: { fiveStarPercent: number; fourStarPercent: number; threeStarPercent: number }) =>
  `${p.fiveStarPercent}% / ${p.fourStarPercent}% / ${p.threeStarPercent}%`;

/** Every version the committee saved, newest first: who (by name), when (Beijing time), why, and its shares. */
export function HistoryTable({ history, onLoad }: { history: Version[]; onLoad: (version: Version) => void }) {
  const columns: ColumnsType<Version> = [
    { title: '设定时间', key: 'at', render: (_, p) => beijingDateTime(p.setAt) },
    { title: '设定人', key: 'by', render: (_, p) => p.setByName ?? '—' },
    { title: '执行年度', key: 'cycle', render: (_, p) => `${p.cycle} 年度起` },
    { title: '五星 / 四星 / 三星', key: 'shares', render: (_, p) => shares(p) },
    { title: '范围', key: 'scope', render: (_, p) => labelOf(scopeLabels, p.scope) },
    {
      title: '单独核定',
      key: 'overrides',
      render: (_, p) =>
        p.overrides.length === 0 ? (
          <QuietText>无</QuietText>
        ) : (
          p.overrides.map((o) => o.branch?.name ?? '（不在查看范围内的支部）').join('、')
        ),
    },
    { title: '调整理由', key: 'reason', render: (_, p) => p.reason ?? <QuietText>未写明</QuietText> },
    {
      title: '操作',
      key: 'load',
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => onLoad(p)}>
          载入为草稿
        </Button>
      ),
    },
  ];
  return (
    <Panel title="政策历史" style={{ marginTop: 16 }}>
      <Table
        aria-label="政策历史"
        size="small"
        rowKey={(p) => p.id ?? `${p.cycle}-${p.setAt}`}
        columns={columns}
        dataSource={[...history].reverse()}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (total) => `共 ${total} 个版本` }}
        locale={{ emptyText: '本组织还没有设定过名额政策（执行的是上级或系统默认的比例）' }}
        expandable={{
          expandedRowRender: (p) => (
            <div>
              <div>
                取整：{labelOf(roundingLabels, p.rounding)}；共性分下限 {p.baseFloor} 分，评星起点 {p.totalFloor} 分；
                同分时{labelOf(tieOrderLabels, p.tieBreakers.join(','))}，仍相同时
                {labelOf(stillTiedLabels, p.stillTied)}； 约谈期限 {p.interviewDays} 天，限期改正 {p.rectifyMonths} 个月
              </div>
              {p.overrides.map((o) => (
                <div key={o.branchId}>
                  {o.branch?.name ?? '（不在查看范围内的支部）'}：{shares(o)}，理由：{o.reason}
                </div>
              ))}
            </div>
          ),
        }}
      />
    </Panel>
  );
}
