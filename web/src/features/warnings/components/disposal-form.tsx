import { Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { DisposalMeasure, DisposalStepKind } from '../../../gql/graphql';
import { useCaseMutations } from '../api/case-mutations';
import { measureLabels, stepLabels } from '../model/labels';
import { beijingToday, dateRules, StepCard } from './step-card';

interface DisposalFacts {
  id: string;
  measuresAvailable: string[];
  disposals: { measure: string; finished: boolean; nextSteps: string[] }[];
}

interface Values {
  measure: string;
  step: string;
  decidedBy: string;
  decidedOn: string;
  documents?: string[];
  approval?: boolean;
  result?: boolean;
  participants?: string[];
  upperOpinion?: string;
  rectifyUntil?: string;
  note?: string;
  eligible?: number;
  present?: number;
  inFavour?: number;
  against?: number;
  abstain?: number;
  memberSpoke?: boolean;
}

/** The question a step's yes/no answers (申诉、期满评估、劝退时本人是否同意), or none. */
function resultQuestion(measure: string, step: string): string | null {
  if (step === 'APPEALED') return '申诉是否成立';
  if (step === 'RECTIFICATION_REVIEWED') return '期满时是否已有转变';
  if (step === 'NOTIFIED' && measure === 'ADVISE_WITHDRAWAL') return '本人是否同意退党';
  return null;
}

/**
 * The next step of the disposal procedure, in order: a measure to start (those available now) or the running one's
 * next steps, with the fields that step carries (the assembly's vote counts, the upper level's approval, the two
 * talkers, the upper organisation department's opinion, the rectification's end).
 */
export function DisposalForm({ c, onDone }: { c: DisposalFacts; onDone: (text: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { disposalStep } = useCaseMutations();
  const running = c.disposals.find((d) => !d.finished) ?? null;
  const measures = running ? [running.measure] : c.measuresAvailable;
  const measure = Form.useWatch('measure', form) ?? measures[0];
  const steps = running ? running.nextSteps : ['PROPOSED'];
  const step = Form.useWatch('step', form) ?? steps[0];
  if (measures.length === 0 || steps.length === 0) return null;
  const question = resultQuestion(measure!, step!);
  const submit = (v: Values) => {
    const vote =
      v.step === 'ASSEMBLY_VOTED'
        ? {
            eligible: v.eligible ?? 0,
            present: v.present ?? 0,
            inFavour: v.inFavour ?? 0,
            against: v.against ?? 0,
            abstain: v.abstain ?? 0,
            memberSpoke: v.memberSpoke ?? false,
          }
        : null;
    disposalStep.mutate(
      {
        caseId: c.id,
        measure: v.measure as DisposalMeasure,
        step: v.step as DisposalStepKind,
        decidedBy: v.decidedBy,
        decidedOn: v.decidedOn,
        documents: v.documents ?? [],
        vote,
        approval: v.approval ?? null,
        result: v.result ?? null,
        participants: v.participants ?? null,
        upperOpinion: v.upperOpinion || null,
        rectifyUntil: v.rectifyUntil || null,
        note: v.note || null,
      },
      {
        onSuccess: () => {
          form.resetFields();
          onDone(`已登记处置步骤：${stepLabels[v.step]}`);
        },
      },
    );
  };
  return (
    <StepCard
      title="登记处置步骤"
      hint={running ? `正在办理：${measureLabels[running.measure]}` : '选择处置方式，从支委会提出处置意见开始'}
      form={form}
      initialValues={{ measure: measures[0], step: steps[0], decidedOn: beijingToday() }}
      submitLabel="登记步骤"
      pending={disposalStep.isPending}
      error={disposalStep.error}
      onSubmit={submit}
    >
      <Space wrap align="start">
        <Form.Item name="measure" label="处置方式" rules={[{ required: true, message: '请选择处置方式' }]}>
          <Select style={{ width: 200 }} options={measures.map((m) => ({ value: m, label: measureLabels[m] }))} />
        </Form.Item>
        <Form.Item name="step" label="步骤" rules={[{ required: true, message: '请选择步骤' }]}>
          <Select style={{ width: 300 }} options={steps.map((s) => ({ value: s, label: stepLabels[s] }))} />
        </Form.Item>
        <Form.Item name="decidedOn" label="办理日期" rules={dateRules('办理日期')}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="decidedBy"
          label="决定人或决定机构"
          rules={[{ required: true, message: '请填写决定人或决定机构' }]}
        >
          <Input maxLength={100} style={{ width: 240 }} />
        </Form.Item>
      </Space>
      {step === 'ASSEMBLY_VOTED' && (
        <>
          <div style={{ marginBottom: 8 }}>党员大会表决：到会须超过有表决权党员的半数，赞成须超过到会人数的半数</div>
          <Space wrap>
            {(
              [
                ['eligible', '有表决权的正式党员'],
                ['present', '到会'],
                ['inFavour', '赞成'],
                ['against', '反对'],
                ['abstain', '弃权'],
              ] as const
            ).map(([name, label]) => (
              <Form.Item
                key={name}
                name={name}
                label={label}
                rules={[{ required: true, message: `请填写${label}人数` }]}
              >
                <InputNumber min={0} precision={0} addonAfter="人" style={{ width: 140 }} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item name="memberSpoke" valuePropName="checked">
            <Checkbox>本人到会申辩</Checkbox>
          </Form.Item>
        </>
      )}
      {(step === 'PRE_REVIEWED' || step === 'APPROVED') && (
        <Form.Item name="approval" label="是否同意" rules={[{ required: true, message: '请选择是否同意' }]}>
          <Radio.Group
            options={[
              { value: true, label: '同意' },
              { value: false, label: '不同意' },
            ]}
          />
        </Form.Item>
      )}
      {question && (
        <Form.Item name="result" label={question} rules={[{ required: true, message: `请选择${question}` }]}>
          <Radio.Group
            options={[
              { value: true, label: '是' },
              { value: false, label: '否' },
            ]}
          />
        </Form.Item>
      )}
      {step === 'TALKED' && (
        <Form.Item
          name="participants"
          label="谈话人（两名正式党员）"
          rules={[{ required: true, message: '请填写谈话人' }]}
        >
          <Select mode="tags" open={false} placeholder="输入姓名后回车" style={{ width: 400 }} />
        </Form.Item>
      )}
      {step === 'PRE_REVIEWED' && (measure === 'ADVISE_WITHDRAWAL' || measure === 'REMOVAL') && (
        <Form.Item
          name="upperOpinion"
          label="上一级党组织组织部门的书面意见"
          rules={[{ required: true, message: '请填写上一级党组织组织部门的书面意见' }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      {step === 'APPROVED' && (measure === 'RECTIFY_DEADLINE' || measure === 'PROBATION_EXTENDED') && (
        <Form.Item
          name="rectifyUntil"
          label="限期改正或延长预备期至"
          extra="不填为六个月，最长一年"
          rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: '应为 YYYY-MM-DD 格式' }]}
        >
          <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
        </Form.Item>
      )}
      <Form.Item name="documents" label="材料（名称或编号）">
        <Select mode="tags" open={false} placeholder="输入材料名称后回车" style={{ width: 400 }} />
      </Form.Item>
      <Form.Item name="note" label="备注" extra={step === 'ARCHIVED' ? '提前归档时写明终止原因' : undefined}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </StepCard>
  );
}
