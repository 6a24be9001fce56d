import { Breadcrumb, Select, Space, Typography } from 'antd';
import { ReactNode } from 'react';
import { Link } from 'react-router';
import { periodChoices, useDashboardParams } from '../hooks/use-period';
import { periodLabel } from '../labels';

/** The view's title, the way up, the period (kept in the URL) and the view's own actions. */
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
  const { period, setPeriod } = useDashboardParams();
  const choices = periodChoices(new Date());
  const options = (choices.includes(period) ? choices : [period, ...choices]).map((p) => ({
    value: p,
    label: periodLabel(p),
  }));
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
        <Space>
          {actions}
          <span>期间</span>
          <Select aria-label="期间" value={period} options={options} onChange={setPeriod} style={{ width: 150 }} />
        </Space>
      </Space>
    </div>
  );
}
