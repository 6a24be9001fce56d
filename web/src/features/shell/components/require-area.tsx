import { Result } from '../../../components/result';
import { ReactNode } from 'react';
import { useViewer } from '../../auth/api/viewer';
import { Area, areaLabels, mayOpen } from '../navigation';

/** An area the signed-in role may not open says so in Chinese (an address typed or sent by someone else). */
export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { data } = useViewer();
  if (!data || !mayOpen(data.me.role, area))
    return <Result status="403" title="无权访问" subTitle={`您的账号不能打开“${areaLabels[area]}”。`} />;
  return <>{children}</>;
}
