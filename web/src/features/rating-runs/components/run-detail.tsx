import { Button, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { Panel } from '../../../components/panel';
import type { RatingRunDetailFragment } from '../../../gql/graphql';
import { periodLabel } from '../../../lib/periods';
import { ChangesList } from './changes-list';
import { ConfirmDialog } from './confirm-dialog';
import { PendingBranches } from './pending-branches';
import { ResultsPanel } from './results-panel';
import { UnitsTable } from './units-table';

/**
 * One version of a rating: what it rated, who is not final yet, the places per quota unit with their arithmetic, the
 * changes from the version it is compared with, and its results; a preview can be confirmed from here.
 */
export function RunDetail({
  run,
  runs,
  organizationId,
  branches,
  onPreviewAgain,
}: {
  run: RatingRunDetailFragment;
  runs: readonly RatingRunDetailFragment[];
  organizationId: string;
  branches: { id: string; name: string }[];
  onPreviewAgain: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const compared = runs.find((r) => r.id === run.comparedWith) ?? null;
  const s = run.summary;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Panel
        title={`第 ${run.version} 版 · ${periodLabel(run.period)}`}
        extra={
          run.status === 'PREVIEW' && (
            <Button type="primary" onClick={() => setConfirming(true)}>
              确认评定
            </Button>
          )
        }
      >
        <Descriptions size="small" column={4} aria-label="评定概况">
          <Descriptions.Item label="积分已确定">{s.scores} 人</Descriptions.Item>
          <Descriptions.Item label="评定等次">{s.rated} 人</Descriptions.Item>
          <Descriptions.Item label="不纳入积分管理">{s.exempt} 人</Descriptions.Item>
          <Descriptions.Item label="本期不评定等次">{s.notGraded} 人</Descriptions.Item>
          <Descriptions.Item label="各等次" span={2}>
            {s.grades.map((g) => `${g.name} ${g.count} 人`).join('，') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="启动双预警">{s.warnings} 人</Descriptions.Item>
          <Descriptions.Item label="名额核定单位">{s.units} 个</Descriptions.Item>
          <Descriptions.Item label="星级（获评 / 名额）" span={2}>
            {s.levels.map((l) => `${l.stars} 星 ${l.taken} / ${l.places}`).join('，') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="期间最后一天">{run.periodEnd ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Panel>
      {run.pendingBranches.length > 0 && <PendingBranches run={run} />}
      <UnitsTable units={run.units} />
      <ChangesList run={run} compared={compared} />
      <ResultsPanel run={run} branches={branches} />
      {run.status === 'PREVIEW' && (
        <ConfirmDialog
          open={confirming}
          run={run}
          compared={compared}
          organizationId={organizationId}
          onClose={() => setConfirming(false)}
          onPreviewAgain={() => {
            setConfirming(false);
            onPreviewAgain();
          }}
        />
      )}
    </Space>
  );
}
