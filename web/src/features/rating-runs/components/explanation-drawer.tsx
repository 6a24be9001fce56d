import { Descriptions, Drawer } from 'antd';
import { labelOf, memberKindLabels, ratingStatusLabels, warningTriggerLabels } from '../../../lib/labels';
import { starsText } from '../model/run-labels';
import type { ResultRow } from '../api/run-results';

const figure = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));

/** Why a member got this result: the figures, then the run's explanation step by step (rank, floors, places, ties). */
export function ExplanationDrawer({
  result,
  branchName,
  onClose,
}: {
  result: ResultRow | null;
  branchName: string | undefined;
  onClose: () => void;
}) {
  return (
    <Drawer open={result !== null} width={520} title={result ? `${result.memberName}的评定说明` : ''} onClose={onClose}>
      {result && (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="党支部">{branchName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="类别">{labelOf(memberKindLabels, result.memberKind)}</Descriptions.Item>
            <Descriptions.Item label="总分">{figure(result.total)}</Descriptions.Item>
            <Descriptions.Item label="名次">{figure(result.rank)}</Descriptions.Item>
            <Descriptions.Item label="共性分">{figure(result.base)}</Descriptions.Item>
            <Descriptions.Item label="评星分">{figure(result.starPoints)}</Descriptions.Item>
            <Descriptions.Item label="等次">
              {result.grade?.name ?? labelOf(ratingStatusLabels, result.status)}
            </Descriptions.Item>
            <Descriptions.Item label="星级">{starsText(result.stars)}</Descriptions.Item>
            <Descriptions.Item label="双预警" span={2}>
              {result.warning ? labelOf(warningTriggerLabels, result.warning) : '无'}
            </Descriptions.Item>
            <Descriptions.Item label="结果运用" span={2}>
              {result.consequences.length ? result.consequences.map((c) => c.label).join('；') : '无'}
            </Descriptions.Item>
          </Descriptions>
          <ol aria-label="评定说明" style={{ paddingLeft: 20, margin: 0, lineHeight: 1.9 }}>
            {result.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </>
      )}
    </Drawer>
  );
}
