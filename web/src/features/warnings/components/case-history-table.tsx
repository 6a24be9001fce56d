import { Table } from 'antd';
import { useMemo } from 'react';
import { QuietText } from '../../../components/heading';
import { caseHistory, HistoryFacts, HistoryLine } from '../model/case-history';

/** A case's full history, oldest first: the day, what, who (names), the detail and when it was entered (Beijing time). */
export function CaseHistoryTable({ c }: { c: HistoryFacts }) {
  const lines = useMemo(() => caseHistory(c), [c]);
  return (
    <Table<HistoryLine>
      aria-label="办理记录"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={lines}
      columns={[
        { title: '日期', key: 'on', width: 100, render: (_, l) => l.on },
        { title: '事项', key: 'what', width: 260, render: (_, l) => l.what },
        { title: '经办', key: 'who', width: 280, render: (_, l) => l.who },
        { title: '情况', key: 'detail', render: (_, l) => l.detail || '—' },
        {
          title: '登记时间（北京时间）',
          key: 'entered',
          width: 170,
          render: (_, l) => l.entered ?? <QuietText>按所填日期</QuietText>,
        },
      ]}
    />
  );
}
