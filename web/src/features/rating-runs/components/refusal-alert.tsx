import { Alert, Button } from 'antd';
import type { Refusal } from '../model/refusal';

/** A refusal in Chinese: what happened, what to do next, and the button that does it. */
export function RefusalAlert({
  refusal,
  onPreviewAgain,
  onReload,
  onClose,
}: {
  refusal: Refusal;
  onPreviewAgain: () => void;
  onReload: () => void;
  onClose?: () => void;
}) {
  const action =
    refusal.action === 'PREVIEW_AGAIN' ? (
      <Button size="small" type="primary" onClick={onPreviewAgain}>
        重新预览
      </Button>
    ) : refusal.action === 'RELOAD' ? (
      <Button size="small" onClick={onReload}>
        刷新列表
      </Button>
    ) : null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      closable={Boolean(onClose)}
      onClose={onClose}
      style={{ marginBottom: 16 }}
      message={refusal.message}
      description={refusal.advice}
      action={action}
    />
  );
}
