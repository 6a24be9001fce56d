import { EntryFact } from '../engine/facts';
import { ScoreResult } from '../engine/score-result';
import { checkRuleDocument } from '../document/rule-document.validate';
import { financeBureau } from './finance-bureau.template';
import { contributions, entry, scoreWith } from './template-test-kit';

const year = { period: '2024', asOf: '2025-01-10' };
const codes = (result: ScoreResult) => result.consequences.map((c) => c.code);
const eligibility = (result: ScoreResult) => Object.fromEntries(result.eligibilities.map((e) => [e.code, e.status]));
/** Task points in each of the four quarters, as 单位分配工作任务 entries in the quarter's second month. */
const tasks = (...perQuarter: number[]): EntryFact[] =>
  perQuarter.map((points, q) => entry('assignedWork', `2024-${String(q * 3 + 2).padStart(2, '0')}-15`, { points }));

describe('T6 finance-bureau (财政局机关支部)', () => {
  it('is a valid rule document: base 7.5 and task 15 a quarter, reward ≤ 10 a year, seven common deductions of 5 on the base', () => {
    expect(checkRuleDocument(financeBureau.rules)).toMatchObject({ ok: true });
    const [base, task, reward] = financeBureau.rules.components;
    expect([base.kind, base.max, task.kind, task.max, reward.kind, reward.yearCap]).toEqual([
      'DEDUCTED',
      7.5,
      'EARNED',
      15,
      'BONUS',
      10,
    ]);
    expect(base.items?.filter((i) => i.points.mode === 'PER_OCCURRENCE' && i.points.value === 5)).toHaveLength(7);
    expect(financeBureau.rules.directGrades.map((d) => d.grade)).toEqual(Array(5).fill('UNQUALIFIED'));
    expect(financeBureau.rules.grading.gradedKinds).toEqual(['FULL']);
  });

  it('A: rewards of 14 in the year are cut to 10 by the year cap while every quarter is within it; ranks decide the honours', () => {
    const facts = [
      ...tasks(12, 14, 13, 12),
      entry('pledgedMatters', '2024-03-01', { points: 3 }),
      entry('honour', '2024-03-10', { level: 'CITY' }),
      entry('honour', '2024-05-10', { level: 'PROVINCIAL' }),
      entry('honour', '2024-08-10', { level: 'COUNTY' }),
      entry('leaderPraise', '2024-10-10'),
      entry('leaderPraise', '2024-11-10'),
      entry('emergencyContribution', '2024-12-10'),
    ];
    // Q2 alone: 7.5 + 14 + 省级 5 = 26.5; its reward 5 is within the quarter's 10
    const q2 = scoreWith(financeBureau, { period: '2024-Q2', asOf: '2024-07-05', entries: facts });
    expect(contributions(q2)).toEqual({ base: 7.5, task: 14, reward: 5 });
    expect(q2.total).toBe(26.5);
    expect(q2.grade).toBeNull();

    // Q1 7.5 + (12 + 3) + 市级 4 = 26.5; Q2 26.5; Q3 7.5 + 13 + 县级 3 = 23.5; Q4 7.5 + 12 + (0.5 + 0.5 + 1) = 21.5
    // rewards 4 + 5 + 3 + 2 = 14 > 10 → 10; total 26.5 + 26.5 + 23.5 + 21.5 = 98 − 4 = 94
    // components: base 4 × 7.5 = 30; task 15 + 14 + 13 + 12 = 54; reward 10 → 94
    const first = scoreWith(financeBureau, { ...year, entries: facts, rank: { position: 1, of: 10 } });
    expect(contributions(first)).toEqual({ base: 30, task: 54, reward: 10 });
    expect(first.total).toBe(94);
    expect(first.explanation.some((s) => s.text.includes('全年上限 10 分，本期之前已计 9 分，本期只计 1 分'))).toBe(
      true,
    );
    expect(first.grade?.code).toBe('EXCELLENT');
    expect(first.consequences).toEqual([]);
    // 94 ≥ 80 and ≥ 85, < 95; 1st of 10 is within the top 20%
    expect(eligibility(first)).toEqual({
      financeSystemHonours: 'ELIGIBLE',
      countyHonours: 'ELIGIBLE',
      cityHonours: 'NOT_ELIGIBLE',
    });
    // 2nd of 10: 2 ≤ 20% × 10, still in
    expect(eligibility(scoreWith(financeBureau, { ...year, entries: facts, rank: { position: 2, of: 10 } }))).toEqual({
      financeSystemHonours: 'ELIGIBLE',
      countyHonours: 'ELIGIBLE',
      cityHonours: 'NOT_ELIGIBLE',
    });
    // 2nd of 10 with another member tied (1, 2, 2 take places 2–3): both are in, one past the two places
    const tied = scoreWith(financeBureau, { ...year, entries: facts, rank: { position: 2, of: 10, tied: 2 } });
    expect(tied.eligibilities[0]).toMatchObject({
      status: 'ELIGIBLE',
      reason: '排名第 2（共 10 人，2 人并列），在前 20%内（并列者均计入，超出 1 人）',
    });
    // 2nd of 10 with two others tied (2, 2, 2 take places 2–4): all three in, two past the two places
    expect(
      scoreWith(financeBureau, { ...year, entries: facts, rank: { position: 2, of: 10, tied: 3 } }).eligibilities[0]
        .reason,
    ).toBe('排名第 2（共 10 人，3 人并列），在前 20%内（并列者均计入，超出 2 人）');
    // 3rd of 10: outside the top 20%, no honours whatever the score
    expect(eligibility(scoreWith(financeBureau, { ...year, entries: facts, rank: { position: 3, of: 10 } }))).toEqual({
      financeSystemHonours: 'NOT_ELIGIBLE',
      countyHonours: 'NOT_ELIGIBLE',
      cityHonours: 'NOT_ELIGIBLE',
    });
    // no rank yet: pending where the score is enough; 94 < 95 already rules out city honours
    expect(eligibility(scoreWith(financeBureau, { ...year, entries: facts }))).toEqual({
      financeSystemHonours: 'PENDING',
      countyHonours: 'PENDING',
      cityHonours: 'NOT_ELIGIBLE',
    });

    // mid-year (10 July): Q1 26.5 + Q2 26.5 + Q3 begun, to date 7.5 = 60.5; rewards 4 + 5 = 9, under the cap
    const midYear = scoreWith(financeBureau, { period: '2024', asOf: '2024-07-10', entries: facts });
    expect(contributions(midYear)).toEqual({ base: 22.5, task: 29, reward: 9 });
    expect(midYear.total).toBe(60.5);
  });

  it('B: deductions come from the base only, out of the year’s pool of 30 (扣完为止 over the year); the task points stay', () => {
    const facts = [
      ...tasks(15, 15, 15, 15),
      entry('gamblingSuperstition', '2024-05-10'),
      entry('skipBranchActivity', '2024-06-10'),
      entry('missedOrgLife', '2024-07-10'),
      entry('missedOrgLife', '2024-08-10'),
      entry('pledgeUnfulfilled', '2024-09-10'),
    ];
    // Q2: credited 7.5 + 7.5 = 15, deducted 5 + 5 = 10 → running 5; Q1 left it at 7.5 → Q2 base 5 − 7.5 = −2.5
    const q2 = scoreWith(financeBureau, { period: '2024-Q2', asOf: '2024-07-05', entries: facts });
    expect(contributions(q2)).toEqual({ base: -2.5, task: 15, reward: 0 });
    expect(q2.total).toBe(12.5);
    expect(
      q2.explanation.some(
        (s) =>
          s.rule === '基础分' &&
          s.text ===
            '本期计入 7.5 分，扣 10 分；本周期累计计入 15 分、累计扣 10 分，累计余 5 分；本期计 -2.5 分（扣分用去此前计入的分值）',
      ),
    ).toBe(true);

    // Q3: credited 22.5, deducted 10 + (1 + 1 + 3) = 15 → running 7.5 → Q3 base 7.5 − 5 = 2.5; Q4 7.5 → running 15
    // year: base 7.5 − 2.5 + 2.5 + 7.5 = 15 = 30 − 15; task 60 → 75 → 合格
    const result = scoreWith(financeBureau, { ...year, entries: facts, rank: { position: 1, of: 10 } });
    expect(contributions(result)).toEqual({ base: 15, task: 60, reward: 0 });
    expect(result.total).toBe(75);
    expect(result.grade?.code).toBe('QUALIFIED');
    expect(result.consequences).toEqual([]);
    // first in the branch but below 80: no honours
    expect(eligibility(result)).toEqual({
      financeSystemHonours: 'NOT_ELIGIBLE',
      countyHonours: 'NOT_ELIGIBLE',
      cityHonours: 'NOT_ELIGIBLE',
    });
  });

  /** Six common deductions (5 each, 30 in all) on the days given: the quarters' base figures and the year's. */
  const cases = (...days: string[]) => days.map((day) => entry('workStyle', day));
  const quarterBases = (facts: EntryFact[]) =>
    [1, 2, 3, 4].map(
      (q) => contributions(scoreWith(financeBureau, { period: `2024-Q${q}`, asOf: '2025-01-10', entries: facts })).base,
    );
  it.each([
    // [where the cases fall, days, Q1–Q4 base, year base]: running = max(0, credited − deducted) after each quarter
    // all six in Q4: running 7.5, 15, 22.5, then 30 − 30 = 0 → Q4 −22.5 (under a quarter's own floor it was 22.5 + 0)
    [
      'all in Q4',
      ['2024-10-08', '2024-10-15', '2024-11-05', '2024-11-20', '2024-12-03', '2024-12-18'],
      [7.5, 7.5, 7.5, -22.5],
      0,
    ],
    // two a quarter in Q1–Q3: running max(0, 7.5 − 10) = 0, max(0, 15 − 20) = 0, max(0, 22.5 − 30) = 0, 30 − 30 = 0
    [
      'two a quarter in Q1–Q3',
      ['2024-01-10', '2024-02-10', '2024-04-10', '2024-05-10', '2024-07-10', '2024-08-10'],
      [0, 0, 0, 0],
      0,
    ],
    // one a quarter and two more in Q1: running 0 (7.5 − 15), 0 (15 − 20), 0 (22.5 − 25), 0 (30 − 30)
    [
      'three in Q1, one in each later quarter',
      ['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10', '2024-07-10', '2024-10-10'],
      [0, 0, 0, 0],
      0,
    ],
    // five in Q1 (25): running 0, 0, 0 (22.5 − 25), then 30 − 25 = 5 → Q4 5; the year 5 = 30 − 25
    ['five in Q1', ['2024-01-10', '2024-01-20', '2024-02-10', '2024-02-20', '2024-03-10'], [0, 0, 0, 5], 5],
    // seven (35) in Q2–Q3: running 7.5, 0 (15 − 20), 0 (22.5 − 35), 0 (30 − 35): used up, never below 0
    [
      'seven in Q2 and Q3',
      ['2024-04-10', '2024-05-10', '2024-06-10', '2024-06-20', '2024-07-10', '2024-08-10', '2024-09-10'],
      [7.5, -7.5, 0, 0],
      0,
    ],
  ] as [string, string[], number[], number][])(
    'F: the base is one pool of 30 for the year (%s)',
    (_where, days, perQuarter, yearBase) => {
      const facts = [...tasks(15, 15, 15, 15), ...cases(...days)];
      expect(quarterBases(facts)).toEqual(perQuarter);
      const result = scoreWith(financeBureau, { ...year, entries: facts });
      expect(contributions(result)).toEqual({ base: yearBase, task: 60, reward: 0 });
      expect(result.total).toBe(yearBase + 60);
    },
  );

  it('F: mid-year the running base is what was credited so far less what was deducted, never below 0', () => {
    // six cases in Q1, as of 10 July (Q3 begun): credited 22.5, deducted 30 → running 0; tasks Q1 + Q2 + Q3 to date
    const facts = [
      ...tasks(15, 15, 15, 15),
      ...cases('2024-01-10', '2024-01-20', '2024-02-10', '2024-02-20', '2024-03-10', '2024-03-20'),
    ];
    const midYear = scoreWith(financeBureau, { period: '2024', asOf: '2024-07-10', entries: facts });
    expect(contributions(midYear)).toEqual({ base: 0, task: 30, reward: 0 });
    expect(midYear.total).toBe(30);
    expect(midYear.explanation.map((s) => s.text)).toContain(
      '本期计入 7.5 分，无扣分；本周期累计计入 22.5 分、累计扣 30 分，扣完为止，累计余 0 分；本期计 0 分',
    );
  });

  it('C: 侵占集体资产 makes a member 不合格 whatever the score → 帮教; a condition after the year does not', () => {
    const facts = [...tasks(15, 15, 15, 15), entry('honour', '2024-04-01', { level: 'NATIONAL' })];
    // 30 + 60 + 5 = 95
    const result = scoreWith(financeBureau, {
      ...year,
      entries: facts,
      rank: { position: 1, of: 10 },
      conditions: [{ code: 'embezzlement', date: '2024-09-01' }],
    });
    expect(contributions(result)).toEqual({ base: 30, task: 60, reward: 5 });
    expect(result.total).toBe(95);
    expect(result.forcedGrade).toEqual({
      code: 'embezzlement',
      label: '侵占集体资产或挪用集体资金',
      date: '2024-09-01',
      grade: 'UNQUALIFIED',
    });
    expect(result.grade?.code).toBe('UNQUALIFIED');
    expect(codes(result)).toEqual(['HELP_EDUCATION']);
    expect(eligibility(result)).toEqual({
      financeSystemHonours: 'NOT_ELIGIBLE',
      countyHonours: 'NOT_ELIGIBLE',
      cityHonours: 'NOT_ELIGIBLE',
    });

    // the same conduct on 5 January 2025 belongs to the next year: 2024 stays 95 → 优秀, every honour open to the first of 10
    const clean = scoreWith(financeBureau, {
      ...year,
      entries: facts,
      rank: { position: 1, of: 10 },
      conditions: [{ code: 'embezzlement', date: '2025-01-05' }],
    });
    expect(clean.forcedGrade).toBeNull();
    expect(clean.grade?.code).toBe('EXCELLENT');
    expect(eligibility(clean)).toEqual({
      financeSystemHonours: 'ELIGIBLE',
      countyHonours: 'ELIGIBLE',
      cityHonours: 'ELIGIBLE',
    });
  });

  it('D: below 60 a full member is 不合格 → 帮教; probationary members and activists are scored alike but not graded', () => {
    const facts = [...tasks(5, 5, 5, 5), entry('lateDues', '2024-02-01')];
    // base (7.5 − 1) + 7.5 × 3 = 29; task 4 × 5 = 20 → 49
    const full = scoreWith(financeBureau, { ...year, entries: facts });
    expect(contributions(full)).toEqual({ base: 29, task: 20, reward: 0 });
    expect(full.total).toBe(49);
    expect(full.grade?.code).toBe('UNQUALIFIED');
    expect(codes(full)).toEqual(['HELP_EDUCATION']);

    for (const memberKind of ['PROBATIONARY', 'ACTIVIST'] as const) {
      const other = scoreWith(financeBureau, { ...year, memberKind, entries: facts, rank: { position: 1, of: 10 } });
      expect(other.total).toBe(49);
      expect(other.graded).toBe(false);
      expect(other.grade).toBeNull();
      expect(other.consequences).toEqual([]);
      expect(other.eligibilities).toEqual([]);
      // not graded: no eligibility line in the explanation either
      const labels = financeBureau.rules.eligibilities.map((e) => e.label);
      expect(other.explanation.filter((s) => labels.includes(s.rule))).toEqual([]);
    }
  });

  it.each([
    // [four quarters' task points, total, grade]: base 30 in every row
    [[12.5, 12.5, 12.5, 12.5], 80, 'EXCELLENT'],
    [[12.5, 12.5, 12.5, 12.4], 79.9, 'QUALIFIED'],
    [[7.5, 7.5, 7.5, 7.5], 60, 'QUALIFIED'],
    [[7.5, 7.5, 7.5, 7.4], 59.9, 'UNQUALIFIED'],
  ] as [number[], number, string][])('E: grade boundaries: 30 + Σ %j = %d → %s', (perQuarter, total, grade) => {
    const result = scoreWith(financeBureau, { ...year, entries: tasks(...perQuarter) });
    expect(result.total).toBe(total);
    expect(result.grade?.code).toBe(grade);
  });
});
