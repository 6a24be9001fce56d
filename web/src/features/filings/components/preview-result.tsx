import { Descriptions, Tag, theme } from 'antd';
import type { FilingPreviewScoreQuery } from '../../../gql/graphql';

type Preview = FilingPreviewScoreQuery['previewScore'];

/** A 试算's answer: the total, the grade, each component's part, the measures, and the engine's explanation lines. */
export function PreviewResult({ result }: { result: Preview }) {
  const exempt = result.status === 'EXEMPT';
  const { token } = theme.useToken();
  return (
    <div aria-label="试算结果" role="region">
      <Descriptions size="small" column={1} bordered labelStyle={{ width: 160 }}>
        <Descriptions.Item label="总分">
          <strong data-total>{exempt ? '不纳入积分管理' : (result.total ?? '—')}</strong>
        </Descriptions.Item>
        <Descriptions.Item label="等次">
          <span data-grade>
            {result.grade?.name ?? (result.graded ? '—' : '本期不评定等次')}
            {result.selectionCandidate && `（${result.selectionCandidate.name}候选）`}
          </span>
        </Descriptions.Item>
        {result.components.map((c) => (
          <Descriptions.Item key={c.code} label={c.label}>
            {c.contribution !== c.score ? `${c.score}（计入 ${c.contribution}）` : c.score}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="结果运用">
          {result.consequences.length ? result.consequences.map((c) => <Tag key={c.code}>{c.label}</Tag>) : '—'}
        </Descriptions.Item>
      </Descriptions>
      <h4 style={{ margin: '12px 0 4px' }}>计算说明</h4>
      <ol aria-label="计算说明" style={{ margin: 0, paddingLeft: 24 }}>
        {result.explanation.map((step, i) => (
          <li key={i}>
            <span style={{ color: token.colorTextSecondary }}>{step.rule}</span>：{step.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
