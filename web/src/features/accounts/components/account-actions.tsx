import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../../lib/api-error';
import { useAccessMutations } from '../api/access-mutations';
import { accountState } from '../model/account-state';
import type { AccountRow } from '../model/scope';
import type { Notice } from './console-header';

/** An account's row actions: disable or enable, clear the wrong-password wait, reset the password. */
export function AccountActions({ account, onNotice }: { account: AccountRow; onNotice: (notice: Notice) => void }) {
  const { setDisabled, unlock } = useAccessMutations();
  const [resetting, setResetting] = useState(false);
  const who = account.label;
  const report = (done: string) => ({
    onSuccess: () => onNotice({ type: 'success', text: `${done}：${who}` }),
    onError: (error: unknown) => onNotice({ type: 'error', text: `${done}未成功：${messageOf(error)}` }),
  });
  const state = accountState(account, new Date());
  const disabled = account.disabledAt !== null;
  return (
    <Space size={0} wrap>
      <Popconfirm
        title={disabled ? '重新启用这个账号？' : '停用这个账号？'}
        description={disabled ? undefined : '停用即结束其所有登录'}
        okText={disabled ? '启用' : '停用'}
        cancelText="取消"
        onConfirm={() =>
          setDisabled.mutate({ id: account.id, disabled: !disabled }, report(disabled ? '已启用账号' : '已停用账号'))
        }
      >
        <Button type="link" size="small" danger={!disabled}>
          {disabled ? '启用' : '停用'}
        </Button>
      </Popconfirm>
      {state.unlockable && (
        <Button type="link" size="small" onClick={() => unlock.mutate(account.id, report('已解除输错等待'))}>
          解除等待
        </Button>
      )}
      <Button type="link" size="small" onClick={() => setResetting(true)}>
        重置密码
      </Button>
      {resetting && (
        <ResetPasswordDialog
          account={account}
          onClose={() => setResetting(false)}
          onDone={() => {
            setResetting(false);
            onNotice({ type: 'success', text: `已重置密码：${who}（其所有登录已结束）` });
          }}
        />
      )}
    </Space>
  );
}

function ResetPasswordDialog(props: { account: AccountRow; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { resetPassword } = useAccessMutations();
  const submit = async () => {
    const { password } = await form.validateFields();
    await resetPassword.mutateAsync({ id: props.account.id, password });
    props.onDone();
  };
  return (
    <Modal
      open
      title={`重置密码：${props.account.label}`}
      okText="重置"
      cancelText="取消"
      confirmLoading={resetPassword.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={props.onClose}
    >
      {resetPassword.isError && (
        <p role="alert" style={{ color: '#c8102e' }}>
          {messageOf(resetPassword.error)}
        </p>
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="password"
          label="新密码"
          extra="至少 10 位，含字母和数字；重置后其所有登录结束，输错等待清除"
          rules={[{ required: true, message: '请填写新密码' }]}
        >
          <Input.Password autoComplete="new-password" maxLength={72} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
