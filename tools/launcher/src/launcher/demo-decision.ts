import { DEFAULT_DEMO_PASSWORD } from '@jifen/demo';

export interface DemoDecision {
  load: boolean;
  /** What start-up prints about it (nothing when there is nothing to say). */
  lines: string[];
}

/**
 * Whether `npm start` loads the demo district into an empty database. On a development machine it does unless
 * DEMO_DATA=false. In production (NODE_ENV=production) the published default password would open every role of
 * the demo to anyone, so there the demo is loaded only when asked for with a password of one's own.
 */
export function decideDemo(options: {
  demoData: 'true' | 'false';
  demoPassword: string;
  nodeEnv: string | undefined;
}): DemoDecision {
  if (options.demoData === 'false') return { load: false, lines: [] };
  if (options.nodeEnv !== 'production') return { load: true, lines: [] };
  if (options.demoPassword === DEFAULT_DEMO_PASSWORD) {
    return {
      load: false,
      lines: [
        `生产环境（NODE_ENV=production）不载入演示数据：演示账号的缺省密码 ${DEFAULT_DEMO_PASSWORD} 是公开的。`,
        '  如确需演示数据，请把 DEMO_PASSWORD 设为只有你们知道的密码再启动；不需要演示数据请设置 DEMO_DATA=false（不再提示）。',
        '  (Production mode: the demo is not loaded with the published default password; set DEMO_PASSWORD to ask for it, or DEMO_DATA=false.)',
      ],
    };
  }
  return {
    load: true,
    lines: ['生产环境（NODE_ENV=production）：数据库为空时按要求载入演示数据，演示账号的密码为 DEMO_PASSWORD 的值。'],
  };
}
