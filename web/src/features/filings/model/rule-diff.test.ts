import type { RuleDocument } from './rule-document';
import { diffRuleTables } from './rule-diff';
import { capText, pointsText, ruleTables } from './rule-tables';

const base: RuleDocument = {
  name: '党员教育管理积分制考核',
  fullScore: 100,
  cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['HALF_YEAR'] },
  workflow: { publicityDays: 5 },
  components: [
    {
      code: 'base',
      label: '基础分值',
      kind: 'EARNED',
      max: 60,
      items: [
        {
          code: 'dues',
          label: '每月足额缴纳一次党费',
          points: { mode: 'PER_OCCURRENCE', value: 1 },
          cap: { count: 12 },
        },
        {
          code: 'lecture',
          label: '每季度参加一次党课',
          points: { mode: 'PER_OCCURRENCE', value: 3 },
          cap: { count: 4 },
        },
      ],
    },
    {
      code: 'daily',
      label: '日常表现',
      kind: 'DEDUCTED',
      max: 30,
      floor: 'CYCLE',
      items: [{ code: 'late', label: '无故迟到', points: { mode: 'PER_OCCURRENCE', value: 2 } }],
    },
  ],
  vetoes: [{ code: 'crime', label: '违法犯罪' }],
  directGrades: [],
  grading: {
    per: 'YEAR',
    gradedKinds: ['FULL', 'PROBATIONARY'],
    bands: [
      { code: 'EXCELLENT', name: '优秀', min: 90, share: 0.2 },
      { code: 'QUALIFIED', name: '合格', min: 60 },
      { code: 'UNQUALIFIED', name: '不合格', min: 0 },
    ],
  },
  consequences: [{ code: 'TALK', label: '谈心谈话', when: { grades: ['UNQUALIFIED'] } }],
  eligibilities: [{ code: 'reward', label: '兑现奖励', minTotal: 60, yuanPerPoint: 5 }],
  awards: [],
};

const tableOf = (doc: RuleDocument, key: string) => ruleTables(doc).find((t) => t.key === key)!;

describe('a rule document as readable tables', () => {
  it.each([
    [{ mode: 'PER_OCCURRENCE', value: 2 } as const, false, '每次 2 分'],
    [{ mode: 'PER_OCCURRENCE', value: 5 } as const, true, '每次扣 5 分'],
    [{ mode: 'PER_QUANTITY', value: 1, unit: '篇' } as const, false, '每篇 1 分'],
    [{ mode: 'BY_LEVEL', values: { CITY: 6, NATIONAL: 10 } } as const, false, '国家级 10 分、市级 6 分'],
    [{ mode: 'DISCRETIONARY', max: 4 } as const, false, '酌情打分，每次至多 4 分'],
  ])('points %j (deducted: %s) read %s', (points, deduct, text) => {
    expect(pointsText(points, deduct)).toBe(text);
  });

  it.each([
    [{ count: 12 }, 'YEAR' as const, '每年最多计 12 次'],
    [{ count: 2, points: 4 }, 'QUARTER' as const, '每季度最多计 2 次、4 分'],
    [undefined, 'YEAR' as const, '—'],
  ])('cap %j per %s reads %s', (cap, per, text) => {
    expect(capText(cap, per)).toBe(text);
  });

  it('lists items with their part, points and caps, and the floor with its scope', () => {
    expect(tableOf(base, 'items').rows.map((r) => r.cells)).toEqual([
      { label: '每月足额缴纳一次党费', part: '基础分值', points: '每次 1 分', cap: '每年最多计 12 次', notes: '—' },
      { label: '每季度参加一次党课', part: '基础分值', points: '每次 3 分', cap: '每年最多计 4 次', notes: '—' },
      { label: '无故迟到', part: '日常表现', points: '每次扣 2 分', cap: '—', notes: '—' },
    ]);
    expect(tableOf(base, 'components').rows[1]!.cells).toMatchObject({
      kind: '倒扣（扣完为止）',
      score: '基础分 30 分',
      floor: '整个积分周期合计扣完为止',
    });
    expect(tableOf(base, 'bands').rows.map((r) => r.cells)).toEqual([
      { label: '优秀', min: '90 分及以上', terms: '且在支部排名前 20%' },
      { label: '合格', min: '60 分及以上', terms: '—' },
      { label: '不合格', min: '低于 60 分', terms: '—' },
    ]);
    expect(tableOf(base, 'consequences').rows[0]!.cells).toEqual({ label: '谈心谈话', when: '等次为“不合格”' });
    expect(tableOf(base, 'eligibilities').rows[0]!.cells.terms).toBe('总分 60 分及以上；每分兑现不高于 5 元');
    expect(ruleTables(base).map((t) => t.key)).not.toContain('star');
  });
});

describe('the differences of a submitted document from the one it came from', () => {
  const edited: RuleDocument = {
    ...base,
    workflow: { publicityDays: 7 },
    components: [
      {
        ...base.components[0]!,
        items: [
          { ...base.components[0]!.items![0]!, points: { mode: 'PER_OCCURRENCE', value: 2 } },
          { code: 'essay', label: '撰写一篇心得', points: { mode: 'PER_QUANTITY', value: 1, unit: '篇' } },
        ],
      },
      base.components[1]!,
    ],
  };

  it('is nothing for the same document', () => {
    expect(diffRuleTables(ruleTables(base), ruleTables(base))).toEqual({ tables: new Map(), lines: [] });
  });

  it('marks a changed item with what it was, an added one, and lists a removed one', () => {
    const diff = diffRuleTables(ruleTables(edited), ruleTables(base));
    const items = diff.tables.get('items')!;
    expect(items.marks.get('item:dues')).toEqual({
      status: 'changed',
      before: expect.objectContaining({ points: '每次 1 分' }),
    });
    expect(items.marks.get('item:essay')).toEqual({ status: 'added' });
    expect(items.marks.has('item:late')).toBe(false);
    expect(items.removed.map((r) => r.cells.label)).toEqual(['每季度参加一次党课']);
    expect(diff.lines).toEqual([
      '总则“公示天数”：规定 5 天 → 7 天',
      '积分项目“每月足额缴纳一次党费”：分值 每次 1 分 → 每次 2 分',
      '新增积分项目“撰写一篇心得”',
      '删除积分项目“每季度参加一次党课”',
    ]);
  });

  it('lists a table the earlier document had and the submitted one has not', () => {
    const diff = diffRuleTables(ruleTables({ ...base, vetoes: [] }), ruleTables(base));
    expect(diff.lines).toEqual(['删除一票否决与直接认定“违法犯罪”']);
    expect(diff.tables.get('conditions')!.removed).toHaveLength(1);
  });
});
