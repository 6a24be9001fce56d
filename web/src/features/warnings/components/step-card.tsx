import { Alert, Button, Card, Form, FormInstance } from 'antd';
import { ReactNode } from 'react';
import { beijingDateTime } from '../../../lib/beijing-time';
import { messageOf } from '../../../lib/api-error';

/** Today as a Beijing day (YYYY-MM-DD), what a date field starts with. */
export const beijingToday = () => beijingDateTime(new Date().toISOString()).slice(0, 10);

/** A date field's rules: required, as YYYY-MM-DD. */
export const dateRules = (what: string) => [
  { required: true, message: `请填写${what}` },
  { pattern: /^\d{4}-\d{2}-\d{2}$/, message: `${what}应为 YYYY-MM-DD 格式，如 2026-07-20` },
];

/** One step of a case as a small form: its title, what it does, its fields, the API's refusal in Chinese, and its button. */
export function StepCard<T extends object>(props: {
  title: string;
  hint?: ReactNode;
  form: FormInstance<T>;
  initialValues?: Partial<T>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: T) => void;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={props.title} aria-label={props.title} style={{ marginBottom: 16 }}>
      {props.hint && <div style={{ marginBottom: 12 }}>{props.hint}</div>}
      {props.error != null && (
        <Alert role="alert" type="error" showIcon style={{ marginBottom: 12 }} message={messageOf(props.error)} />
      )}
      <Form
        form={props.form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={(values) => props.onSubmit(values as T)}
      >
        {props.children}
        <Button type="primary" htmlType="submit" loading={props.pending}>
          {props.submitLabel}
        </Button>
      </Form>
    </Card>
  );
}
