import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import type { AccessRight, AccountRole } from '../../../gql/graphql';
import { messageOf } from '../../../lib/api-error';
import { labelOf, roleLabels } from '../../../lib/labels';
import { useAccessMutations } from '../api/access-mutations';
import { keyRightChoices, keyRolesAt, rightLabels } from '../model/rights';
import type { ScopeOrg } from '../model/scope';
import { orgOption, orgOptionRender } from './create-account-dialog';
import { IssuedSecret } from './issued-secret';

interface Values {
  organizationId?: string;
  name?: string;
  role?: AccountRole;
  rights?: AccessRight[];
  rateLimitPerMinute?: number;
}

interface Issued {
  name: string;
  secret: string;
  organizationId: string;
}

/**
 * Issuing a key for a branch's (or committee's) tool: where it is bound, its name, the role it acts as and the rights
 * it gets (a subset of that role's and of one's own), its calls a minute. Then the secret, shown once.
 */
export function IssueKeyDialog(props: {
  open: boolean;
  orgs: ScopeOrg[];
  viewer: { role: string; organizationId: string | null; rights: readonly string[] };
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { createApiKey } = useAccessMutations();
  const [issued, setIssued] = useState<Issued | null>(null);
  const orgId = Form.useWatch('organizationId', form);
  const role = Form.useWatch('role', form);
  const org = props.orgs.find((o) => o.id === orgId);
  const atOwn = (o: ScopeOrg) => o.id === props.viewer.organizationId;
  const roles = org ? keyRolesAt(org.level, atOwn(org), props.viewer.role) : [];
  const rights = role ? keyRightChoices(role, props.viewer.rights) : [];
  const orgOptions = props.orgs
    .filter((o) => keyRolesAt(o.level, atOwn(o), props.viewer.role).length > 0)
    .map(orgOption);
  const close = () => {
    form.resetFields();
    createApiKey.reset();
    setIssued(null);
    props.onClose();
  };
  const submit = async () => {
    const v = await form.validateFields();
    const done = await createApiKey.mutateAsync({
      organizationId: v.organizationId!,
      name: v.name!.trim(),
      role: v.role!,
      rights: v.rights ?? [],
      rateLimitPerMinute: v.rateLimitPerMinute ?? null,
    });
    setIssued({
      name: done.createApiKey.apiKey.name,
      secret: done.createApiKey.secret,
      organizationId: done.createApiKey.apiKey.organizationId,
    });
  };
  return (
    <Modal
      title={issued ? '密钥已签发' : '签发密钥'}
      open={props.open}
      width={issued ? 720 : 560}
      onCancel={close}
      destroyOnHidden
      maskClosable={!issued}
      footer={
        issued ? (
          <Button type="primary" onClick={close}>
            我已复制，关闭
          </Button>
        ) : (
          [
            <Button key="cancel" onClick={close}>
              取消
            </Button>,
            <Button
              key="ok"
              type="primary"
              loading={createApiKey.isPending}
              onClick={() => void submit().catch(() => {})}
            >
              签发
            </Button>,
          ]
        )
      }
    >
      {issued ? (
        <IssuedSecret {...issued} />
      ) : (
        <>
          {createApiKey.isError && (
            <Alert
              role="alert"
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message={messageOf(createApiKey.error)}
            />
          )}
          <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ rateLimitPerMinute: 600 }}>
            <Form.Item name="organizationId" label="绑定的组织" rules={[{ required: true, message: '请选择组织' }]}>
              <Select
                showSearch
                optionFilterProp="search"
                options={orgOptions}
                optionRender={orgOptionRender}
                placeholder="选择组织"
                onChange={() => form.setFieldsValue({ role: undefined, rights: [] })}
              />
            </Form.Item>
            <Form.Item
              name="name"
              label="名称"
              extra="说明用途，如“支部考勤机”"
              rules={[{ required: true, message: '请为密钥起一个名称' }]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="role" label="以何种角色调用" rules={[{ required: true, message: '请选择角色' }]}>
              <Select
                disabled={!org}
                placeholder={org ? '选择角色' : '请先选择组织'}
                options={roles.map((r) => ({ value: r, label: labelOf(roleLabels, r) }))}
                onChange={() => form.setFieldsValue({ rights: [] })}
              />
            </Form.Item>
            <Form.Item
              name="rights"
              label="权限"
              extra={role ? '该角色的权限中您本人也有的；密钥不能管理账号与密钥' : '请先选择角色'}
              rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项权限' }]}
            >
              <Checkbox.Group options={rights.map((r) => ({ value: r, label: labelOf(rightLabels, r) }))} />
            </Form.Item>
            <Form.Item name="rateLimitPerMinute" label="每分钟调用上限" extra="1–6000 次">
              <InputNumber min={1} max={6000} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
