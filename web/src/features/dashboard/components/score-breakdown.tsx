import { Card, Collapse, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import type { MemberDetailQuery } from '../../../gql/graphql';
import { labelOf } from '../../../lib/labels';
import { componentKindLabels, entryStateLabels, scoreStateLabels } from '../labels';

type Score = NonNullable<NonNullable<MemberDetailQuery['member']>['score']>;
type Step = Score['explanation'][number];

function StepLine({ step }: { step: Step }) {
  return (
    <List.Item style={{ display: 'block' }}>
      <Typography.Text strong>{step.rule}</Typography.Text>：{step.text}
      {step.entries.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} aria-label={`${step.rule}的记录`}>
          {step.entries.map((e) => (
            <li key={e.id}>
              {String(e.occurredOn)} {e.itemLabel}
              {(e.review?.points ?? e.points) !== null && <>（{e.review?.points ?? e.points} 分）</>}
              {e.note && <Typography.Text type="secondary"> {e.note}</Typography.Text>}{' '}
              <Tag>{labelOf(entryStateLabels, e.state)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </List.Item>
  );
}

/** The period's score: each component with its explanation lines and the entries behind each, then the overall steps. */
export function ScoreBreakdown({ score }: { score: Score | null }) {
  if (!score)
    return (
      <Card title="积分构成" size="small">
        <Empty description="本期尚未计分" />
      </Card>
    );
  const overall = score.explanation.filter((s) => s.component === null);
  return (
    <Card title="积分构成" size="small">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="总分">{score.total ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="等次">
          {score.grade?.name ?? (score.graded ? '—' : '本期不评定等次')}
        </Descriptions.Item>
        <Descriptions.Item label="积分状态">{labelOf(scoreStateLabels, score.state)}</Descriptions.Item>
        {score.star && (
          <Descriptions.Item label="共性分 / 评星分">
            {score.star.base} / {score.star.starPoints}
          </Descriptions.Item>
        )}
        {score.veto && <Descriptions.Item label="一票否决">{score.veto.label}</Descriptions.Item>}
        {score.forcedGrade && <Descriptions.Item label="直接认定">{score.forcedGrade.label}</Descriptions.Item>}
        {score.consequences.length > 0 && (
          <Descriptions.Item label="结果运用">{score.consequences.map((c) => c.label).join('、')}</Descriptions.Item>
        )}
      </Descriptions>
      <Collapse
        defaultActiveKey={score.components.map((c) => c.code)}
        items={score.components.map((c) => ({
          key: c.code,
          label: (
            <Space wrap>
              <Typography.Text strong>{c.label}</Typography.Text>
              <Tag>{labelOf(componentKindLabels, c.kind)}</Tag>
              <span>
                得分 {c.score}
                {c.weight !== 1 && ` × 权重 ${c.weight}`}，计入总分 {c.contribution}
              </span>
            </Space>
          ),
          children: (
            <List
              size="small"
              dataSource={score.explanation.filter((s) => s.component === c.code)}
              renderItem={(step) => <StepLine step={step} />}
              locale={{ emptyText: '无说明' }}
            />
          ),
        }))}
      />
      {overall.length > 0 && (
        <List
          header={<Typography.Text strong>总分与等次</Typography.Text>}
          size="small"
          dataSource={overall}
          renderItem={(step) => <StepLine step={step} />}
        />
      )}
    </Card>
  );
}
