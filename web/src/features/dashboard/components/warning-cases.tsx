import { Alert, Card, Descriptions, Empty, Space } from 'antd';
import type { MemberDetailQuery } from '../../../gql/graphql';
import { labelOf, warningTriggerLabels } from '../../../lib/labels';
import { disposalMeasureLabels, warningOutcomeLabels, warningStatusLabels } from '../labels';
import { periodLabel } from '../../../lib/periods';

type Case = NonNullable<NonNullable<MemberDetailQuery['member']>['warningCases']>[number];

/** The member's dual-warning cases, most recent first; null when the rating service does not answer. */
export function WarningCases({ cases }: { cases: Case[] | null | undefined }) {
  return (
    <Card title="双预警" size="small">
      {!cases ? (
        <Alert type="warning" message="评星定级服务暂时不可用，双预警暂缺" />
      ) : cases.length === 0 ? (
        <Empty description="没有双预警" />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {cases.map((c) => (
            <Descriptions key={c.id} bordered size="small" column={{ xs: 1, md: 2 }} aria-label="双预警案件">
              <Descriptions.Item label="期间">{periodLabel(c.periodKey)}</Descriptions.Item>
              <Descriptions.Item label="办理状态">{labelOf(warningStatusLabels, c.status)}</Descriptions.Item>
              <Descriptions.Item label="预警原因">{labelOf(warningTriggerLabels, c.trigger)}</Descriptions.Item>
              <Descriptions.Item label="该期总分">{c.total ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="说明" span={2}>
                {c.triggerNote}
              </Descriptions.Item>
              <Descriptions.Item label="预警日期">{String(c.openedOn)}</Descriptions.Item>
              <Descriptions.Item label="约谈期限">{String(c.interviewDue)}</Descriptions.Item>
              <Descriptions.Item label="约谈">
                {c.interviewedOn ? `${String(c.interviewedOn)} ${c.interviewedBy ?? ''}` : '尚未约谈'}
              </Descriptions.Item>
              <Descriptions.Item label="帮扶人">{c.helperName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="整改计划">{c.plan ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="整改期限">
                {c.rectifyDeadline ? String(c.rectifyDeadline) : '—'}
              </Descriptions.Item>
              {c.outcome && (
                <Descriptions.Item label="整改结果">
                  {labelOf(warningOutcomeLabels, c.outcome)} {c.outcomeNote ?? ''}
                </Descriptions.Item>
              )}
              {c.disposalMeasure && (
                <Descriptions.Item label="处置">{labelOf(disposalMeasureLabels, c.disposalMeasure)}</Descriptions.Item>
              )}
              {c.overdue.length > 0 && (
                <Descriptions.Item label="逾期事项" span={2}>
                  <span style={{ color: '#cf1322' }}>{c.overdue.join('；')}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
          ))}
        </Space>
      )}
    </Card>
  );
}
