import { PlusOutlined } from '@ant-design/icons';
import { Button, Skeleton, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorResult } from '../../../components/error-result';
import { QuietText } from '../../../components/heading';
import { Result } from '../../../components/result';
import { beijingDateTime } from '../../../lib/beijing-time';
import { labelOf, roleLabels } from '../../../lib/labels';
import { useConsoleScope } from '../api/use-console-scope';
import { accountState } from '../model/account-state';
import type { AccountRow } from '../model/scope';
import { AccountActions } from './account-actions';
import { ConsoleHeader, Notice } from './console-header';
import { CreateAccountDialog } from './create-account-dialog';

/** The accounts of the committee's scope (the chosen node and below): who, where, which role, in what state. */
export default function AccountsPage() {
  const { viewer, root, scope, query } = useConsoleScope();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!root || !scope || !viewer)
    return <Result status="404" title="找不到该组织" subTitle="该组织不存在，或不在您的管辖范围内。" />;
  const now = new Date();
  const columns: ColumnsType<AccountRow> = [
    {
      title: '姓名',
      key: 'name',
      render: (_, a) => (
        <div>
          <div>{a.displayName}</div>
          <QuietText>{a.username}</QuietText>
        </div>
      ),
    },
    { title: '所在组织', key: 'org', render: (_, a) => a.organizationName },
    { title: '角色', key: 'role', render: (_, a) => labelOf(roleLabels, a.role) },
    {
      title: '状态',
      key: 'state',
      render: (_, a) => {
        const state = accountState(a, now);
        return (
          <div data-state={state.label}>
            <Tag color={state.color}>{state.label}</Tag>
            {state.note && (
              <div>
                <QuietText>{state.note}</QuietText>
              </div>
            )}
          </div>
        );
      },
    },
    {
      title: '开设',
      key: 'created',
      render: (_, a) => (
        <div>
          <div>{beijingDateTime(a.createdAt)}</div>
          <QuietText>{a.createdByName}</QuietText>
        </div>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, a) => <AccountActions account={a} onNotice={setNotice} />,
    },
  ];
  return (
    <div>
      <ConsoleHeader
        title="账号"
        scopeName={root.name}
        notice={notice}
        onCloseNotice={() => setNotice(null)}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            开设账号
          </Button>
        }
      />
      <Table
        aria-label="账号"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={scope.accounts}
        loading={query.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 个账号` }}
        locale={{ emptyText: '这里还没有账号' }}
        scroll={{ x: 'max-content' }}
      />
      <CreateAccountDialog
        open={creating}
        orgs={scope.orgs}
        viewer={viewer}
        onClose={() => setCreating(false)}
        onDone={(label) => {
          setCreating(false);
          setNotice({ type: 'success', text: `已开设账号：${label}` });
        }}
      />
    </div>
  );
}
