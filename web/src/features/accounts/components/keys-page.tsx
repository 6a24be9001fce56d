import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Skeleton, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorResult } from '../../../components/error-result';
import { QuietText } from '../../../components/heading';
import { Result } from '../../../components/result';
import { messageOf } from '../../../lib/api-error';
import { beijingDateTime } from '../../../lib/beijing-time';
import { labelOf, roleLabels } from '../../../lib/labels';
import { useAccessMutations } from '../api/access-mutations';
import { useConsoleScope } from '../api/use-console-scope';
import { rightLabels } from '../model/rights';
import type { KeyRow } from '../model/scope';
import { ConsoleHeader, Notice } from './console-header';
import { IssueKeyDialog } from './issue-key-dialog';

/** The API keys bound in the committee's scope: what each may do, when it was last used; issue and revoke. */
export default function KeysPage() {
  const { viewer, root, scope, query } = useConsoleScope();
  const { revokeApiKey } = useAccessMutations();
  const [issuing, setIssuing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!root || !scope || !viewer)
    return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  const revoke = (key: KeyRow) =>
    revokeApiKey.mutate(key.id, {
      onSuccess: () => setNotice({ type: 'success', text: `已吊销密钥：${key.name}（${key.organizationName}）` }),
      onError: (error) => setNotice({ type: 'error', text: `吊销未成功：${messageOf(error)}` }),
    });
  const columns: ColumnsType<KeyRow> = [
    {
      title: '名称',
      key: 'name',
      render: (_, k) => (
        <div>
          <div>{k.name}</div>
          <QuietText>
            <code>{k.prefix}…</code>
          </QuietText>
        </div>
      ),
    },
    { title: '绑定组织', key: 'org', render: (_, k) => k.organizationName },
    { title: '角色', key: 'role', render: (_, k) => labelOf(roleLabels, k.role) },
    {
      title: '权限',
      key: 'rights',
      render: (_, k) => (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {k.rights.map((r) => (
            <Tag key={r} style={{ marginInlineEnd: 0 }}>
              {labelOf(rightLabels, r)}
            </Tag>
          ))}
        </div>
      ),
    },
    { title: '每分钟上限', key: 'limit', align: 'right', render: (_, k) => `${k.rateLimitPerMinute} 次` },
    {
      title: '最近调用',
      key: 'lastUsed',
      render: (_, k) => (k.lastUsedAt ? beijingDateTime(k.lastUsedAt) : <QuietText>从未调用</QuietText>),
    },
    {
      title: '签发',
      key: 'created',
      render: (_, k) => (
        <div>
          <div>{beijingDateTime(k.createdAt)}</div>
          <QuietText>{k.createdByName}</QuietText>
        </div>
      ),
    },
    {
      title: '状态',
      key: 'state',
      render: (_, k) =>
        k.revokedAt ? (
          <div data-state="已吊销">
            <Tag>已吊销</Tag>
            <div>
              <QuietText>{beijingDateTime(k.revokedAt)}</QuietText>
            </div>
          </div>
        ) : (
          <div data-state="有效">
            <Tag color="success">有效</Tag>
          </div>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, k) =>
        !k.revokedAt && (
          <Popconfirm
            title="吊销这个密钥？"
            description="吊销立即生效，之后用它的调用都会被拒绝"
            okText="吊销"
            cancelText="取消"
            onConfirm={() => revoke(k)}
          >
            <Button type="link" size="small" danger>
              吊销
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <div>
      <ConsoleHeader
        title="接口密钥"
        scopeName={root.name}
        notice={notice}
        onCloseNotice={() => setNotice(null)}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
            签发密钥
          </Button>
        }
      />
      <Table
        aria-label="接口密钥"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={scope.keys}
        loading={query.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 个密钥` }}
        locale={{ emptyText: '还没有签发过密钥' }}
      />
      <IssueKeyDialog open={issuing} orgs={scope.orgs} viewer={viewer} onClose={() => setIssuing(false)} />
    </div>
  );
}
