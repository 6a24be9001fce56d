import { createServer } from 'node:net';
import { describeStartupFailure } from './startup-failure';

const ledger = { label: '台账服务', portVariable: 'LEDGER_PORT' };

describe('what a process says when it cannot start', () => {
  it('names a taken port and the variable that moves it, without a stack', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    const second = createServer();
    const error = await new Promise<unknown>((resolve) => second.once('error', resolve).listen(port, '127.0.0.1'));
    holder.close();
    const text = describeStartupFailure(ledger, error, false);
    expect(text).toContain(`台账服务未能启动。`);
    expect(text).toContain(`端口 ${port} 已被其他程序占用`);
    expect(text).toContain('LEDGER_PORT=');
    expect(text).toContain(`Port ${port} is in use`);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it.each([
    [{ code: 'ECONNREFUSED' }, /无法连接数据库/],
    [{ code: '28P01' }, /用户名和密码/],
    [{ code: '3D000' }, /数据库不存在/],
    [{ code: 'EACCES', port: 80 }, /没有权限监听端口 80/],
  ])('explains %j in Chinese and English', (error, says) => {
    const text = describeStartupFailure(ledger, Object.assign(new Error('x'), error), false);
    expect(text).toMatch(says);
    expect(text).toMatch(/[A-Z][a-z]+ .*\.$/m);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('gives an unforeseen failure its message, and its stack only when asked for', () => {
    const error = new Error('迁移失败');
    expect(describeStartupFailure(ledger, error, false)).toMatch(/原因：迁移失败\n.*LOG_LEVEL=debug/);
    expect(describeStartupFailure(ledger, error, false)).not.toMatch(/\n\s+at /);
    expect(describeStartupFailure(ledger, error, true)).toMatch(/\n\s+at /);
  });
});
