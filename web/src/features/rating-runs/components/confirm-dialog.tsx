import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { RatingRunDetailFragment } from '../../../gql/graphql';
import { beijingDay } from '../../../lib/beijing-time';
import { periodLabel } from '../../../lib/periods';
import { useConfirmRating } from '../api/run-mutations';
import { Refusal, refusalOf } from '../model/refusal';
import { ChangeItems } from './changes-list';
import { RefusalAlert } from './refusal-alert';

/**
 * Confirming a preview: the day the committee decided (today in Beijing unless the rating meeting was earlier, never
 * before the period's last day) and, before the button, what this version changes; a refusal says what to do next.
 */
export function ConfirmDialog({
  open,
  run,
  compared,
  organizationId,
  onClose,
  onPreviewAgain,
}: {
  open: boolean;
  run: RatingRunDetailFragment;
  compared: RatingRunDetailFragment | null;
  organizationId: string;
  onClose: () => void;
  onPreviewAgain: () => void;
}) {
  const today = beijingDay(new Date());
  const [decidedOn, setDecidedOn] = useState(today);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const confirm = useConfirmRating(organizationId, run.period);
  const close = () => {
    setRefusal(null);
    onClose();
  };
  const submit = () => {
    setRefusal(null);
    confirm.mutate(
      { runId: run.id, decidedOn },
      { onSuccess: close, onError: (error) => setRefusal(refusalOf(error)) },
    );
  };
  return (
    <Modal
      open={open}
      width={720}
      title={`确认${periodLabel(run.period)}评定（第 ${run.version} 版）`}
      okText="确认"
      cancelText="取消"
      onOk={submit}
      onCancel={close}
      okButtonProps={{ disabled: !decidedOn, loading: confirm.isPending }}
      destroyOnHidden
    >
      {refusal && <RefusalAlert refusal={refusal} onPreviewAgain={onPreviewAgain} onReload={close} />}
      <Alert
        role="note"
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={
          compared
            ? `确认后本版本成为现行评定，取代第 ${compared.version} 版；评定结果公布，双预警自决定日期起算。`
            : '确认后本版本成为现行评定，评定结果公布，双预警自决定日期起算。'
        }
      />
      <Form layout="vertical">
        <Form.Item
          label="评定决定日期（定星会议之日）"
          htmlFor="decided-on"
          extra={`不早于期间最后一天（${run.periodEnd ?? '—'}），不晚于今天（${today}）`}
        >
          <Input
            id="decided-on"
            type="date"
            style={{ width: 200 }}
            value={decidedOn}
            min={run.periodEnd ?? undefined}
            max={today}
            onChange={(e) => setDecidedOn(e.target.value)}
          />
        </Form.Item>
      </Form>
      <h4 style={{ margin: '0 0 8px' }}>
        {compared
          ? `与第 ${compared.version} 版相比的变化（${run.changes.length} 人）`
          : '本期第一次评定，没有可比较的版本'}
      </h4>
      {compared && (
        <div style={{ maxHeight: 320, overflowY: 'auto' }}>
          <ChangeItems run={run} />
        </div>
      )}
    </Modal>
  );
}
