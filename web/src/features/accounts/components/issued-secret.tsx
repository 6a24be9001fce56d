import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { QuietText } from '../../../components/heading';

/** A curl call against the gateway's /graphql with the key: the key's own organisation, by name and member count. */
function curlExample(origin: string, secret: string, organizationId: string): string {
  const body = JSON.stringify({ query: `{ organization(id: "${organizationId}") { name memberCount } }` });
  return [
    `curl -sS -X POST '${origin}/graphql' \\`,
    `  -H 'Authorization: Bearer ${secret}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}

function CopyBox({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () =>
    navigator.clipboard
      .writeText(text)
      .then(() => setCopied('yes'))
      .catch(() => setCopied('no'));
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <strong>{label}</strong>
        <Space>
          {copied === 'yes' && <QuietText>已复制</QuietText>}
          {copied === 'no' && <QuietText>浏览器未允许复制，请选中后手动复制</QuietText>}
          <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()} aria-label={`复制${label}`}>
            复制
          </Button>
        </Space>
      </Space>
      <pre
        aria-label={label}
        style={{
          margin: '8px 0 0',
          padding: 12,
          background: '#f5f5f5',
          borderRadius: 6,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          fontSize: 12,
        }}
      >
        {text}
      </pre>
    </div>
  );
}

/** A key just issued: its secret, this once, with a copy button and a curl call that uses it. */
export function IssuedSecret({
  name,
  secret,
  organizationId,
}: {
  name: string;
  secret: string;
  organizationId: string;
}) {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        message={`密钥“${name}”已签发`}
        description="完整密钥只显示这一次，平台只保存其摘要。请现在复制并交给使用它的系统；丢失只能吊销后重新签发。"
      />
      <CopyBox label="完整密钥" text={secret} />
      <CopyBox label="调用示例（curl）" text={curlExample(window.location.origin, secret, organizationId)} />
    </Space>
  );
}
