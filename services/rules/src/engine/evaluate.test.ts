import { checkRuleDocument } from '../document/rule-document.validate';
import { Component, Cycle, Item, RULE_FORMAT, RuleDocument } from '../document/rule-document.types';
import { evaluate } from './evaluate';
import { EntryFact, ScoreFacts } from './facts';
import { ScoreResult } from './score-result';

const YEARLY: Cycle = { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['QUARTER'] };
const QUARTERLY_SUM: Cycle = {
  start: { month: 1, day: 1 },
  scoredPer: 'QUARTER',
  combineUnits: 'SUM',
  periods: ['QUARTER'],
};
const QUARTERLY_MEAN: Cycle = { ...QUARTERLY_SUM, combineUnits: 'MEAN' };

const BANDS = [
  { code: 'EXCELLENT', name: '优秀', min: 90 },
  { code: 'QUALIFIED', name: '合格', min: 60 },
  { code: 'UNQUALIFIED', name: '不合格', min: 0 },
];

/** A valid rule document with the given components (checked, so a test never runs on rules the product refuses). */
function rules(components: Component[], more: Partial<RuleDocument> = {}): RuleDocument {
  const check = checkRuleDocument({
    format: RULE_FORMAT,
    name: '引擎测试方案',
    fullScore: 100,
    cycle: YEARLY,
    workflow: { publicityDays: 7 },
    components,
    vetoes: [],
    directGrades: [],
    grading: { per: 'YEAR', gradedKinds: ['FULL', 'PROBATIONARY'], bands: BANDS },
    consequences: [],
    eligibilities: [],
    awards: [],
    ...more,
  });
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.document;
}

const occurrence = (code: string, value: number, more: Partial<Item> = {}): Item => ({
  code,
  label: `项目 ${code}`,
  points: { mode: 'PER_OCCURRENCE', value },
  ...more,
});
const discretionary = (code: string, max: number, more: Partial<Item> = {}): Item => ({
  code,
  label: `项目 ${code}`,
  points: { mode: 'DISCRETIONARY', max },
  ...more,
});
const earned = (code: string, max: number, items: Item[], more: Partial<Component> = {}): Component => ({
  code,
  label: `构成 ${code}`,
  kind: 'EARNED',
  max,
  items,
  ...more,
});
const bonus = (code: string, items: Item[], more: Partial<Component> = {}): Component => ({
  code,
  label: `构成 ${code}`,
  kind: 'BONUS',
  items,
  ...more,
});

let ids = 0;
const entry = (item: string, date: string, more: Partial<EntryFact> = {}): EntryFact => ({
  id: `x${String(++ids).padStart(3, '0')}`,
  item,
  date,
  ...more,
});

function score(doc: RuleDocument, facts: Partial<ScoreFacts> = {}): ScoreResult {
  return evaluate(doc, { period: '2024', asOf: '2025-01-10', memberKind: 'FULL', entries: [], ...facts });
}

const itemOf = (result: ScoreResult, code: string) =>
  result.components.flatMap((c) => [...c.items, ...c.sections.flatMap((s) => s.items)]).find((i) => i.code === code)!;

describe('item mechanics', () => {
  it('highestPerMatter: of entries naming the same matter only the highest level counts; no matter, no grouping', () => {
    const doc = rules([
      earned('honours', 100, [
        {
          code: 'honour',
          label: '获得表彰',
          points: { mode: 'BY_LEVEL', values: { NATIONAL: 10, PROVINCIAL: 6, CITY: 3 } },
          highestPerMatter: true,
        },
      ]),
    ]);
    const city = entry('honour', '2024-03-01', { level: 'CITY', matter: '抗洪抢险' });
    const provincial = entry('honour', '2024-06-01', { level: 'PROVINCIAL', matter: '抗洪抢险' });
    const teaching = entry('honour', '2024-04-01', { level: 'CITY', matter: '支教' });
    const teachingAgain = entry('honour', '2024-09-01', { level: 'CITY', matter: '支教' }); // same level: the earlier stays
    const loose1 = entry('honour', '2024-05-01', { level: 'CITY' });
    const loose2 = entry('honour', '2024-05-02', { level: 'CITY', matter: '  ' });
    const result = score(doc, { entries: [city, provincial, teaching, teachingAgain, loose1, loose2] });
    const item = itemOf(result, 'honour');
    expect(item.points).toBe(15); // 6 + 3 + 3 + 3
    expect(item.counted.sort()).toEqual([provincial.id, teaching.id, loose1.id, loose2.id].sort());
    expect(item.excluded).toEqual([
      { entryId: city.id, reason: '同一事项（抗洪抢险）只计最高级别' },
      { entryId: teachingAgain.id, reason: '同一事项（支教）只计最高级别' },
    ]);
    expect(result.total).toBe(15);
  });

  it('sharedAmongContributors: each entry is split and rounded half up to a tenth (10 ÷ 3 = 3.3, 10 ÷ 6 = 1.7)', () => {
    const doc = rules([
      earned('contribution', 100, [
        occurrence('project', 10, { sharedAmongContributors: true }),
        occurrence('solo', 10),
      ]),
    ]);
    const result = score(doc, {
      entries: [
        entry('project', '2024-02-01', { contributors: 3 }),
        entry('project', '2024-03-01', { contributors: 3 }),
        entry('project', '2024-04-01', { contributors: 6 }),
        entry('project', '2024-05-01', { contributors: 1 }),
        entry('project', '2024-06-01'),
        entry('solo', '2024-07-01', { contributors: 4 }), // not a shared item: the count is ignored
      ],
    });
    expect(itemOf(result, 'project').points).toBe(28.3); // 3.3 + 3.3 + 1.7 + 10 + 10
    expect(itemOf(result, 'solo').points).toBe(10);
    expect(result.total).toBe(38.3);
    expect(result.explanation.some((s) => s.text.includes('3 个单位平分，计 3.3 分'))).toBe(true);
  });

  it("leadingMultiplier multiplies a leading entry, still within the item's points cap; 0.3 × 1.5 rounds to 0.5", () => {
    const doc = rules([
      earned('activity', 100, [
        occurrence('volunteer', 3, { leadingMultiplier: 2, cap: { points: 10 } }),
        occurrence('tidy', 0.3, { leadingMultiplier: 1.5 }),
      ]),
    ]);
    const uncapped = score(doc, {
      entries: [entry('volunteer', '2024-02-01', { leading: true }), entry('volunteer', '2024-03-01')],
    });
    expect(itemOf(uncapped, 'volunteer').points).toBe(9);
    const capped = score(doc, {
      entries: [
        entry('volunteer', '2024-02-01', { leading: true }),
        entry('volunteer', '2024-03-01', { leading: true }),
        entry('volunteer', '2024-04-01'),
      ],
    });
    expect(itemOf(capped, 'volunteer').points).toBe(10);
    expect(capped.explanation.some((s) => s.text.includes('合计 15 分，超过本项上限 10 分'))).toBe(true);
    const rounded = score(doc, {
      entries: [entry('tidy', '2024-02-01', { leading: true }), entry('tidy', '2024-02-02', { leading: false })],
    });
    expect(itemOf(rounded, 'tidy').points).toBe(0.8);
  });

  it('cap.count keeps the highest entries (the earliest among equals), so a further entry never lowers the item', () => {
    const doc = rules([earned('merit', 100, [discretionary('merit', 10, { cap: { count: 2 } })])]);
    const late = entry('merit', '2024-06-01', { points: 9, id: 'a-late' });
    const early = entry('merit', '2024-02-01', { points: 1, id: 'z-early' });
    const sameDayB = entry('merit', '2024-04-01', { points: 4, id: 'm-b' });
    const sameDayA = entry('merit', '2024-04-01', { points: 4, id: 'm-a' });
    const result = score(doc, { entries: [late, early, sameDayB, sameDayA] });
    const item = itemOf(result, 'merit');
    // 9 and one of the two 4s (m-a: same day, first by id) count: 13
    expect(item.counted).toEqual(['m-a', 'a-late']);
    expect(item.points).toBe(13);
    expect(item.excluded).toEqual([
      { entryId: 'z-early', reason: '每期最多计 2 次，只计分值最高的' },
      { entryId: 'm-b', reason: '每期最多计 2 次，只计分值最高的' },
    ]);
  });
});

describe('exemption (不纳入积分管理)', () => {
  const doc = rules([earned('work', 100, [occurrence('task', 10)])]);
  const work = [entry('task', '2024-02-01'), entry('task', '2024-08-01')];

  it('an exempt member is neither scored nor graded', () => {
    const result = score(doc, { entries: work, exemption: { from: '2024-03-01', reason: '长期外出务工' } });
    expect(result).toMatchObject({
      status: 'EXEMPT',
      total: null,
      components: [],
      graded: false,
      grade: null,
      consequences: [],
      eligibilities: [],
    });
    expect(result.explanation).toEqual([
      expect.objectContaining({ rule: '不纳入积分管理', text: expect.stringContaining('长期外出务工') }),
    ]);
  });

  it('with a manual total, the year shows the score the branch gave', () => {
    const result = score(doc, {
      entries: work,
      exemption: { from: '2024-03-01', reason: '长期外出务工', manualTotal: 75.5 },
    });
    expect(result).toMatchObject({ status: 'EXEMPT', total: 75.5, graded: false, grade: null });
    expect(result.explanation[0].text).toContain('给予积分 75.5 分');
  });

  it("an exemption that ended before the period's end, or starts after asOf, does not apply", () => {
    expect(
      score(doc, { entries: work, exemption: { from: '2024-03-01', until: '2024-06-30', reason: '住院治疗' } }),
    ).toMatchObject({ status: 'SCORED', total: 20 });
    expect(
      score(doc, { asOf: '2024-09-01', entries: work, exemption: { from: '2024-10-01', reason: '外出' } }),
    ).toMatchObject({ status: 'SCORED', total: 20 });
  });
});

describe('grading and outcomes', () => {
  it('grading.per: grades only in the grading period; other periods show scores only', () => {
    const doc = rules([earned('work', 100, [occurrence('task', 50)])], {
      grading: { per: 'HALF_YEAR', gradedKinds: ['FULL'], bands: BANDS },
    });
    const entries = [entry('task', '2024-02-01'), entry('task', '2024-03-01')];
    const half = score(doc, { period: '2024-H1', asOf: '2024-07-05', entries });
    expect(half).toMatchObject({ total: 100, graded: true, grade: { code: 'EXCELLENT' } });
    const year = score(doc, { entries });
    expect(year).toMatchObject({ total: 100, graded: false, grade: null });
    expect(year.explanation.some((s) => s.text.includes('按半年评定等次，本期不评定'))).toBe(true);
    const quarter = score(doc, { period: '2024-Q1', asOf: '2024-04-05', entries });
    expect(quarter).toMatchObject({ graded: false, grade: null });
  });

  it('a kind not in gradedKinds is scored but not graded', () => {
    const doc = rules([earned('work', 100, [occurrence('task', 50)])], {
      grading: { per: 'YEAR', gradedKinds: ['FULL'], bands: BANDS },
    });
    expect(score(doc, { memberKind: 'ACTIVIST', entries: [entry('task', '2024-02-01')] })).toMatchObject({
      total: 50,
      graded: false,
      grade: null,
      eligibilities: [],
    });
  });

  it('consecutive: the consequence needs this many graded periods running in the grades, the current one included', () => {
    const doc = rules([earned('work', 100, [occurrence('task', 10)])], {
      consequences: [{ code: 'DISPOSAL', label: '连续三年不合格', when: { grades: ['UNQUALIFIED'], consecutive: 3 } }],
    });
    const codes = (entries: EntryFact[], previousGrades: string[]) =>
      score(doc, { entries, previousGrades }).consequences.map((c) => c.code);
    const poor = [entry('task', '2024-02-01')]; // 10 → 不合格
    const fine = [...poor, ...Array.from({ length: 6 }, () => entry('task', '2024-03-01'))]; // 70 → 合格
    expect(codes(poor, ['UNQUALIFIED', 'UNQUALIFIED'])).toEqual(['DISPOSAL']);
    expect(codes(poor, ['EXCELLENT', 'UNQUALIFIED', 'UNQUALIFIED'])).toEqual(['DISPOSAL']);
    expect(codes(poor, ['UNQUALIFIED', 'QUALIFIED', 'UNQUALIFIED'])).toEqual([]);
    expect(codes(poor, ['UNQUALIFIED'])).toEqual([]);
    expect(codes(poor, [])).toEqual([]);
    expect(codes(fine, ['UNQUALIFIED', 'UNQUALIFIED'])).toEqual([]);
    // Earlier grades by their names count as their codes.
    expect(codes(poor, ['不合格', '不合格'])).toEqual(['DISPOSAL']);
    expect(codes(poor, ['不合格', '合格'])).toEqual([]);
  });

  describe('eligibilities', () => {
    const doc = rules([earned('work', 100, [discretionary('result', 100, { cap: { count: 1 } })])], {
      eligibilities: [
        { code: 'TOP20', label: '前 20%', topShare: 0.2 },
        { code: 'TOP3', label: '前 3 名', minTotal: 60, topRank: 3 },
        { code: 'REWARD', label: '物质奖励', minTotal: 60, yuanPerPoint: 5 },
      ],
    });
    const withTotal = (points: number, rank?: { position: number; of: number }) =>
      Object.fromEntries(
        score(doc, { entries: [entry('result', '2024-12-01', { points })], rank }).eligibilities.map((e) => [
          e.code,
          e.status,
        ]),
      );

    it.each<[string, { position: number; of: number } | undefined, Record<string, string>]>([
      ['no rank yet: PENDING', undefined, { TOP20: 'PENDING', TOP3: 'PENDING', REWARD: 'ELIGIBLE' }],
      [
        '2 of 10: inside 20% and top 3',
        { position: 2, of: 10 },
        { TOP20: 'ELIGIBLE', TOP3: 'ELIGIBLE', REWARD: 'ELIGIBLE' },
      ],
      [
        '3 of 10: outside 20%, inside top 3',
        { position: 3, of: 10 },
        { TOP20: 'NOT_ELIGIBLE', TOP3: 'ELIGIBLE', REWARD: 'ELIGIBLE' },
      ],
      [
        '4 of 10: outside both',
        { position: 4, of: 10 },
        { TOP20: 'NOT_ELIGIBLE', TOP3: 'NOT_ELIGIBLE', REWARD: 'ELIGIBLE' },
      ],
      [
        '1 of 3: 20% of 3 is less than one place',
        { position: 1, of: 3 },
        { TOP20: 'NOT_ELIGIBLE', TOP3: 'ELIGIBLE', REWARD: 'ELIGIBLE' },
      ],
      [
        '1 of 5: exactly one place',
        { position: 1, of: 5 },
        { TOP20: 'ELIGIBLE', TOP3: 'ELIGIBLE', REWARD: 'ELIGIBLE' },
      ],
    ])('%s', (_name, rank, expected) => {
      expect(withTotal(87.3, rank)).toEqual(expected);
    });

    it('below minTotal is NOT_ELIGIBLE even without a rank (not PENDING)', () => {
      expect(withTotal(59.9)).toEqual({ TOP20: 'PENDING', TOP3: 'NOT_ELIGIBLE', REWARD: 'NOT_ELIGIBLE' });
    });

    it('yuanPerPoint gives the most a reward may be: 87.3 points × ¥5 = ¥436.5', () => {
      const reward = score(doc, { entries: [entry('result', '2024-12-01', { points: 87.3 })] }).eligibilities.find(
        (e) => e.code === 'REWARD',
      )!;
      expect(reward).toMatchObject({ status: 'ELIGIBLE', maxRewardYuan: 436.5 });
      expect(reward.reason).toContain('最多 436.5 元');
    });

    it('a veto makes every eligibility NOT_ELIGIBLE', () => {
      const vetoed = rules(doc.components, {
        eligibilities: doc.eligibilities,
        vetoes: [{ code: 'crime', label: '违法犯罪' }],
      });
      const result = score(vetoed, {
        entries: [entry('result', '2024-12-01', { points: 95 })],
        conditions: [{ code: 'crime', date: '2024-06-01' }],
        rank: { position: 1, of: 10 },
      });
      expect(result.total).toBe(0);
      expect(result.eligibilities.map((e) => [e.code, e.status, e.reason])).toEqual([
        ['TOP20', 'NOT_ELIGIBLE', '一票否决'],
        ['TOP3', 'NOT_ELIGIBLE', '一票否决'],
        ['REWARD', 'NOT_ELIGIBLE', '一票否决'],
      ]);
    });
  });

  it('a direct grade forces the grade whatever the score', () => {
    const doc = rules([earned('work', 100, [occurrence('task', 50)])], {
      directGrades: [{ code: 'misconduct', label: '严重违纪', grade: 'UNQUALIFIED' }],
    });
    const result = score(doc, {
      entries: [entry('task', '2024-02-01'), entry('task', '2024-03-01')],
      conditions: [{ code: 'misconduct', date: '2024-05-01' }],
    });
    expect(result).toMatchObject({
      total: 100,
      grade: { code: 'UNQUALIFIED' },
      forcedGrade: { code: 'misconduct', grade: 'UNQUALIFIED', date: '2024-05-01' },
    });
  });

  it("award basis: the component's points in each award period, only for periods of the award's kind", () => {
    const doc = rules([earned('base', 100, [occurrence('task', 5)]), bonus('contribution', [occurrence('deed', 2)])], {
      awards: [{ code: 'STAR', label: '当季星级党员', per: 'QUARTER', component: 'contribution' }],
    });
    const entries = [
      entry('deed', '2024-02-01'),
      entry('deed', '2024-05-01'),
      entry('deed', '2024-06-01'),
      entry('task', '2024-05-02'),
      entry('deed', '2024-07-01'),
    ];
    expect(score(doc, { period: '2024-Q2', asOf: '2024-07-05', entries }).awardBasis).toEqual([
      { code: 'STAR', label: '当季星级党员', value: 4 },
    ]);
    expect(score(doc, { period: '2024-Q1', asOf: '2024-04-05', entries }).awardBasis).toEqual([
      { code: 'STAR', label: '当季星级党员', value: 2 },
    ]);
    // Scored to date, Q2 of a yearly scheme shows the running total, but the award counts the quarter only.
    expect(score(doc, { period: '2024-Q2', asOf: '2024-07-05', entries }).total).toBe(11);
    expect(score(doc, { entries }).awardBasis).toEqual([]);
    // A vetoed member cannot win: the basis is 0.
    const vetoed = rules(doc.components, { awards: doc.awards, vetoes: [{ code: 'crime', label: '违法犯罪' }] });
    expect(
      score(vetoed, {
        period: '2024-Q2',
        asOf: '2024-07-05',
        entries,
        conditions: [{ code: 'crime', date: '2024-04-20' }],
      }).awardBasis,
    ).toEqual([{ code: 'STAR', label: '当季星级党员', value: 0 }]);
  });
});

describe('combining units into the year', () => {
  it('SUM: each quarter capped by itself; the yearCap is a budget each quarter draws from in turn', () => {
    const doc = rules(
      [
        earned('task', 25, [occurrence('task', 5)]),
        bonus('bonus', [occurrence('deed', 3)], { cap: { points: 5 }, yearCap: 10 }),
      ],
      { cycle: QUARTERLY_SUM },
    );
    const entries = [
      ...Array.from({ length: 6 }, () => entry('task', '2024-02-01')), // Q1 task 30 → 25
      entry('deed', '2024-02-02'),
      entry('deed', '2024-02-03'), // Q1 bonus 6 → 5
      entry('task', '2024-05-01'),
      entry('task', '2024-05-02'), // Q2 task 10
      entry('deed', '2024-05-03'), // Q2 bonus 3
      entry('deed', '2024-08-01'),
      entry('deed', '2024-08-02'), // Q3 bonus 6 → 5, but only 10 − 5 − 3 = 2 of the year's budget is left
    ];
    const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map(
      (period) => score(doc, { period, asOf: '2025-01-10', entries }).total,
    );
    expect(quarters).toEqual([30, 13, 2, 0]);
    const year = score(doc, { entries });
    expect(year.components.map((c) => [c.code, c.score, c.contribution])).toEqual([
      ['task', 35, 35],
      ['bonus', 10, 10],
    ]);
    expect(year.total).toBe(45); // 30 + 13 + 2
    expect(year.explanation.some((s) => s.text.includes('全年上限 10 分，本期之前已计 8 分，本期只计 2 分'))).toBe(
      true,
    );
    // To date: only the quarters begun by asOf.
    expect(score(doc, { asOf: '2024-05-02', entries }).total).toBe(30 + 10);
  });

  it('MEAN: the year is the mean of the quarters, rounded half up ((80 + 90 + 85 + 86) ÷ 4 = 85.25 → 85.3)', () => {
    const doc = rules([earned('quarterly', 100, [discretionary('result', 100)])], { cycle: QUARTERLY_MEAN });
    const entries = [
      entry('result', '2024-03-20', { points: 80 }),
      entry('result', '2024-06-20', { points: 90 }),
      entry('result', '2024-09-20', { points: 85 }),
      entry('result', '2024-12-20', { points: 86 }),
    ];
    const year = score(doc, { entries });
    expect(year.total).toBe(85.3);
    expect(year.components[0].score).toBe(85.3);
    expect(year.explanation.some((s) => s.text.includes('（80 + 90 + 85 + 86）÷ 4 = 85.3 分'))).toBe(true);
    expect(year.components[0].items[0].points).toBe(85.3); // items are combined like their component
    // Mid-year, the mean is of the finished quarters: (80 + 90) ÷ 2, also while Q3 runs.
    expect(score(doc, { asOf: '2024-06-30', entries }).total).toBe(85);
    const running = score(doc, { asOf: '2024-09-25', entries });
    expect(running.total).toBe(85);
    expect(running.explanation.some((s) => s.text.includes('尚未结束，暂不计入平均'))).toBe(true);
    // Before any quarter has finished, the first one to date.
    expect(score(doc, { asOf: '2024-03-25', entries }).total).toBe(80);
  });

  it('a veto in one quarter makes the year 0, not the other quarters', () => {
    const doc = rules([earned('task', 25, [occurrence('task', 5)])], {
      cycle: QUARTERLY_SUM,
      vetoes: [{ code: 'crime', label: '违法犯罪' }],
    });
    const facts = {
      entries: [entry('task', '2024-02-01'), entry('task', '2024-05-01')],
      conditions: [{ code: 'crime', date: '2024-05-10' }],
    };
    expect(score(doc, { ...facts, period: '2024-Q1' }).total).toBe(5);
    expect(score(doc, { ...facts, period: '2024-Q2' })).toMatchObject({
      total: 0,
      veto: { code: 'crime', date: '2024-05-10' },
    });
    expect(score(doc, facts)).toMatchObject({ total: 0, veto: { code: 'crime' } });
  });

  it('lists a measure once when two rules give it, and each line of the explanation once', () => {
    const doc = rules([earned('task', 100, [occurrence('task', 50)])], {
      consequences: [
        { code: 'TALK', label: '合格以下：谈话', when: { below: 90 } },
        { code: 'TALK', label: '不合格：谈话', when: { grades: ['UNQUALIFIED'] } },
        { code: 'RECTIFY', label: '不合格：限期改正', when: { grades: ['UNQUALIFIED'] } },
      ],
    });
    const result = score(doc, { entries: [entry('task', '2024-03-01')] });
    // 50 < 60 → 不合格: both TALK rules hold, the first one counts
    expect(result.consequences).toEqual([
      { code: 'TALK', label: '合格以下：谈话' },
      { code: 'RECTIFY', label: '不合格：限期改正' },
    ]);
    const lines = result.explanation.map((s) => `${s.rule}|${s.text}`);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('a cycle pool (floor: CYCLE) in a quarterly mean: the year is the pool left ÷ 4, each quarter the move of the running figure', () => {
    const doc = rules(
      [{ code: 'base', label: '基础分', kind: 'DEDUCTED', max: 40, floor: 'CYCLE', items: [occurrence('lapse', 30)] }],
      { cycle: QUARTERLY_MEAN },
    );
    // two lapses in Q1 (60): running max(0, 40 − 60) = 0, 80 − 60 = 20, 120 − 60 = 60, 160 − 60 = 100
    const entries = [entry('lapse', '2024-01-10'), entry('lapse', '2024-02-10')];
    expect([1, 2, 3, 4].map((q) => score(doc, { period: `2024-Q${q}`, entries }).total)).toEqual([0, 20, 40, 40]);
    // (0 + 20 + 40 + 40) ÷ 4 = 25 = (160 − 60) ÷ 4
    expect(score(doc, { entries }).total).toBe(25);
  });
});
