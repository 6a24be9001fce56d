import { Alert, Space } from 'antd';
import { ReactNode } from 'react';
import { Heading, QuietText } from '../../../components/heading';

/** A console screen's title, the scope it shows, its actions, and the last action's outcome. */
export function ConsoleHeader({
  title,
  scopeName,
  actions,
  notice,
  onCloseNotice,
}: {
  title: string;
  scopeName: string;
  actions?: ReactNode;
  notice?: Notice | null;
  onCloseNotice?: () => void;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space align="baseline">
          <Heading>{title}</Heading>
          <QuietText>{scopeName}及下级</QuietText>
        </Space>
        {actions}
      </Space>
      {notice && (
        <Alert
          role={notice.type === 'error' ? 'alert' : 'status'}
          style={{ marginTop: 12 }}
          type={notice.type}
          showIcon
          closable
          onClose={onCloseNotice}
          message={notice.text}
        />
      )}
    </div>
  );
}

export interface Notice {
  type: 'success' | 'error';
  text: string;
}
