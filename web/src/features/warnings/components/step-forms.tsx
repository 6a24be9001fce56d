import { Form, Input, Select } from 'antd';
import { useCaseMutations } from '../api/case-mutations';
import { useCaseBranch } from '../api/warning-case';
import { beijingToday, dateRules, StepCard } from './step-card';

interface StepProps {
  caseId: string;
  onDone: (text: string) => void;
}

/** 书记约谈: when, by whom, what was found. */
export function InterviewForm({ caseId, onDone }: StepProps) {
  const [form] = Form.useForm<{ interviewedOn: string; interviewedBy: string; note: string }>();
  const { interview } = useCaseMutations();
  return (
    <StepCard
      title="登记书记约谈"
      form={form}
      initialValues={{ interviewedOn: beijingToday() }}
      submitLabel="登记约谈"
      pending={interview.isPending}
      error={interview.error}
      onSubmit={(v) => interview.mutate({ caseId, ...v }, { onSuccess: () => onDone('已登记书记约谈') })}
    >
      <Form.Item name="interviewedOn" label="约谈日期" rules={dateRules('约谈日期')}>
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="interviewedBy"
        label="约谈人"
        extra="一般为党支部书记"
        rules={[{ required: true, message: '请填写约谈人' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="note"
        label="约谈情况"
        rules={[{ required: true, message: '请填写约谈情况：发现的问题、原因分析' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} placeholder="发现的问题、原因分析" />
      </Form.Item>
    </StepCard>
  );
}

/** 结对帮扶: a helper picked by name from the branch's members (not the warned member). */
export function HelperForm({ caseId, branchId, memberId, onDone }: StepProps & { branchId: string; memberId: string }) {
  const [form] = Form.useForm<{ helperMemberId: string; pairedOn: string }>();
  const { pairHelper } = useCaseMutations();
  const branch = useCaseBranch(branchId);
  const members = (branch.data?.organization?.members.items ?? []).filter((m) => m.id !== memberId);
  return (
    <StepCard
      title="结对帮扶"
      hint={`帮扶人从${branch.data?.organization?.name ?? '本支部'}的党员中选定`}
      form={form}
      initialValues={{ pairedOn: beijingToday() }}
      submitLabel="确定帮扶人"
      pending={pairHelper.isPending}
      error={pairHelper.error}
      onSubmit={(v) => {
        const helper = members.find((m) => m.id === v.helperMemberId);
        if (!helper) return;
        pairHelper.mutate(
          { caseId, helperMemberId: helper.id, helperName: helper.name, pairedOn: v.pairedOn },
          { onSuccess: () => onDone(`已确定帮扶人：${helper.name}`) },
        );
      }}
    >
      <Form.Item name="helperMemberId" label="帮扶人" rules={[{ required: true, message: '请选择帮扶人' }]}>
        <Select
          showSearch
          loading={branch.isPending}
          optionFilterProp="label"
          placeholder="按姓名选择"
          style={{ width: 260 }}
          options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.memberNo}）` }))}
          notFoundContent={branch.error ? '读取党员名册未成功，请刷新后重试' : '没有可选的党员'}
        />
      </Form.Item>
      <Form.Item name="pairedOn" label="结对日期" rules={dateRules('结对日期')}>
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
    </StepCard>
  );
}

/** 整改计划: the plan, its day and (optionally) its deadline, by default six months on. */
export function PlanForm({ caseId, onDone }: StepProps) {
  const [form] = Form.useForm<{ plan: string; plannedOn: string; deadline?: string }>();
  const { setPlan } = useCaseMutations();
  return (
    <StepCard
      title="制定整改计划"
      form={form}
      initialValues={{ plannedOn: beijingToday() }}
      submitLabel="制定计划"
      pending={setPlan.isPending}
      error={setPlan.error}
      onSubmit={(v) =>
        setPlan.mutate(
          { caseId, plan: v.plan, plannedOn: v.plannedOn, deadline: v.deadline || null },
          { onSuccess: () => onDone('已制定整改计划') },
        )
      }
    >
      <Form.Item name="plan" label="整改计划" rules={[{ required: true, message: '请填写整改计划' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="plannedOn" label="制定日期" rules={dateRules('制定日期')}>
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="deadline"
        label="整改期限"
        extra="不填为制定日期后六个月（或名额政策规定的月数），最长不超过一年"
        rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: '整改期限应为 YYYY-MM-DD 格式' }]}
      >
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
    </StepCard>
  );
}

/** 修订整改计划: a new plan or deadline (either), the day, who decided it and why; kept as a revision. */
export function ReviseForm({ caseId, onDone }: StepProps) {
  type Values = { plan?: string; deadline?: string; revisedOn: string; revisedBy: string; reason: string };
  const [form] = Form.useForm<Values>();
  const { revisePlan } = useCaseMutations();
  return (
    <StepCard
      title="修订整改计划"
      hint="修订后的计划或期限，不填的保持不变；整改期限自首次制定计划起最长不超过一年"
      form={form}
      initialValues={{ revisedOn: beijingToday() }}
      submitLabel="登记修订"
      pending={revisePlan.isPending}
      error={revisePlan.error}
      onSubmit={(v) =>
        revisePlan.mutate(
          { caseId, ...v, plan: v.plan || null, deadline: v.deadline || null },
          {
            onSuccess: () => {
              form.resetFields(['plan', 'deadline', 'reason']);
              onDone('已登记整改计划的修订');
            },
          },
        )
      }
    >
      <Form.Item name="plan" label="修订后的整改计划">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="deadline"
        label="修订后的整改期限"
        rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: '整改期限应为 YYYY-MM-DD 格式' }]}
      >
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="revisedOn" label="修订日期" rules={dateRules('修订日期')}>
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="revisedBy"
        label="修订决定人或机构"
        rules={[{ required: true, message: '请填写修订决定人或机构' }]}
      >
        <Input maxLength={100} placeholder="如：党支部委员会" />
      </Form.Item>
      <Form.Item name="reason" label="修订理由" rules={[{ required: true, message: '请填写修订理由' }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </StepCard>
  );
}
