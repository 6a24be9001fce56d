import { Alert, Form, Input, Modal, Select } from 'antd';
import { ReactNode, useMemo } from 'react';
import { messageOf } from '../../../lib/api-error';
import { labelOf, roleLabels } from '../../../lib/labels';
import { useAccessMutations } from '../api/access-mutations';
import { useMemberChoices } from '../api/branch-members';
import { accountRolesAt } from '../model/rights';
import type { ScopeOrg } from '../model/scope';
import type { AccountRole } from '../../../gql/graphql';

interface Values {
  organizationId?: string;
  role?: AccountRole;
  memberId?: string;
  displayName?: string;
  username?: string;
  password?: string;
}

/** An organisation as a picker offers it: its name and level (the list indents it by its depth, see orgOptionRender). */
export const orgOption = (org: ScopeOrg) => ({
  value: org.id,
  label: `${org.name}（${org.levelLabel}）`,
  search: org.name,
  depth: org.depth,
});

/** An organisation in the picker's list, indented under its parent. */
export const orgOptionRender = (option: { label?: ReactNode; data: { depth: number } }) => (
  <span style={{ paddingLeft: option.data.depth * 16 }}>{option.label}</span>
);

/**
 * Opening an account: the organisation, the roles that may sit there (none above one's own at one's own node), for a
 * member's account the member from that branch's roll, the person's name, a user name and a first password.
 */
export function CreateAccountDialog(props: {
  open: boolean;
  orgs: ScopeOrg[];
  viewer: { role: string; organizationId: string | null };
  onClose: () => void;
  onDone: (label: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { createAccount } = useAccessMutations();
  const orgId = Form.useWatch('organizationId', form);
  const role = Form.useWatch('role', form);
  const org = props.orgs.find((o) => o.id === orgId);
  const roles = org ? accountRolesAt(org.level, org.id === props.viewer.organizationId, props.viewer.role) : [];
  const members = useMemberChoices(role === 'MEMBER' && org ? org.id : null);
  const orgOptions = useMemo(
    () =>
      props.orgs
        .filter((o) => accountRolesAt(o.level, o.id === props.viewer.organizationId, props.viewer.role).length > 0)
        .map(orgOption),
    [props.orgs, props.viewer],
  );
  const close = () => {
    form.resetFields();
    createAccount.reset();
    props.onClose();
  };
  const submit = async () => {
    const v = await form.validateFields();
    const done = await createAccount.mutateAsync({
      organizationId: v.organizationId!,
      role: v.role!,
      memberId: v.role === 'MEMBER' ? (v.memberId ?? null) : null,
      displayName: v.displayName?.trim() || null,
      username: v.username!.trim(),
      password: v.password!,
    });
    form.resetFields();
    props.onDone(done.createAccount.label);
  };
  return (
    <Modal
      title="开设账号"
      open={props.open}
      okText="开设"
      cancelText="取消"
      confirmLoading={createAccount.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={close}
      destroyOnHidden
    >
      {createAccount.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={messageOf(createAccount.error)}
        />
      )}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="organizationId" label="所在组织" rules={[{ required: true, message: '请选择组织' }]}>
          <Select
            showSearch
            optionFilterProp="search"
            options={orgOptions}
            optionRender={orgOptionRender}
            placeholder="选择组织"
            onChange={() => form.setFieldsValue({ role: undefined, memberId: undefined })}
          />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            disabled={!org}
            placeholder={org ? '选择角色' : '请先选择组织'}
            options={roles.map((r) => ({ value: r, label: labelOf(roleLabels, r) }))}
          />
        </Form.Item>
        {role === 'MEMBER' && (
          <Form.Item name="memberId" label="党员" rules={[{ required: true, message: '请选择党员本人' }]}>
            <Select
              showSearch
              optionFilterProp="search"
              loading={members.isPending}
              placeholder="选择本支部的党员"
              notFoundContent={members.isError ? messageOf(members.error) : '本支部没有在册党员'}
              options={(members.data?.organization?.members.items ?? []).map((m) => ({
                value: m.id,
                label: `${m.name}（${m.memberNo}）`,
                search: `${m.name}${m.memberNo}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label="使用人姓名"
          extra={
            role === 'MEMBER' ? '党员账号不填则用党员本人姓名' : '署名为组织、角色和姓名，如“青山村党支部 书记 张某”'
          }
          rules={[{ required: role !== 'MEMBER', message: '请填写使用人的姓名' }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="username"
          label="用户名"
          extra="3–40 位字母、数字、点、下划线或连字符"
          rules={[{ required: true, message: '请填写用户名' }]}
        >
          <Input autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          extra="至少 10 位，含字母和数字；请当面或另行告知使用人"
          rules={[{ required: true, message: '请填写初始密码' }]}
        >
          <Input.Password autoComplete="new-password" maxLength={72} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
