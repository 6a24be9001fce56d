import { EntryFact } from '../engine/facts';
import { ScoreResult } from '../engine/score-result';
import { checkRuleDocument } from '../document/rule-document.validate';
import { enterpriseQuarterly } from './enterprise-quarterly.template';
import { contributions, entry, scoreWith } from './template-test-kit';

/** An item's points in a result, whether it sits in a section or on the component. */
function itemPoints(result: ScoreResult, code: string): number | undefined {
  for (const c of result.components) {
    for (const i of [...c.items, ...c.sections.flatMap((s) => s.items)]) if (i.code === code) return i.points;
  }
  return undefined;
}

/** Task entries on one day earning `otherTask` + 39 points: every itemised task at its full value. */
function fullTasks(date: string, otherTask: number): EntryFact[] {
  const values: [string, number][] = [
    ['jobDuty', 15],
    ['pairedAssistance', 6],
    ['companyActivities', 4],
    ['research', 4],
    ['pledgeFulfilled', 3],
    ['centralWork', 3],
    ['volunteer', 2],
    ['goodDeeds', 2],
    ['otherTask', otherTask],
  ];
  return values.map(([item, points]) => entry(item, date, { points }));
}

const codes = (result: ScoreResult) => result.consequences.map((c) => c.code);

describe('T4 enterprise-quarterly (公司，季度积分)', () => {
  it('is a valid rule document whose parts add up to 40 + 50 + 10', () => {
    expect(checkRuleDocument(enterpriseQuarterly.rules)).toMatchObject({ ok: true });
    const [basic, task, reward] = enterpriseQuarterly.rules.components;
    expect(basic.sections?.map((s) => [s.label, s.max])).toEqual([
      ['政治素质方面', 9],
      ['组织生活方面', 9],
      ['发挥先锋作用方面', 3],
      ['服务群众方面', 3],
      ['道德示范方面', 6],
      ['廉洁奉公方面', 3],
      ['其他方面', 7],
    ]);
    expect(task.sections?.map((s) => [s.label, s.max])).toEqual([
      ['履行职责方面', 29],
      ['履诺践诺方面', 3],
      ['发挥作用方面', 7],
      ['其他方面', 11],
    ]);
    expect(task.sections?.[0].items.map((i) => i.cap?.points)).toEqual([15, 6, 4, 4]);
    expect(reward.cap).toEqual({ points: 10 });
  });

  it('A: one quarter — the reward cap of 10 and the item caps are reached; entries outside the quarter do not count', () => {
    const result = scoreWith(enterpriseQuarterly, {
      period: '2024-Q2',
      asOf: '2024-07-05',
      entries: [
        entry('dues', '2024-03-31', { points: 2 }), // Q1: not in this quarter
        entry('dues', '2024-04-20', { points: 1 }),
        entry('jobDuty', '2024-04-30', { points: 10 }),
        entry('jobDuty', '2024-06-15', { points: 8 }),
        entry('pairedAssistance', '2024-05-10', { points: 6 }),
        entry('pledgeFulfilled', '2024-06-01', { points: 3 }),
        entry('volunteer', '2024-05-20', { points: 2 }),
        entry('outstandingContribution', '2024-05-01'),
        entry('outstandingContribution', '2024-06-10'),
        entry('honour', '2024-04-15', { level: 'PROVINCIAL' }),
        entry('honour', '2024-06-20', { level: 'COUNTY' }),
        entry('otherReward', '2024-06-25', { points: 3 }),
        entry('jobDuty', '2024-07-02', { points: 5 }), // Q3: not in this quarter
      ],
    });
    // basic: 组织生活 9 − 1 = 8 → 40 − 1 = 39
    // task: 岗位职责 10 + 8 = 18, capped at 15; 履行职责 15 + 6 = 21; 履诺践诺 3; 发挥作用 2 → 26
    // reward: 突出贡献 5 + 5 = 10 → 5 (本方面最多 5); 表彰 省 4 + 县 2 = 6 → 5; 其他 3 → 13, capped at 10
    // total 39 + 26 + 10 = 75
    expect(contributions(result)).toEqual({ basic: 39, task: 26, reward: 10 });
    expect(itemPoints(result, 'jobDuty')).toBe(15);
    expect(itemPoints(result, 'outstandingContribution')).toBe(5);
    expect(itemPoints(result, 'honour')).toBe(5);
    expect(itemPoints(result, 'dues')).toBe(1);
    expect(result.total).toBe(75);
    // quarters are scored, the year is graded
    expect(result.graded).toBe(false);
    expect(result.grade).toBeNull();
    expect(result.explanation.some((s) => s.rule === '奖励分' && s.text.includes('超过上限 10 分'))).toBe(true);
  });

  it('B: a quarter whose base is deducted to 0 (扣完为止); year = (5 + 50 + 50 + 53) ÷ 4 = 39.5 → 不合格', () => {
    const allDuties: [string, number][] = [
      ['studyPolicy', 3],
      ['carryOutLine', 3],
      ['obeyOrganisation', 3],
      ['meetings', 3],
      ['dues', 3],
      ['education', 3],
      ['discipline', 3],
      ['contactMasses', 3],
      ['newCustoms', 3],
      ['solidarity', 3],
      ['cleanConduct', 3],
      ['otherBasic', 7],
    ];
    const entries = [
      ...allDuties.map(([item, points]) => entry(item, '2024-02-10', { points })),
      entry('dues', '2024-03-10', { points: 2 }), // past the 3 points of 按时足额交纳党费
      entry('jobDuty', '2024-03-20', { points: 5 }),
      entry('jobDuty', '2024-05-20', { points: 10 }),
      entry('dues', '2024-08-10', { points: 2 }),
      entry('jobDuty', '2024-08-20', { points: 12 }),
      entry('jobDuty', '2024-11-20', { points: 13 }),
    ];
    // Q1: deductions 40 + 2 claimed, 交纳党费 capped at 3 → every section 0, basic 0; task 5 → 5
    const q1 = scoreWith(enterpriseQuarterly, { period: '2024-Q1', asOf: '2024-04-01', entries });
    expect(contributions(q1)).toEqual({ basic: 0, task: 5, reward: 0 });
    expect(itemPoints(q1, 'dues')).toBe(3);
    expect(q1.components[0].sections.every((s) => s.score === 0)).toBe(true);
    expect(q1.total).toBe(5);

    // Q2 40 + 10 = 50; Q3 (40 − 2) + 12 = 50; Q4 40 + 13 = 53
    // year (5 + 50 + 50 + 53) ÷ 4 = 158 ÷ 4 = 39.5
    // basic (0 + 40 + 38 + 40) ÷ 4 = 29.5; task (5 + 10 + 12 + 13) ÷ 4 = 10; 29.5 + 10 = 39.5
    const year = scoreWith(enterpriseQuarterly, { period: '2024', asOf: '2025-01-10', entries });
    expect(contributions(year)).toEqual({ basic: 29.5, task: 10, reward: 0 });
    expect(year.total).toBe(39.5);
    expect(year.grade?.code).toBe('UNQUALIFIED');
    expect(codes(year)).toEqual(['BARRED_FROM_HONOURS', 'DISPOSAL']);
  });

  it('C: mid-year the year is the mean of the finished quarters (Q3 still running, Q4 not begun: ÷ 2); at year end ÷ 4', () => {
    const entries = [
      // Q1: basic 40, task 15 + 6 + 4 + 4 + 1 = 30 → 70
      entry('jobDuty', '2024-01-20', { points: 15 }),
      entry('pairedAssistance', '2024-02-20', { points: 6 }),
      entry('companyActivities', '2024-02-21', { points: 4 }),
      entry('research', '2024-03-01', { points: 4 }),
      entry('pledgeFulfilled', '2024-03-02', { points: 1 }),
      // Q2: basic 40 − 3 = 37, task 15 + 6 + 4 + 4 + 3 + 3 = 35, reward 市级表彰 3 → 75
      entry('meetings', '2024-04-10', { points: 3 }),
      entry('jobDuty', '2024-04-20', { points: 15 }),
      entry('pairedAssistance', '2024-05-20', { points: 6 }),
      entry('companyActivities', '2024-05-21', { points: 4 }),
      entry('research', '2024-06-01', { points: 4 }),
      entry('pledgeFulfilled', '2024-06-02', { points: 3 }),
      entry('centralWork', '2024-06-03', { points: 3 }),
      entry('honour', '2024-06-04', { level: 'CITY' }),
      // Q3: task 8 by 15 August, 13 by the quarter's end → 48 to date, 53 in all
      entry('jobDuty', '2024-07-20', { points: 8 }),
      entry('jobDuty', '2024-09-10', { points: 5 }),
      // Q4: basic 40 − 1 = 39, task 15 + 6 + 4 + 4 + 3 + 3 + 2 + 2 + 7 = 46, 乡级表彰 1 → 86
      entry('dues', '2024-10-10', { points: 1 }),
      ...fullTasks('2024-11-10', 7),
      entry('honour', '2024-12-01', { level: 'TOWNSHIP' }),
    ];

    const midYear = scoreWith(enterpriseQuarterly, { period: '2024', asOf: '2024-08-15', entries });
    // quarters finished by 15 August: Q1 and Q2; Q3 runs to 30 September and is left out of the mean
    // total (70 + 75) ÷ 2 = 72.5; basic (40 + 37) ÷ 2 = 38.5; task (30 + 35) ÷ 2 = 32.5; reward (0 + 3) ÷ 2 = 1.5
    expect(contributions(midYear)).toEqual({ basic: 38.5, task: 32.5, reward: 1.5 });
    expect(midYear.total).toBe(72.5);
    expect(midYear.period).toMatchObject({ through: '2024-08-15', complete: false });
    expect(midYear.explanation.some((s) => s.text.includes('（70 + 75）÷ 2 = 72.5 分'))).toBe(true);
    expect(midYear.explanation.some((s) => s.text.includes('尚未结束，暂不计入平均'))).toBe(true);
    // the running year is graded provisionally: 70 ≤ 72.5 < 90 → 合格
    expect(midYear.grade?.code).toBe('QUALIFIED');
    expect(midYear.consequences).toEqual([]);

    const fullYear = scoreWith(enterpriseQuarterly, { period: '2024', asOf: '2025-01-10', entries });
    // (70 + 75 + 53 + 86) ÷ 4 = 284 ÷ 4 = 71
    // basic (40 + 37 + 40 + 39) ÷ 4 = 39; task (30 + 35 + 13 + 46) ÷ 4 = 31; reward (0 + 3 + 0 + 1) ÷ 4 = 1
    expect(contributions(fullYear)).toEqual({ basic: 39, task: 31, reward: 1 });
    expect(fullYear.total).toBe(71);
    expect(fullYear.period.complete).toBe(true);
    expect(fullYear.grade?.code).toBe('QUALIFIED');
    expect(fullYear.consequences).toEqual([]);
  });

  it('D: ≥ 90 makes a member a candidate for 优秀 (chosen among the top-ranked); an activist is scored alike but not graded', () => {
    const entries = [
      // Q1: 40 + 50 + (突出贡献 5 + 中央表彰 5) = 100
      ...fullTasks('2024-02-10', 11),
      entry('outstandingContribution', '2024-03-01'),
      entry('honour', '2024-03-02', { level: 'NATIONAL' }),
      // Q2: 40 + 44 = 84
      ...fullTasks('2024-05-10', 5),
      // Q3: 40 + 50 + (市级表彰 3 + 其他 1) = 94
      ...fullTasks('2024-08-10', 11),
      entry('honour', '2024-09-01', { level: 'CITY' }),
      entry('otherReward', '2024-09-02', { points: 1 }),
      // Q4: 40 + 50 = 90
      ...fullTasks('2024-11-10', 11),
    ];
    // (100 + 84 + 94 + 90) ÷ 4 = 368 ÷ 4 = 92
    // basic 160 ÷ 4 = 40; task (50 + 44 + 50 + 50) ÷ 4 = 48.5; reward (10 + 0 + 4 + 0) ÷ 4 = 3.5
    const member = scoreWith(enterpriseQuarterly, { period: '2024', asOf: '2025-01-10', entries });
    expect(contributions(member)).toEqual({ basic: 40, task: 48.5, reward: 3.5 });
    expect(member.total).toBe(92);
    expect(member.selectionCandidate).toEqual({ code: 'EXCELLENT', name: '优秀' });
    expect(member.grade?.code).toBe('QUALIFIED');
    expect(member.consequences).toEqual([]);

    const activist = scoreWith(enterpriseQuarterly, {
      period: '2024',
      asOf: '2025-01-10',
      memberKind: 'ACTIVIST',
      entries,
    });
    expect(activist.total).toBe(92);
    expect(contributions(activist)).toEqual({ basic: 40, task: 48.5, reward: 3.5 });
    expect(activist.graded).toBe(false);
    expect(activist.grade).toBeNull();
    expect(activist.selectionCandidate).toBeNull();
    expect(activist.consequences).toEqual([]);
  });
});
