import { Col, Form, Row, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ErrorResult } from '../../../components/error-result';
import { Result } from '../../../components/result';
import type { QuotaPreviewQuery } from '../../../gql/graphql';
import { messageOf } from '../../../lib/api-error';
import { parsePeriod } from '../../../lib/periods';
import { useViewParams } from '../../../lib/view-params';
import { ConsoleHeader, Notice } from '../../accounts/components/console-header';
import { useViewer } from '../../auth/api/viewer';
import { useQuotaEditor, useQuotaPreview, useRatedPeriods, useSetQuotaPolicy } from '../api/quota-policy';
import { DraftValues, draftInput, valuesOf } from '../model/draft';
import { latestRated, previewPeriods } from '../model/preview-periods';
import { HistoryTable } from './history-table';
import { PolicyForm } from './policy-form';
import { PreviewPanel } from './preview-panel';

/** A value that follows `value` once it has stayed the same for `ms` (compared as JSON). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // The JSON key stands for the value: a new object with the same contents does not restart the wait.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}

/** Which override (1-based) an API message is about: “第 1 项单独核定…”, “单独核定名额的第 1 项…”. */
const overrideNamed = (message: string | null) => {
  const match = /第 (\d+) 项单独核定|单独核定名额的第 (\d+) 项/.exec(message ?? '');
  return match ? Number(match[1] ?? match[2]) : null;
};

/**
 * The committee's star-quota policy beside what it would give: the form (pre-filled from the policy in force for the
 * cycle of the period first shown), the preview of the draft for the chosen period (nothing saved), and the history.
 */
export default function QuotaPage() {
  const viewer = useViewer().data?.me;
  const { organizationId } = useViewParams();
  const id = organizationId ?? viewer?.organizationId ?? '';
  const periods = useMemo(() => previewPeriods(new Date()), []);
  const rated = useRatedPeriods(id, periods);
  const [chosen, setChosen] = useState<string | null>(null);
  const ratedCounts = useMemo(() => {
    const org = rated.data?.organization;
    const rollups = org ? [org.r0, org.r1, org.r2, org.r3, org.r4, org.r5] : [];
    return new Map(rollups.flatMap((r) => (r ? [[r.period, r.rated] as const] : [])));
  }, [rated.data]);
  const period = chosen ?? (rated.data ? latestRated(periods, ratedCounts, new Date()) : undefined);
  // The policy in force is read for the cycle of the period first shown; the form keeps its own cycle afterwards.
  const [cycle, setCycle] = useState<number | null>(null);
  useEffect(() => {
    if (cycle === null && period) setCycle(parsePeriod(period)!.cycle);
  }, [cycle, period]);
  const editor = useQuotaEditor(id, cycle ?? 0);
  if (rated.error) return <ErrorResult error={rated.error} onRetry={() => void rated.refetch()} />;
  if (editor.error) return <ErrorResult error={editor.error} onRetry={() => void editor.refetch()} />;
  if (!period || cycle === null || editor.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  const org = editor.data.organization;
  if (!org || !org.quotaPolicy)
    return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  return (
    <QuotaEditor
      key={`${org.id}-${cycle}`}
      org={{ ...org, quotaPolicy: org.quotaPolicy }}
      cycle={cycle}
      period={period}
      periods={periods}
      onPeriod={setChosen}
    />
  );
}

type EditorOrg = NonNullable<NonNullable<ReturnType<typeof useQuotaEditor>['data']>['organization']>;

function QuotaEditor(props: {
  org: EditorOrg & { quotaPolicy: NonNullable<EditorOrg['quotaPolicy']> };
  cycle: number;
  period: string;
  periods: string[];
  onPeriod: (period: string) => void;
}) {
  const { org } = props;
  const [form] = Form.useForm<DraftValues>();
  const initialValues = useMemo(() => valuesOf(org.quotaPolicy, props.cycle), [org.quotaPolicy, props.cycle]);
  const watched = Form.useWatch([], form) as DraftValues | undefined;
  const draft = useDebounced(draftInput(org.id, watched ?? initialValues), 400);
  // The reason for the change does not change the allocation: typing it does not ask for another preview.
  const previewInput = useMemo(() => (draft.input ? { ...draft.input, reason: null } : null), [draft.input]);
  const preview = useQuotaPreview(previewInput, props.period);
  const save = useSetQuotaPolicy();
  // The last figures the API gave stay on screen (dimmed) while a draft is refused or still incomplete.
  const [shown, setShown] = useState<QuotaPreviewQuery['previewQuotaPolicy']>();
  useEffect(() => {
    if (preview.data && !preview.isPlaceholderData) setShown(preview.data.previewQuotaPolicy);
  }, [preview.data, preview.isPlaceholderData]);
  const { reset: resetSave } = save;
  const draftKey = JSON.stringify(previewInput);
  useEffect(() => resetSave(), [draftKey, resetSave]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const branches = useMemo(() => {
    type Node = { id: string; name: string; level: string; children?: Node[] };
    const found: { id: string; name: string }[] = [];
    const walk = (nodes: Node[] | undefined) =>
      nodes?.forEach((n) => (n.level === 'BRANCH' ? found.push({ id: n.id, name: n.name }) : walk(n.children)));
    walk(org.children as Node[]);
    return found;
  }, [org.children]);
  const refused = preview.isError ? messageOf(preview.error) : null;
  const saveRefused = save.isError ? messageOf(save.error) : null;
  const problem = saveRefused ?? refused ?? draft.missing;
  const onSave = () =>
    void form
      .validateFields()
      .then(() => {
        const current = draftInput(org.id, form.getFieldsValue(true) as DraftValues);
        if (!current.input) return;
        save.mutate(current.input, {
          onSuccess: (done) => {
            form.setFieldValue('reason', '');
            setNotice({
              type: 'success',
              text: `已保存名额政策，自 ${done.setQuotaPolicy.cycle} 年度起执行（${done.setQuotaPolicy.setByName ?? ''}）`,
            });
          },
        });
      })
      .catch(() => {});
  return (
    <div>
      <ConsoleHeader title="星级名额" scopeName={org.name} notice={notice} onCloseNotice={() => setNotice(null)} />
      <Row gutter={16}>
        <Col span={9}>
          <PolicyForm
            form={form}
            initialValues={initialValues}
            inForce={org.quotaPolicy}
            branches={branches}
            problem={problem}
            problemOverride={overrideNamed(problem)}
            saving={save.isPending}
            onSave={onSave}
            onReset={() => {
              form.setFieldsValue(initialValues);
              save.reset();
            }}
          />
        </Col>
        <Col span={15}>
          <PreviewPanel
            period={props.period}
            periods={props.periods}
            onPeriod={props.onPeriod}
            preview={preview.data?.previewQuotaPolicy ?? shown}
            loading={preview.isFetching}
            stale={preview.isPlaceholderData || preview.isError || draft.input === null}
          />
        </Col>
      </Row>
      <HistoryTable
        history={org.quotaPolicyHistory ?? []}
        onLoad={(version) => {
          form.setFieldsValue({ ...valuesOf(version, props.cycle), reason: '' });
          save.reset();
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
      />
    </div>
  );
}
