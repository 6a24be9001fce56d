import { Card, Typography } from 'antd';
import { labelOf, roleLabels } from '../../lib/labels';
import { useViewer } from '../auth/api/viewer';
import { navFor } from '../shell/navigation';
import { Link } from 'react-router';

/** Each role's first page (the dashboard replaces it for the district and township committees). */
export function HomePage() {
  const { data } = useViewer();
  if (!data) return null;
  const me = data.me;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        您好，{me.account?.displayName}
      </Typography.Title>
      <Typography.Paragraph>您以“{labelOf(roleLabels, me.role)}”身份登录。可以从这里进入：</Typography.Paragraph>
      <ul>
        {navFor(me.role)
          .filter((item) => item.area !== 'home')
          .map((item) => (
            <li key={item.area}>
              <Link to={item.path}>{item.label}</Link>
            </li>
          ))}
      </ul>
    </Card>
  );
}
