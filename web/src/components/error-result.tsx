import { Button } from 'antd';
import { Result } from './result';
import { ApiError, messageOf } from '../lib/api-error';

const titles: Record<string, string> = {
  FORBIDDEN: '无权访问',
  NOT_FOUND: '找不到',
  SUBGRAPH_UNAVAILABLE: '服务暂时不可用',
};

/** An error where a screen would be: the API's Chinese message and a way on, never a blank page. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const code = error instanceof ApiError ? error.code : undefined;
  const title = (code && titles[code]) ?? '出错了';
  return (
    <Result
      status={code === 'FORBIDDEN' ? '403' : code === 'NOT_FOUND' ? '404' : 'warning'}
      title={title}
      subTitle={messageOf(error)}
      extra={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
