import { Empty, List, Tag } from 'antd';
import { QuietText } from '../../../components/heading';
import { Panel } from '../../../components/panel';
import type { RatingRunDetailFragment } from '../../../gql/graphql';
import { labelOf } from '../../../lib/labels';
import { changeLine } from '../model/change-line';
import { changeKindLabels } from '../model/run-labels';

/** What a version changes against the one it is compared with (the standing confirmed one, else the one before). */
export function ChangeItems({ run }: { run: RatingRunDetailFragment }) {
  if (run.changes.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="与比较的版本没有差异" />;
  return (
    <List
      size="small"
      aria-label={`第 ${run.version} 版的变化`}
      dataSource={run.changes}
      renderItem={(c) => {
        const line = changeLine(c);
        return (
          <List.Item data-change={line.headline}>
            <span>
              <Tag>{labelOf(changeKindLabels, c.kind)}</Tag>
              <strong>{line.headline}</strong>
            </span>
            {line.detail && <QuietText>{line.detail}</QuietText>}
          </List.Item>
        );
      }}
    />
  );
}

/** The changes of a version as a panel, titled with the version it is compared with. */
export function ChangesList({
  run,
  compared,
}: {
  run: RatingRunDetailFragment;
  compared: RatingRunDetailFragment | null;
}) {
  if (!compared) return null;
  return (
    <Panel title={`与第 ${compared.version} 版相比的变化（${run.changes.length} 人）`}>
      <ChangeItems run={run} />
    </Panel>
  );
}
