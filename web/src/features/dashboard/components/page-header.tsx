import { Breadcrumb, Space } from 'antd';
import { ReactNode } from 'react';
import { Link } from 'react-router';
import { Heading, QuietText } from '../../../components/heading';

/** The view's title, the way up and the view's own actions (the period is the shell's picker). */
export function PageHeader({
  title,
  subtitle,
  trail,
  actions,
}: {
  title: string;
  subtitle?: string;
  trail: { label: string; to?: string }[];
  actions?: ReactNode;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Breadcrumb items={trail.map((t) => ({ title: t.to ? <Link to={t.to}>{t.label}</Link> : t.label }))} />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }} wrap>
        <Space align="baseline">
          <Heading>{title}</Heading>
          {subtitle && <QuietText>{subtitle}</QuietText>}
        </Space>
        {actions}
      </Space>
    </div>
  );
}
