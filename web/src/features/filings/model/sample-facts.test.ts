import type { RuleDocument } from './rule-document';
import { cycleOf, needsOf, periodEnd, periodOptions, sampleFacts } from './sample-facts';

const doc = {
  cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['HALF_YEAR'] },
  components: [
    {
      code: 'base',
      label: '基础分值',
      kind: 'EARNED',
      items: [
        { code: 'dues', label: '缴纳党费', points: { mode: 'PER_OCCURRENCE', value: 1 } },
        { code: 'essay', label: '心得', points: { mode: 'PER_QUANTITY', value: 1, unit: '篇' } },
        { code: 'honour', label: '表彰', points: { mode: 'BY_LEVEL', values: { CITY: 6, NATIONAL: 10 } } },
        { code: 'ten', label: '十个一', points: { mode: 'DISCRETIONARY', max: 4 }, leadingMultiplier: 2 },
      ],
    },
  ],
} as unknown as RuleDocument;

describe('the 试算 panel’s facts', () => {
  it('asks of each item what it needs', () => {
    expect(needsOf(doc.components[0]!.items![3])).toEqual({ points: 4, unit: null, levels: null, leading: true });
    expect(needsOf(doc.components[0]!.items![1])).toEqual({ points: null, unit: '篇', levels: null, leading: false });
    expect(needsOf(doc.components[0]!.items![2])!.levels).toEqual(['NATIONAL', 'CITY']);
  });

  it('builds numbered entries with only what their items take', () => {
    const built = sampleFacts(doc, {
      period: '2026',
      asOf: '2026-12-31',
      memberKind: 'FULL',
      entries: [
        { key: 7, item: 'dues', date: '2026-01-05', points: 3 },
        { key: 9, item: 'ten', date: '2026-02-01', points: 2.5, leading: true },
        { key: 10, item: 'essay', date: '2026-03-01', quantity: 2 },
      ],
    });
    expect(built).toEqual({
      facts: {
        period: '2026',
        asOf: '2026-12-31',
        memberKind: 'FULL',
        entries: [
          { id: '1', item: 'dues', date: '2026-01-05' },
          { id: '2', item: 'ten', date: '2026-02-01', points: 2.5, leading: true },
          { id: '3', item: 'essay', date: '2026-03-01', quantity: 2 },
        ],
      },
    });
  });

  it.each([
    [{ key: 1 }, '第 1 条记录：请选择项目'],
    [{ key: 1, item: 'dues' }, '第 1 条记录：请选择日期'],
    [{ key: 1, item: 'ten', date: '2026-01-01' }, '第 1 条记录：“十个一”由支部酌情打分，请填写分值'],
    [{ key: 1, item: 'ten', date: '2026-01-01', points: 5 }, '第 1 条记录：分值不能超过 4 分'],
    [{ key: 1, item: 'essay', date: '2026-01-01' }, '第 1 条记录：请填写数量（篇）'],
    [{ key: 1, item: 'honour', date: '2026-01-01', level: 'COUNTY' as const }, '第 1 条记录：请选择级别'],
  ])('refuses %j: %s', (entry, problem) => {
    expect(sampleFacts(doc, { period: '2026', asOf: '2026-12-31', memberKind: 'FULL', entries: [entry] })).toEqual({
      problem,
    });
  });

  it.each([
    [{ month: 1, day: 1 }, '2026', '2026-12-31'],
    [{ month: 1, day: 1 }, '2026-H1', '2026-06-30'],
    [{ month: 7, day: 1 }, '2024', '2025-06-30'],
    [{ month: 7, day: 1 }, '2024-Q3', '2025-03-31'],
    [{ month: 12, day: 26 }, '2024', '2024-12-25'],
    [{ month: 12, day: 26 }, '2024-M01', '2024-01-25'],
  ])('a cycle from %j: %s ends on %s', (start, key, end) => {
    expect(periodEnd(start, key)).toBe(end);
  });

  it.each([
    [{ month: 1, day: 1 }, '2026-12-07', 2026],
    [{ month: 7, day: 1 }, '2026-06-30', 2025],
    [{ month: 7, day: 1 }, '2026-07-01', 2026],
    [{ month: 12, day: 26 }, '2026-12-07', 2026],
    [{ month: 12, day: 26 }, '2026-12-26', 2027],
  ])('a cycle from %j holding %s is %s', (start, today, cycle) => {
    expect(cycleOf(start, today)).toBe(cycle);
  });

  it('offers the year and the periods the scheme reviews, by name', () => {
    expect(periodOptions(doc, 2026)).toEqual([
      { value: '2026', label: '2026年度' },
      { value: '2026-H1', label: '2026年度上半年' },
      { value: '2026-H2', label: '2026年度下半年' },
    ]);
  });
});
