import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Input, theme } from 'antd';
import { FormEvent, ReactNode, useState } from 'react';

export interface Credentials {
  username: string;
  password: string;
}

type Problems = Partial<Record<keyof Credentials, string>>;

/** What is missing, in the words the form shows under each field. */
function problemsOf({ username, password }: Credentials): Problems {
  return {
    ...(username.trim() ? {} : { username: '请输入用户名' }),
    ...(password ? {} : { password: '请输入密码' }),
  };
}

/** A label above its field and the field's problem below it, spaced as Ant Design's vertical forms are. */
function Field({ id, label, problem, children }: { id: string; label: string; problem?: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ marginBottom: token.marginLG }}>
      <label htmlFor={id} style={{ display: 'block', paddingBottom: token.paddingXS, color: token.colorTextHeading }}>
        {label}
      </label>
      {children}
      {problem && (
        <div id={`${id}-problem`} role="alert" style={{ color: token.colorError, marginTop: token.marginXXS }}>
          {problem}
        </div>
      )}
    </div>
  );
}

/**
 * The user name and password, both required (a name of spaces is none). A plain form rather than Ant Design's Form:
 * two fields need no form library, and the login page is the first thing every visitor loads.
 */
export function CredentialsForm({ pending, onSubmit }: { pending: boolean; onSubmit: (values: Credentials) => void }) {
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [tried, setTried] = useState(false);
  const problems = tried ? problemsOf(values) : {};
  const set = (name: keyof Credentials) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problemsOf(values)).length === 0) onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field id="username" label="用户名" problem={problems.username}>
        <Input
          id="username"
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          value={values.username}
          onChange={set('username')}
          disabled={pending}
          status={problems.username ? 'error' : undefined}
          aria-invalid={Boolean(problems.username)}
          aria-describedby={problems.username ? 'username-problem' : undefined}
        />
      </Field>
      <Field id="password" label="密码" problem={problems.password}>
        <Input.Password
          id="password"
          prefix={<LockOutlined />}
          autoComplete="current-password"
          value={values.password}
          onChange={set('password')}
          disabled={pending}
          status={problems.password ? 'error' : undefined}
          aria-invalid={Boolean(problems.password)}
          aria-describedby={problems.password ? 'password-problem' : undefined}
        />
      </Field>
      <Button type="primary" htmlType="submit" block loading={pending}>
        登录
      </Button>
    </form>
  );
}
