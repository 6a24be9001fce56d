import { Alert, Form, Input } from 'antd';
import { periodLabel } from '../../../lib/periods';
import { useCaseMutations } from '../api/case-mutations';
import { outcomeLabels } from '../model/labels';
import { beijingToday, dateRules, StepCard } from './step-card';

/** What the outcome step reads of a case. */
interface OutcomeFacts {
  id: string;
  periodKey: string;
  nextPeriodKey?: string | null;
  nextTotal?: number | null;
  nextDisposal?: string | null;
}

/**
 * 认定整改结果 as the next run gives it: nothing to decide before the next period's rating is confirmed (the page says
 * why); then the one outcome its recorded total allows (50 or more: improved; below: escalated, with a note).
 */
export function OutcomeForm({ c, onDone }: { c: OutcomeFacts; onDone: (text: string) => void }) {
  const [form] = Form.useForm<{ decidedOn: string; decidedBy: string; note?: string }>();
  const { decideOutcome } = useCaseMutations();
  if (c.nextTotal == null || !c.nextPeriodKey)
    return (
      <Alert
        aria-label="认定整改结果"
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="认定整改结果：须先确认下一期的评定"
        description={`整改结果依据下一期评定的得分认定，不能手工填写：${periodLabel(c.periodKey)}之后的下一期评定确认时，这里会显示其总分；达到 50 分可认定为已转化提高（结案），否则转入不合格党员处置程序。目前还没有记录下一期的评定总分，尚不能认定。`}
      />
    );
  const improved = c.nextTotal >= 50;
  const outcome = improved ? 'IMPROVED' : 'ESCALATED';
  const next = `下一期（${periodLabel(c.nextPeriodKey)}）评定总分 ${c.nextTotal} 分`;
  return (
    <StepCard
      title="认定整改结果"
      hint={
        <Alert
          type={improved ? 'success' : 'warning'}
          showIcon
          message={`${next}，${improved ? '达到 50 分：认定为已转化提高，结案' : '低于 50 分：认定为仍无转化提高，启动不合格党员处置程序'}`}
          description={c.nextDisposal ? `下一期评定结果运用：${c.nextDisposal}` : undefined}
        />
      }
      form={form}
      initialValues={{ decidedOn: beijingToday() }}
      submitLabel={improved ? '认定已转化提高' : '认定并转入处置程序'}
      pending={decideOutcome.isPending}
      error={decideOutcome.error}
      onSubmit={(v) =>
        decideOutcome.mutate(
          { caseId: c.id, outcome, decidedOn: v.decidedOn, decidedBy: v.decidedBy, note: v.note || null },
          { onSuccess: () => onDone(`已认定整改结果：${outcomeLabels[outcome]}`) },
        )
      }
    >
      <Form.Item name="decidedOn" label="认定日期" rules={dateRules('认定日期')}>
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="decidedBy"
        label="认定人或认定机构"
        rules={[{ required: true, message: '请填写认定人或认定机构' }]}
      >
        <Input maxLength={100} placeholder="如：党支部委员会" />
      </Form.Item>
      <Form.Item
        name="note"
        label="说明"
        rules={improved ? [] : [{ required: true, message: '启动处置程序时须填写说明' }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </StepCard>
  );
}
