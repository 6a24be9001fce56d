import { DEFAULT_DEMO_PASSWORD } from '@jifen/demo';
import { decideDemo } from './demo-decision';

describe('whether npm start loads the demo', () => {
  it.each([
    ['development, default password', 'true', DEFAULT_DEMO_PASSWORD, undefined, true],
    ['development, DEMO_DATA=false', 'false', DEFAULT_DEMO_PASSWORD, 'development', false],
    ['production, default password', 'true', DEFAULT_DEMO_PASSWORD, 'production', false],
    ['production, a password of its own', 'true', 'Our-own-secret-77', 'production', true],
    ['production, DEMO_DATA=false', 'false', 'Our-own-secret-77', 'production', false],
  ] as const)('%s: load %s', (_, demoData, demoPassword, nodeEnv, load) => {
    expect(decideDemo({ demoData, demoPassword, nodeEnv }).load).toBe(load);
  });

  it('says in production why the demo is not loaded and how to ask for it', () => {
    const { lines } = decideDemo({ demoData: 'true', demoPassword: DEFAULT_DEMO_PASSWORD, nodeEnv: 'production' });
    expect(lines.join('\n')).toMatch(/生产环境.*不载入演示数据/);
    expect(lines.join('\n')).toContain('DEMO_PASSWORD');
    expect(lines.join('\n')).toContain('DEMO_DATA=false');
  });

  it('says nothing on a development machine', () => {
    expect(decideDemo({ demoData: 'true', demoPassword: DEFAULT_DEMO_PASSWORD, nodeEnv: 'test' }).lines).toEqual([]);
  });
});
