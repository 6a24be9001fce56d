import { Button } from 'antd';
import { Result } from './result';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="找不到这个页面"
      subTitle="地址可能有误，或者该页面已不存在。"
      extra={
        <Link to="/">
          <Button type="primary">回到首页</Button>
        </Link>
      }
    />
  );
}
