import { Breadcrumb, Space, Typography } from 'antd';
import { ReactNode } from 'react';
import { Link } from 'react-router';

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
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </Space>
        {actions}
      </Space>
    </div>
  );
}
