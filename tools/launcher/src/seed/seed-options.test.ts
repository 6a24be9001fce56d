import { DEFAULT_CONCURRENCY, parseSeedOptions } from './seed-options';

describe('the seed CLI’s arguments', () => {
  it.each([
    [['--scale', 'M'], { scale: 'M', database: null, concurrency: DEFAULT_CONCURRENCY, district: null, help: false }],
    [
      ['--scale=l', '--database', 'jifen_city', '--district', '3'],
      { scale: 'L', database: 'jifen_city', concurrency: DEFAULT_CONCURRENCY, district: 3, help: false },
    ],
    [['--scale', 'S', '--concurrency=8'], { scale: 'S', database: null, concurrency: 8, district: null, help: false }],
    [['--help'], { scale: 'S', database: null, concurrency: DEFAULT_CONCURRENCY, district: null, help: true }],
  ])('reads %j', (argv, options) => expect(parseSeedOptions(argv)).toEqual({ options }));

  it('lists every problem in Chinese', () => {
    const parsed = parseSeedOptions([
      '--scale',
      'XL',
      '--database',
      'drop table',
      '--concurrency',
      '0',
      '--district',
      '0',
      '--fast',
    ]);
    expect(parsed).toEqual({
      problems: [
        '--scale 应为 S、M 或 L，而不是“XL”',
        '--database 应为数据库名（字母、数字、下划线，不以数字开头），而不是“drop table”',
        '--concurrency 应为 1 到 64 的整数',
        '--district 应为从 1 起的序号',
        '不认识的参数“--fast”',
      ],
    });
  });

  it('asks for a scale when none is given', () => {
    expect(parseSeedOptions([])).toEqual({ problems: ['请用 --scale 指定规模：S、M 或 L'] });
  });
});
