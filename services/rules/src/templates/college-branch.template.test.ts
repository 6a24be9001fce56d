import { EntryFact } from '../engine/facts';
import { ScoreResult } from '../engine/score-result';
import { checkRuleDocument } from '../document/rule-document.validate';
import { collegeBranch } from './college-branch.template';
import { contributions, entries, entry, scoreWith } from './template-test-kit';

const year = { period: '2024', asOf: '2025-01-10' };
const codes = (result: ScoreResult) => result.consequences.map((c) => c.code);

describe('T5 college-branch (高校教师党支部)', () => {
  it('is a valid rule document: base 60, performance 25, total capped at 100, seven veto conditions', () => {
    expect(checkRuleDocument(collegeBranch.rules)).toMatchObject({ ok: true });
    const rules = collegeBranch.rules;
    expect(rules.components.map((c) => [c.code, c.kind, c.max])).toEqual([
      ['basic', 'DEDUCTED', 60],
      ['performance', 'EARNED', 25],
      ['bonus', 'BONUS', undefined],
      ['deduction', 'PENALTY', undefined],
    ]);
    expect(rules.totalCap).toBe(100);
    expect(rules.vetoes).toHaveLength(7);
    expect(rules.grading.bands.map((b) => b.min)).toEqual([80, 70, 60, 0]);
  });

  it('A: the total is capped at 100; a month shows the year to date and is not graded', () => {
    const facts = [
      entry('jobDuty', '2024-03-15', { points: 10 }),
      entry('jobDuty', '2024-09-15', { points: 8 }),
      entry('pledge', '2024-05-01', { points: 5 }),
      entry('dedication', '2024-12-01', { points: 5 }),
      entry('outstandingContribution', '2024-04-01', { points: 5 }),
      entry('outstandingContribution', '2024-10-01', { points: 5 }),
      entry('commended', '2024-06-01', { points: 5 }),
      entry('commended', '2024-11-01', { points: 3 }),
    ];
    const result = scoreWith(collegeBranch, { ...year, entries: facts });
    // basic 60; performance: 岗位职责 10 + 8 = 18 → 15, + 5 + 5 = 25; bonus 5 + 5 + 5 + 3 = 18
    // 60 + 25 + 18 = 103 → capped at 100
    expect(contributions(result)).toEqual({ basic: 60, performance: 25, bonus: 18, deduction: 0 });
    expect(result.components[1].items.find((i) => i.code === 'jobDuty')?.points).toBe(15);
    expect(result.total).toBe(100);
    expect(result.explanation.some((s) => s.text.includes('超过封顶 100 分，按 100 分计'))).toBe(true);
    expect(result.grade?.code).toBe('EXCELLENT');
    expect(result.consequences).toEqual([]);

    const june = scoreWith(collegeBranch, { period: '2024-M06', asOf: '2024-07-05', entries: facts });
    // 1 January – 30 June: basic 60; performance 10 + 5 = 15; bonus 5 + 5 = 10 → 85
    expect(june.period).toMatchObject({ start: '2024-06-01', end: '2024-06-30', toDate: true });
    expect(contributions(june)).toEqual({ basic: 60, performance: 15, bonus: 10, deduction: 0 });
    expect(june.total).toBe(85);
    expect(june.graded).toBe(false);
    expect(june.grade).toBeNull();
  });

  it('B: base deductions past 60 stop at 0 (扣完为止); the deductions then take the total below 0, which stops at 0', () => {
    const result = scoreWith(collegeBranch, {
      ...year,
      entries: [
        ...entries('partyActivities', 12, '2024-01-10', { points: 5 }),
        entry('training', '2024-12-20', { points: 5 }),
        entry('jobDuty', '2024-06-01', { points: 10 }),
        entry('error', '2024-03-01', { points: 5 }),
        entry('inaction', '2024-07-01', { points: 5 }),
        entry('mistake', '2024-09-01', { points: 2 }),
      ],
    });
    // basic 60 − (12 × 5 + 5 = 65) → 0; performance 10; deductions 5 + 5 + 2 = 12
    // 0 + 10 − 12 = −2 → 0
    expect(contributions(result)).toEqual({ basic: 0, performance: 10, bonus: 0, deduction: -12 });
    expect(result.total).toBe(0);
    expect(result.explanation.some((s) => s.rule === '基础分' && s.text.includes('扣 65 分，扣完为止，得 0 分'))).toBe(
      true,
    );
    expect(result.explanation.some((s) => s.rule === '总分' && s.text.includes('扣完为止，计 0 分'))).toBe(true);
    expect(result.grade?.code).toBe('UNQUALIFIED');
    expect(codes(result)).toEqual(['BARRED_FROM_HONOURS', 'DISPOSAL']);
  });

  it('C: a veto (违反廉洁纪律) makes the year 0 from the day it happens; months before it are unaffected', () => {
    const facts: EntryFact[] = [
      entry('jobDuty', '2024-03-01', { points: 15 }),
      entry('pledge', '2024-04-01', { points: 5 }),
      entry('dedication', '2024-09-01', { points: 5 }),
      entry('commended', '2024-10-01', { points: 3 }),
    ];
    const conditions = [{ code: 'integrityDiscipline', date: '2024-06-01' }];

    const result = scoreWith(collegeBranch, { ...year, entries: facts, conditions });
    // 60 + 25 + 3 = 88, but 违反廉洁纪律 on 1 June → 0
    expect(contributions(result)).toEqual({ basic: 60, performance: 25, bonus: 3, deduction: 0 });
    expect(result.total).toBe(0);
    expect(result.veto).toEqual({ code: 'integrityDiscipline', label: '违反党的廉洁纪律', date: '2024-06-01' });
    expect(result.grade?.code).toBe('UNQUALIFIED');
    expect(codes(result)).toEqual(['BARRED_FROM_HONOURS', 'DISPOSAL']);

    // May (through 31 May): 60 + 15 + 5 = 80, no veto yet
    const may = scoreWith(collegeBranch, { period: '2024-M05', asOf: '2024-06-05', entries: facts, conditions });
    expect(may.veto).toBeNull();
    expect(may.total).toBe(80);
    // June (through 30 June): the veto → 0
    const june = scoreWith(collegeBranch, { period: '2024-M06', asOf: '2024-07-05', entries: facts, conditions });
    expect(june.total).toBe(0);

    // a probationary member vetoed loses the probationary status instead of a disposal
    const probationary = scoreWith(collegeBranch, { ...year, memberKind: 'PROBATIONARY', entries: facts, conditions });
    expect(probationary.total).toBe(0);
    expect(codes(probationary)).toEqual(['BARRED_FROM_HONOURS', 'PROBATION_CANCELLED']);
  });

  it('D: 基本合格 → admonishment and no honours; a probationary member also has the probation extended', () => {
    const result = scoreWith(collegeBranch, {
      ...year,
      memberKind: 'PROBATIONARY',
      entries: [
        entry('partyActivities', '2024-04-10', { points: 3 }),
        entry('jobDuty', '2024-06-30', { points: 8 }),
        entry('notInPlace', '2024-11-11', { points: 1.5 }),
      ],
    });
    // (60 − 3) + 8 − 1.5 = 63.5 → 60 ≤ 63.5 < 70 → 基本合格
    expect(contributions(result)).toEqual({ basic: 57, performance: 8, bonus: 0, deduction: -1.5 });
    expect(result.total).toBe(63.5);
    expect(result.grade?.code).toBe('BASIC');
    expect(codes(result)).toEqual(['BARRED_FROM_HONOURS', 'ADMONISHMENT', 'PROBATION_EXTENDED']);
  });

  it.each([
    // [performance and deductions, total, grade]
    [
      '岗位职责 15 + 履诺践诺 5: 60 + 20 = 80',
      [
        ['jobDuty', 15],
        ['pledge', 5],
      ],
      80,
      'EXCELLENT',
    ],
    [
      '60 + 20 − 错漏 0.1 = 79.9',
      [
        ['jobDuty', 15],
        ['pledge', 5],
        ['error', 0.1],
      ],
      79.9,
      'QUALIFIED',
    ],
    ['60 + 10 = 70', [['jobDuty', 10]], 70, 'QUALIFIED'],
    ['60 + 9.9 = 69.9', [['jobDuty', 9.9]], 69.9, 'BASIC'],
    ['60 (nothing earned)', [], 60, 'BASIC'],
    ['60 − 失误 0.1 = 59.9', [['mistake', 0.1]], 59.9, 'UNQUALIFIED'],
  ] as [string, [string, number][], number, string][])('E: grade boundaries: %s', (_, items, total, grade) => {
    const result = scoreWith(collegeBranch, {
      ...year,
      entries: items.map(([item, points]) => entry(item, '2024-06-15', { points })),
    });
    expect(result.total).toBe(total);
    expect(result.grade?.code).toBe(grade);
  });
});
