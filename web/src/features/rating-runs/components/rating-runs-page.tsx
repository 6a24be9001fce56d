import { Alert, Button, Empty, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorResult } from '../../../components/error-result';
import { Heading, QuietText } from '../../../components/heading';
import { Result } from '../../../components/result';
import { periodLabel } from '../../../lib/periods';
import { useViewParams } from '../../../lib/view-params';
import { useViewer } from '../../auth/api/viewer';
import { useRatingRuns } from '../api/rating-runs';
import { usePreviewRating } from '../api/run-mutations';
import { ratingPeriodOf } from '../model/rating-periods';
import { Refusal, refusalOf } from '../model/refusal';
import { branchesBelow } from '../model/run-scope';
import { RatingPeriodPicker } from './rating-period-picker';
import { RefusalAlert } from './refusal-alert';
import { RunDetail } from './run-detail';
import { RunsTable } from './runs-table';

/**
 * 评星定级: the rating runs of the node chosen in the console's scope and a period (every version, its status, who
 * previewed and who confirmed it), one run's places, changes and results; 预览 makes a new version, 确认 publishes it.
 */
export default function RatingRunsPage() {
  const viewer = useViewer().data?.me;
  const params = useViewParams();
  const id = params.organizationId ?? viewer?.organizationId ?? '';
  const period = ratingPeriodOf(params.period, new Date());
  const query = useRatingRuns(id, period);
  const preview = usePreviewRating();
  const [chosen, setChosen] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const org = query.data?.organization ?? null;
  const runs = useMemo(() => org?.ratingRuns ?? [], [org]);
  const branches = useMemo(() => branchesBelow(org?.children ?? []), [org]);
  const run = runs.find((r) => r.id === chosen) ?? runs[0] ?? null;

  const previewAgain = () => {
    setRefusal(null);
    preview.mutate(
      { organizationId: id, period },
      { onSuccess: (made) => setChosen(made.previewRating.id), onError: (error) => setRefusal(refusalOf(error)) },
    );
  };
  const choosePeriod = (key: string) => {
    setChosen(null);
    setRefusal(null);
    params.setPeriod(key);
  };

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!org) return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  const rates = org.level === 'TOWNSHIP' || org.level === 'DISTRICT';
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Space align="baseline">
          <Heading>评星定级</Heading>
          <QuietText>
            {org.name} · {periodLabel(period)}
          </QuietText>
        </Space>
        <Space>
          <RatingPeriodPicker value={period} onChange={choosePeriod} />
          {rates && (
            <Button type="primary" loading={preview.isPending} onClick={previewAgain}>
              预览
            </Button>
          )}
        </Space>
      </Space>
      {!rates && (
        <Alert
          role="note"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`评星定级由镇(街道)党(工)委或区组织：请在左侧选择镇(街道)或区，“${org.name}”不能发起评定。`}
        />
      )}
      {refusal && (
        <RefusalAlert
          refusal={refusal}
          onPreviewAgain={previewAgain}
          onReload={() => void query.refetch()}
          onClose={() => setRefusal(null)}
        />
      )}
      {runs.length === 0 ? (
        <Empty
          style={{ margin: '48px 0' }}
          description={
            rates ? `${periodLabel(period)}还没有评定：点“预览”生成第 1 版，核对后再确认。` : '该组织没有发起过评定。'
          }
        />
      ) : (
        <>
          <RunsTable runs={runs} chosen={run?.id ?? null} onChoose={setChosen} />
          {run && (
            <RunDetail
              key={run.id}
              run={run}
              runs={runs}
              organizationId={id}
              branches={branches}
              onPreviewAgain={previewAgain}
            />
          )}
        </>
      )}
    </div>
  );
}
