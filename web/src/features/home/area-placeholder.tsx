import { Result } from '../../components/result';
import { Area, areaLabels } from '../shell/navigation';

/** An area whose screens come with a later issue (dashboard, 数据大屏, register, member pages). */
export function AreaPlaceholder({ area }: { area: Area }) {
  return <Result status="info" title={areaLabels[area]} subTitle="此功能正在建设中，敬请期待。" />;
}
