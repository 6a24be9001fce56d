import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, FormInstance, Input, InputNumber, Select, Space, Tag } from 'antd';
import type { QuotaPolicyFieldsFragment } from '../../../gql/graphql';
import { beijingDateTime } from '../../../lib/beijing-time';
import type { DraftValues } from '../model/draft';
import { roundingLabels, scopeLabels, stillTiedLabels, tieOrderLabels } from '../model/labels';

const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const percent = { min: 0, max: 100, addonAfter: '%', style: { width: '100%' } } as const;

/** Where the policy being edited comes from: the committee's own version, a higher level's, or the defaults. */
function InForce({ policy }: { policy: QuotaPolicyFieldsFragment }) {
  if (policy.isDefault) return <Tag>现行：系统默认比例</Tag>;
  if (policy.inherited) return <Tag color="blue">现行：沿用上级党组织的政策</Tag>;
  return (
    <Tag color="green">
      现行：{policy.cycle} 年度起，{policy.setByName ?? '—'}设定于 {beijingDateTime(policy.setAt)}
    </Tag>
  );
}

/**
 * The committee's quota policy as a form, pre-filled from the one in force: shares, scope, rounding, floors, tie
 * order, per-branch overrides with their reason, warning deadlines, the reason for the change. The API's refusal of
 * the draft (the preview's or the save's) is shown at the top, and at the override it names.
 */
export function PolicyForm(props: {
  form: FormInstance<DraftValues>;
  initialValues: DraftValues;
  inForce: QuotaPolicyFieldsFragment;
  branches: { id: string; name: string }[];
  problem: string | null;
  problemOverride: number | null;
  saving: boolean;
  onSave: () => void;
  onReset: () => void;
}) {
  const { form, problem, problemOverride } = props;
  // An override's refusal is shown at its reason when it is about the reason, else at its branch.
  const aboutReason = problem?.includes('理由') ?? false;
  return (
    <Form form={form} layout="vertical" initialValues={props.initialValues} aria-label="名额政策" requiredMark={false}>
      <Space style={{ marginBottom: 12 }} wrap>
        <InForce policy={props.inForce} />
      </Space>
      {problem && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message="草案有误"
          description={problem}
        />
      )}
      <Space.Compact block>
        <Form.Item name="fiveStarPercent" label="五星比例" style={{ flex: 1, marginRight: 8 }}>
          <InputNumber {...percent} aria-label="五星比例" />
        </Form.Item>
        <Form.Item name="fourStarPercent" label="四星比例" style={{ flex: 1, marginRight: 8 }}>
          <InputNumber {...percent} aria-label="四星比例" />
        </Form.Item>
        <Form.Item name="threeStarPercent" label="三星比例" style={{ flex: 1 }}>
          <InputNumber {...percent} aria-label="三星比例" />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item name="scope" label="名额核定范围" style={{ flex: 1, marginRight: 8 }}>
          <Select options={optionsOf(scopeLabels)} aria-label="名额核定范围" />
        </Form.Item>
        <Form.Item name="rounding" label="取整方式" style={{ flex: 1 }}>
          <Select options={optionsOf(roundingLabels)} aria-label="取整方式" />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item
          name="baseFloor"
          label="共性分下限"
          tooltip="低于此分取消评星资格"
          style={{ flex: 1, marginRight: 8 }}
        >
          <InputNumber min={0} max={100} addonAfter="分" style={{ width: '100%' }} aria-label="共性分下限" />
        </Form.Item>
        <Form.Item name="totalFloor" label="评星起点" tooltip="总分不低于此分方可评星" style={{ flex: 1 }}>
          <InputNumber min={0} max={200} addonAfter="分" style={{ width: '100%' }} aria-label="评星起点" />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item name="tieOrder" label="名额分界处同分时" style={{ flex: 1, marginRight: 8 }}>
          <Select options={optionsOf(tieOrderLabels)} aria-label="名额分界处同分时" />
        </Form.Item>
        <Form.Item name="stillTied" label="仍然相同时" style={{ flex: 1 }}>
          <Select options={optionsOf(stillTiedLabels)} aria-label="仍然相同时" />
        </Form.Item>
      </Space.Compact>

      <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
        单独核定名额的党支部
      </Divider>
      <Form.List name="overrides">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div
                key={field.key}
                aria-label={`单独核定第 ${i + 1} 项`}
                role="group"
                style={{ border: '1px dashed #d9d9d9', borderRadius: 8, padding: '12px 12px 0', marginBottom: 12 }}
              >
                <Space.Compact block>
                  <Form.Item
                    name={[field.name, 'branchId']}
                    label="党支部"
                    style={{ flex: 1, marginRight: 8 }}
                    validateStatus={problemOverride === i + 1 && !aboutReason ? 'error' : undefined}
                    help={problemOverride === i + 1 && !aboutReason ? problem : undefined}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      placeholder="选择党支部"
                      aria-label="党支部"
                      options={props.branches.map((b) => ({ value: b.id, label: b.name }))}
                    />
                  </Form.Item>
                  <Button
                    aria-label={`删除第 ${i + 1} 项单独核定`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space.Compact>
                <Space.Compact block>
                  <Form.Item name={[field.name, 'fiveStarPercent']} label="五星" style={{ flex: 1, marginRight: 8 }}>
                    <InputNumber {...percent} aria-label="单独核定五星比例" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'fourStarPercent']} label="四星" style={{ flex: 1, marginRight: 8 }}>
                    <InputNumber {...percent} aria-label="单独核定四星比例" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'threeStarPercent']} label="三星" style={{ flex: 1 }}>
                    <InputNumber {...percent} aria-label="单独核定三星比例" />
                  </Form.Item>
                </Space.Compact>
                <Form.Item
                  name={[field.name, 'reason']}
                  label="理由"
                  validateStatus={problemOverride === i + 1 && aboutReason ? 'error' : undefined}
                  help={problemOverride === i + 1 && aboutReason ? problem : undefined}
                >
                  <Input placeholder="如：连续三年被评为先进基层党组织" aria-label="单独核定理由" />
                </Form.Item>
              </div>
            ))}
            <Button
              block
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginBottom: 16 }}
              onClick={() => add({ fiveStarPercent: 10, fourStarPercent: 15, threeStarPercent: 20, reason: '' })}
            >
              添加单独核定的党支部
            </Button>
          </>
        )}
      </Form.List>

      <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
        双预警期限与执行
      </Divider>
      <Space.Compact block>
        <Form.Item name="interviewDays" label="书记约谈期限" style={{ flex: 1, marginRight: 8 }}>
          <InputNumber min={1} max={90} precision={0} addonAfter="天" style={{ width: '100%' }} aria-label="约谈期限" />
        </Form.Item>
        <Form.Item name="rectifyMonths" label="限期改正" style={{ flex: 1, marginRight: 8 }}>
          <InputNumber
            min={1}
            max={12}
            precision={0}
            addonAfter="个月"
            style={{ width: '100%' }}
            aria-label="整改期限"
          />
        </Form.Item>
        <Form.Item name="cycle" label="自哪一年度起执行" style={{ flex: 1 }}>
          <InputNumber
            min={2000}
            max={2100}
            precision={0}
            addonAfter="年度"
            style={{ width: '100%' }}
            aria-label="执行年度"
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item
        name="reason"
        label="调整理由"
        rules={[{ required: true, whitespace: true, message: '请写明调整理由' }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={200}
          placeholder="如：东一村党支部连续三年被评为先进基层党组织"
          aria-label="调整理由"
        />
      </Form.Item>
      <Space>
        <Button type="primary" loading={props.saving} onClick={props.onSave}>
          保存
        </Button>
        <Button onClick={props.onReset}>恢复为现行政策</Button>
      </Space>
    </Form>
  );
}
