import { checkRuleDocument } from '../document/rule-document.validate';
import { districtOffice } from './district-office.template';
import { contributions, entry, scoreWith } from './template-test-kit';

const year = { period: '2024', asOf: '2025-01-10' };
/** A vote table row, typed as the facts take it. */
const votes = (counts: Record<string, number>) => counts;
const codes = (list: { code: string }[]) => list.map((c) => c.code);
const section = (result: ReturnType<typeof scoreWith>, code: string) =>
  result.components[0].sections.find((s) => s.code === code)?.score;

describe('T2 district-office (区属机关)', () => {
  it('is a valid rule document', () => {
    expect(checkRuleDocument(districtOffice.rules)).toMatchObject({ ok: true });
    expect(districtOffice.code).toBe('district-office');
    // 4:1 — daily 80 plus the review on 100 at 20%
    expect(districtOffice.rules.components.map((c) => [c.code, c.kind, c.max ?? null, c.weight ?? 1])).toEqual([
      ['daily', 'DEDUCTED', 80, 1],
      ['review', 'REVIEW', 100, 0.2],
      ['reward', 'BONUS', null, 1],
      ['deduction', 'PENALTY', null, 1],
    ]);
    expect(districtOffice.rules.components[0].sections?.map((s) => [s.label, s.max])).toEqual([
      ['带头学习提高', 15],
      ['带头争创佳绩', 15],
      ['带头服务群众', 15],
      ['带头遵纪守法', 20],
      ['带头弘扬正气', 15],
    ]);
  });

  it('A: the article cap of 3 and the extra-commitment cap of 2 are reached; one honour matter counts at its highest level; ≥80 is only a candidate for 优秀', () => {
    const result = scoreWith(districtOffice, {
      ...year,
      votes: { GOOD: 20 },
      entries: [
        entry('studyLapse', '2024-03-10', { points: 2 }),
        entry('lawAbidingLapse', '2024-05-10', { points: 3 }),
        entry('article', '2024-02-01', { level: 'CITY' }),
        entry('article', '2024-04-01', { level: 'PROVINCIAL' }),
        entry('article', '2024-06-01', { level: 'COUNTY' }),
        entry('honour', '2024-05-01', { level: 'COUNTY', matter: '防汛抢险' }),
        entry('honour', '2024-07-01', { level: 'CITY', matter: '防汛抢险' }),
        entry('honour', '2024-09-01', { level: 'BRANCH', matter: '七一表彰' }),
        entry('innovation', '2024-08-01'),
        entry('innovationOutstanding', '2024-10-01'),
        entry('extraCommitment', '2024-04-15', { points: 1.5 }),
        entry('extraCommitment', '2024-11-15', { points: 1 }),
      ],
    });
    // daily: study 15 − 2 = 13, law 20 − 3 = 17, the rest full: 13 + 15 + 15 + 17 + 15 = 75
    // review: 20 好 → 20 × 1 ÷ 20 × 100 = 100 → × 0.2 = 20
    // reward: articles 2 + 2 + 1 = 5 → capped 3; honours 防汛抢险 max(4, 5) = 5 + 七一 2 = 7;
    //         innovation 3 + 5 = 8; extra commitments 1.5 + 1 = 2.5 → capped 2; 3 + 7 + 8 + 2 = 20
    // total 75 + 20 + 20 − 0 = 115
    expect(contributions(result)).toEqual({ daily: 75, review: 20, reward: 20, deduction: 0 });
    expect(section(result, 'study')).toBe(13);
    expect(section(result, 'lawAbiding')).toBe(17);
    const items = Object.fromEntries(result.components[2].items.map((i) => [i.code, i.points]));
    expect(items).toEqual({ article: 3, honour: 7, innovation: 3, innovationOutstanding: 5, extraCommitment: 2 });
    expect(result.components[2].items.find((i) => i.code === 'honour')?.excluded).toHaveLength(1);
    expect(result.total).toBe(115);
    // 优秀 is given by selection among those ≥ 80: a candidate, 合格 until chosen
    expect(result.selectionCandidate).toEqual({ code: 'EXCELLENT', name: '优秀' });
    expect(result.grade).toEqual({ code: 'QUALIFIED', name: '合格' });
    expect(result.consequences).toEqual([]);
    expect(result.eligibilities).toEqual([
      expect.objectContaining({ code: 'honourRecommendation', status: 'ELIGIBLE' }),
    ]);
    expect(result.explanation.some((s) => s.text.includes('超过本项上限 3 分'))).toBe(true);
    expect(result.explanation.some((s) => s.text.includes('超过本项上限 2 分'))).toBe(true);
  });

  it.each([
    // daily 80 − 6 − 5 = 69; review (2 × 1 + 1 × 0.8) ÷ 3 × 100 = 93.33… → 93.3, × 0.2 = 18.66 → 18.7;
    // deductions 3 + 3 + 2.5 = 8.5; total 69 + 18.7 − 8.5 = 79.2 → 合格, not a candidate
    { other: 2.5, deduction: 8.5, total: 79.2, grade: 'QUALIFIED', candidate: null, honour: 'NOT_ELIGIBLE' },
    // the same with the other incident at 1.7: deductions 7.7; 69 + 18.7 − 7.7 = 80 → reaches the 优秀 line (inclusive)
    { other: 1.7, deduction: 7.7, total: 80, grade: 'QUALIFIED', candidate: 'EXCELLENT', honour: 'ELIGIBLE' },
  ])(
    'B: review votes 2 好 + 1 一般 round twice (93.3, then 18.7); other incident $other → $total',
    ({ other, deduction, total, grade, candidate, honour }) => {
      const result = scoreWith(districtOffice, {
        ...year,
        votes: { GOOD: 2, FAIR: 1 },
        entries: [
          entry('serviceLapse', '2024-04-01', { points: 6 }),
          entry('achievementLapse', '2024-06-01', { points: 5 }),
          entry('dutyFailure', '2024-07-01'),
          entry('complaint', '2024-08-01'),
          entry('otherIncident', '2024-09-01', { points: other }),
        ],
      });
      expect(result.components[1].score).toBe(93.3);
      expect(contributions(result)).toEqual({ daily: 69, review: 18.7, reward: 0, deduction: -deduction });
      expect(result.total).toBe(total);
      expect(result.grade?.code).toBe(grade);
      expect(result.selectionCandidate?.code ?? null).toBe(candidate);
      expect(result.consequences).toEqual([]);
      expect(result.eligibilities.map((e) => e.status)).toEqual([honour]);
    },
  );

  /** 80 exactly, as in B: daily 69 + review 18.7 − deductions 7.7 (the other incident at 1.7). */
  const eighty = () => [
    entry('serviceLapse', '2024-04-01', { points: 6 }),
    entry('achievementLapse', '2024-06-01', { points: 5 }),
    entry('dutyFailure', '2024-07-01'),
    entry('complaint', '2024-08-01'),
    entry('otherIncident', '2024-09-01', { points: 1.7 }),
  ];
  it.each([
    // [rank, grade, the grading line]: places = ⌊20% × ranked⌋; ties at the cut-off all take 优秀, the excess said
    [
      { position: 1, of: 10 },
      'EXCELLENT',
      '80 分 ≥ 80，“优秀”按支部排名在前 20% 的评定（2 个名额），排名第 1（共 10 人），评为“优秀”',
    ],
    [
      { position: 2, of: 10 },
      'EXCELLENT',
      '80 分 ≥ 80，“优秀”按支部排名在前 20% 的评定（2 个名额），排名第 2（共 10 人），评为“优秀”',
    ],
    // 2nd with two others (2, 2, 2 take places 2–4): all three take 优秀, two past the two places
    [
      { position: 2, of: 10, tied: 3 },
      'EXCELLENT',
      '80 分 ≥ 80，“优秀”按支部排名在前 20% 的评定（2 个名额），排名第 2（共 10 人，3 人并列），评为“优秀”；并列者均评为“优秀”，超出比例 2 人',
    ],
    [
      { position: 3, of: 10 },
      'QUALIFIED',
      '80 分达到“优秀”分数线 80 分；“优秀”按支部排名在前 20% 的评定（2 个名额），排名第 3（共 10 人），不在其内',
      '80 分 ≥ 60，评为“合格”',
    ],
    // 20% of 4 is 0.8: no place (the share is never exceeded but by a tie)
    [
      { position: 1, of: 4 },
      'QUALIFIED',
      '80 分达到“优秀”分数线 80 分；“优秀”按支部排名在前 20% 的评定（0 个名额），排名第 1（共 4 人），不在其内',
      '80 分 ≥ 60，评为“合格”',
    ],
  ] as const)('C: 优秀 by proportion goes by the place in the branch: %j → %s', (rank, grade, ...lines) => {
    const result = scoreWith(districtOffice, { ...year, votes: { GOOD: 2, FAIR: 1 }, entries: eighty(), rank });
    expect(result.total).toBe(80);
    expect(result.grade?.code).toBe(grade);
    expect(result.selectionCandidate).toBeNull();
    expect(result.explanation.filter((s) => s.rule === '等次').map((s) => s.text)).toEqual(lines);
  });

  it('C: without a place in the branch, 80 is a candidate for 优秀 pending the ranking; below 80 the place does not matter', () => {
    const pending = scoreWith(districtOffice, { ...year, votes: { GOOD: 2, FAIR: 1 }, entries: eighty() });
    expect([pending.grade?.code, pending.selectionCandidate?.code]).toEqual(['QUALIFIED', 'EXCELLENT']);
    expect(pending.explanation.filter((s) => s.rule === '等次').map((s) => s.text)).toEqual([
      '80 分达到“优秀”分数线 80 分；“优秀”按支部排名在前 20% 的评定，需要支部排名后确定，暂为“合格”',
    ]);
    const below = scoreWith(districtOffice, {
      ...year,
      votes: { GOOD: 2, FAIR: 1 },
      entries: [...eighty().slice(0, 4), entry('otherIncident', '2024-09-01', { points: 2.5 })],
      rank: { position: 1, of: 10 },
    });
    expect([below.total, below.grade?.code, below.selectionCandidate]).toEqual([79.2, 'QUALIFIED', null]);
  });

  it.each([
    // law 20 − (20 + 5) → 0 (扣完为止, the excess does not reach other sections); study 15 − 15 = 0;
    // daily 0 + 15 + 15 + 0 + 15 = 45; review (3 × 0.8 + 9 × 0.6) ÷ 12 × 100 = 65 → × 0.2 = 13;
    // misconduct 3; total 45 + 13 − 3 = 55 < 60 → 不合格: admonishment and rectification
    {
      votes: votes({ FAIR: 3, POOR: 9 }),
      misconduct: true,
      review: 13,
      deduction: -3,
      total: 55,
      grade: 'UNQUALIFIED',
      consequences: ['ADMONISHMENT', 'RECTIFY'],
    },
    // the same daily 45; review (1 + 0.8 + 2 × 0.6) ÷ 4 × 100 = 75 → 15; no deduction; 45 + 15 = 60 → 合格 (60 is not “60 分以下”)
    {
      votes: votes({ GOOD: 1, FAIR: 1, POOR: 2 }),
      misconduct: false,
      review: 15,
      deduction: 0,
      total: 60,
      grade: 'QUALIFIED',
      consequences: [],
    },
  ])(
    'C: a section deducted past its full score stops at 0; total $total → $grade',
    ({ votes, misconduct, review, deduction, total, grade, consequences }) => {
      const result = scoreWith(districtOffice, {
        ...year,
        votes,
        entries: [
          entry('lawAbidingLapse', '2024-03-01', { points: 20 }),
          entry('lawAbidingLapse', '2024-06-01', { points: 5 }),
          entry('studyLapse', '2024-07-01', { points: 15 }),
          ...(misconduct ? [entry('misconduct', '2024-08-01')] : []),
        ],
      });
      expect(section(result, 'lawAbiding')).toBe(0);
      expect(section(result, 'study')).toBe(0);
      expect(section(result, 'service')).toBe(15);
      expect(contributions(result)).toEqual({ daily: 45, review, reward: 0, deduction });
      expect(result.total).toBe(total);
      expect(result.grade?.code).toBe(grade);
      expect(result.selectionCandidate).toBeNull();
      expect(codes(result.consequences)).toEqual(consequences);
      expect(
        result.explanation.some((s) => s.rule === '日常行为积分 › 带头遵纪守法' && s.text.includes('扣完为止')),
      ).toBe(true);
    },
  );

  it('D: a one-vote veto makes the year 0 whatever the score: 不合格, no honour recommendation; the quarter before it is untouched', () => {
    const facts = {
      votes: { GOOD: 10 },
      entries: [entry('innovation', '2024-05-01')],
      conditions: [{ code: 'disciplineViolation', date: '2024-09-15' }],
    };
    const result = scoreWith(districtOffice, { ...year, ...facts });
    // daily 80 + review 100 × 0.2 = 20 + innovation 3 = 103, but the veto makes the total 0
    expect(contributions(result)).toEqual({ daily: 80, review: 20, reward: 3, deduction: 0 });
    expect(result.veto).toMatchObject({ code: 'disciplineViolation', date: '2024-09-15' });
    expect(result.total).toBe(0);
    expect(result.grade?.code).toBe('UNQUALIFIED');
    expect(result.selectionCandidate).toBeNull();
    expect(codes(result.consequences)).toEqual(['ADMONISHMENT', 'RECTIFY']);
    expect(result.eligibilities).toEqual([
      expect.objectContaining({ code: 'honourRecommendation', status: 'NOT_ELIGIBLE', reason: '一票否决' }),
    ]);
    // Q2 to date (1 Jan – 30 Jun), no votes yet: 80 + 0 + 3 = 83, the veto of 15 Sep is not in it
    const q2 = scoreWith(districtOffice, {
      period: '2024-Q2',
      asOf: '2024-06-30',
      entries: facts.entries,
      conditions: facts.conditions,
    });
    expect(q2.veto).toBeNull();
    expect(q2.total).toBe(83);
    expect(q2.reviewPending).toBe(true);
    expect(q2.grade).toBeNull();
    // Q3 to date holds 15 Sep: 0
    const q3 = scoreWith(districtOffice, {
      period: '2024-Q3',
      asOf: '2024-09-30',
      entries: facts.entries,
      conditions: facts.conditions,
    });
    expect(q3.total).toBe(0);
  });

  it('E: the cycle boundary: 31 December counts in 2024, 1 January in 2025; quarters show the running year and are not graded', () => {
    const facts = [
      entry('studyLapse', '2024-12-31', { points: 4 }),
      entry('studyLapse', '2025-01-01', { points: 6 }),
      entry('article', '2024-12-31', { level: 'COUNTY' }),
      entry('article', '2025-01-01', { level: 'CITY' }),
    ];
    // 2024: daily 80 − 4 = 76; review (4 + 0.8) ÷ 5 × 100 = 96 → × 0.2 = 19.2; article (区级) 1; 76 + 19.2 + 1 = 96.2
    const y2024 = scoreWith(districtOffice, { ...year, votes: { GOOD: 4, FAIR: 1 }, entries: facts });
    expect(contributions(y2024)).toEqual({ daily: 76, review: 19.2, reward: 1, deduction: 0 });
    expect(y2024.total).toBe(96.2);
    expect(y2024.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    // 2025 (no votes yet): daily 80 − 6 = 74; article (市级) 2; review pending 0; 74 + 2 = 76 → 合格
    const y2025 = scoreWith(districtOffice, { period: '2025', asOf: '2025-12-31', entries: facts });
    expect(contributions(y2025)).toEqual({ daily: 74, review: 0, reward: 2, deduction: 0 });
    expect(y2025.total).toBe(76);
    expect(y2025.reviewPending).toBe(true);
    expect(y2025.grade?.code).toBe('QUALIFIED');
    // 2024-Q4 to date: the year's entries from 1 Jan to 31 Dec → daily 76, reward 1; not graded
    const q4 = scoreWith(districtOffice, { period: '2024-Q4', asOf: '2024-12-31', entries: facts });
    expect(q4.period).toMatchObject({ start: '2024-10-01', end: '2024-12-31', toDate: true });
    expect(contributions(q4)).toEqual({ daily: 76, review: 0, reward: 1, deduction: 0 });
    expect(q4.grade).toBeNull();
    // 2025-H1: only 2025's entries
    const h1 = scoreWith(districtOffice, { period: '2025-H1', asOf: '2025-06-30', entries: facts });
    expect(h1.total).toBe(76);
  });
});
