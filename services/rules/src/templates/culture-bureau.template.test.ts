import { awardWinners } from '../engine/awards';
import { checkRuleDocument } from '../document/rule-document.validate';
import { cultureBureau } from './culture-bureau.template';
import { contributions, entries, entry, scoreWith } from './template-test-kit';

/** Cycle 2024 runs 26 Dec 2023 – 25 Dec 2024. */
const year = { period: '2024', asOf: '2025-01-05' };
/** A vote table row, typed as the facts take it. */
const votes = (counts: Record<string, number>) => counts;
const codes = (list: { code: string }[]) => list.map((c) => c.code);
const statuses = (result: ReturnType<typeof scoreWith>) =>
  Object.fromEntries(result.eligibilities.map((e) => [e.code, e.status]));

describe('T3 culture-bureau (区文旅局)', () => {
  it('is a valid rule document', () => {
    expect(checkRuleDocument(cultureBureau.rules)).toMatchObject({ ok: true });
    expect(cultureBureau.code).toBe('culture-bureau');
    const components = cultureBureau.rules.components;
    // 基础积分 80 = 40 + 20 + 20, all deducted, under one heading
    expect(components.filter((c) => c.group === '基础积分').map((c) => [c.code, c.kind, c.max])).toEqual([
      ['study', 'DEDUCTED', 40],
      ['discipline', 'DEDUCTED', 20],
      ['integrity', 'DEDUCTED', 20],
    ]);
    expect(components.find((c) => c.code === 'contribution')?.cap).toBeUndefined();
    expect(cultureBureau.rules.vetoes).toHaveLength(5);
    expect(cultureBureau.rules.cycle.start).toEqual({ month: 12, day: 26 });
  });

  describe('A: contributions are uncapped; shares among departments and the review round half up', () => {
    const facts = {
      ...year,
      votes: { GOOD: 10, FAIR: 1 },
      entries: [
        entry('absence', '2024-01-10'),
        entry('absence', '2024-03-10'),
        entry('lateOrEarly', '2024-04-10'),
        entry('lateDues', '2024-02-05'),
        entry('innovationAward', '2024-05-01', { level: 'PROVINCIAL' }),
        entry('innovationRole', '2024-06-01', { level: 'CITY' }),
        entry('upperCompetition', '2024-06-15', { level: 'NATIONAL' }),
        entry('otherCompetition', '2024-07-01', { level: 'COUNTY' }),
        entry('experienceAdopted', '2024-07-15', { level: 'CITY', contributors: 2 }),
        entry('experienceAdopted', '2024-08-01', { level: 'PROVINCIAL', contributors: 3 }),
        entry('honour', '2024-09-01', { level: 'CITY' }),
        entry('branchHonour', '2024-10-01'),
        entry('unitRanking', '2024-12-20', { level: 'CITY' }),
        entry('onlineStudyCriticised', '2024-11-01'),
        entry('attendanceCriticised', '2024-11-15'),
      ],
    };

    it.each([
      { rank: { position: 2, of: 18 }, priority: 'ELIGIBLE' },
      { rank: { position: 4, of: 18 }, priority: 'NOT_ELIGIBLE' },
      // 3rd with one other (3, 3 take places 3–4): both share the third place, so both are in (one past the three)
      { rank: { position: 3, of: 18, tied: 2 }, priority: 'ELIGIBLE' },
      // 2nd with three others (2, 2, 2, 2): all four are in
      { rank: { position: 2, of: 18, tied: 4 }, priority: 'ELIGIBLE' },
      { rank: null, priority: 'PENDING' },
    ])('rank $rank → top-3 priority $priority', ({ rank, priority }) => {
      const result = scoreWith(cultureBureau, { ...facts, rank });
      // study 40 − 2 × 2 − 1 = 35; discipline 20 − 2 = 18; integrity 20 → 基础积分 73
      // review (10 × 100 + 1 × 70) ÷ 11 = 97.27… → 97.3, × 0.2 = 19.46 → 19.5
      // contribution 7 + 6 + 10 + 1 + 3 ÷ 2 (1.5) + 5 ÷ 3 (1.66… → 1.7) + 3 + 1 + 5 = 36.2, no cap
      // deduction 1 + 5 = 6; total 73 + 19.5 + 36.2 − 6 = 122.7
      expect(result.components.find((c) => c.code === 'review')?.score).toBe(97.3);
      expect(contributions(result)).toEqual({
        study: 35,
        discipline: 18,
        integrity: 20,
        review: 19.5,
        contribution: 36.2,
        deduction: -6,
      });
      expect(
        result.components.find((c) => c.code === 'contribution')?.items.find((i) => i.code === 'experienceAdopted')
          ?.points,
      ).toBe(3.2);
      expect(result.components.filter((c) => c.group === '基础积分')).toHaveLength(3);
      expect(result.total).toBe(122.7);
      expect(result.grade).toEqual({ code: 'AT_LEAST_60', name: '60 分及以上' });
      expect(result.consequences).toEqual([]);
      expect(statuses(result)).toEqual({ honourPriority: priority, honourQualified: 'ELIGIBLE' });
      if (rank?.tied === 2)
        expect(result.eligibilities[0].reason).toBe(
          '排名第 3（共 18 人，2 人并列），在前 3 名内（并列者均计入，超出 1 人）',
        );
      // the star is awarded per quarter: the year has no award basis
      expect(result.awardBasis).toEqual([]);
    });
  });

  it.each([
    // discipline 20 − (10 + 10 + 2) → 0 (扣完为止); integrity 20 − (10 + 8) = 2; study 40 → 基础积分 42
    // review (2 × 70 + 4 × 40) ÷ 6 = 50 → × 0.2 = 10; secrecy breach 10; 42 + 10 − 10 = 42 < 50
    {
      name: 'a secrecy breach',
      votes: votes({ FAIR: 2, POOR: 4 }),
      penalty: entry('secrecyBreach', '2024-09-09'),
      review: 10,
      deduction: -10,
      total: 42,
      grade: 'BELOW_60',
      consequences: ['BARRED_FROM_HONOURS', 'ADMONISHMENT'],
      qualified: 'NOT_ELIGIBLE',
    },
    // the same base 42 and review 10; family member's cult activity, 2 at discretion: 42 + 10 − 2 = 50, not “50 分以下”
    {
      name: 'a discretionary 2',
      votes: votes({ FAIR: 2, POOR: 4 }),
      penalty: entry('familyCult', '2024-09-09', { points: 2 }),
      review: 10,
      deduction: -2,
      total: 50,
      grade: 'BELOW_60',
      consequences: ['BARRED_FROM_HONOURS'],
      qualified: 'NOT_ELIGIBLE',
    },
    // review 6 好 → 100 × 0.2 = 20; 42 + 20 − 2 = 60: 60 分及以上, no consequence
    {
      name: 'a discretionary 2 and a full review',
      votes: votes({ GOOD: 6 }),
      penalty: entry('familyCult', '2024-09-09', { points: 2 }),
      review: 20,
      deduction: -2,
      total: 60,
      grade: 'AT_LEAST_60',
      consequences: [],
      qualified: 'ELIGIBLE',
    },
  ])(
    'B: discipline deducted past 20 stops at 0; with $name the total is $total',
    ({ votes, penalty, review, deduction, total, grade, consequences, qualified }) => {
      const result = scoreWith(cultureBureau, {
        ...year,
        votes,
        rank: { position: 17, of: 18 },
        entries: [
          entry('duesUnpaidSixMonths', '2024-06-30'),
          entry('noWorkSixMonths', '2024-07-30'),
          entry('lateDues', '2024-03-05'),
          entry('integrityLapse', '2024-04-01', { points: 10 }),
          entry('integrityLapse', '2024-08-01', { points: 8 }),
          penalty,
        ],
      });
      expect(contributions(result)).toEqual({
        study: 40,
        discipline: 0,
        integrity: 2,
        review,
        contribution: 0,
        deduction,
      });
      expect(result.total).toBe(total);
      expect(result.grade?.code).toBe(grade);
      expect(codes(result.consequences)).toEqual(consequences);
      expect(statuses(result)).toEqual({ honourPriority: 'NOT_ELIGIBLE', honourQualified: qualified });
      expect(result.explanation.some((s) => s.rule === '带头遵规守纪' && s.text.includes('扣完为止'))).toBe(true);
    },
  );

  it('C: deductions past the whole score leave a total of 0 (扣完为止); the review is still pending', () => {
    const result = scoreWith(cultureBureau, { ...year, entries: entries('conductCriticised', 9, '2024-01-15') });
    // base 40 + 20 + 20 = 80; no votes → review 0 (pending); 9 × 10 = 90 deducted; 80 − 90 = −10 → 0
    expect(contributions(result)).toEqual({
      study: 40,
      discipline: 20,
      integrity: 20,
      review: 0,
      contribution: 0,
      deduction: -90,
    });
    expect(result.total).toBe(0);
    expect(result.reviewPending).toBe(true);
    expect(result.explanation.some((s) => s.rule === '总分' && s.text.includes('扣完为止，计 0 分'))).toBe(true);
    expect(codes(result.consequences)).toEqual(['BARRED_FROM_HONOURS', 'ADMONISHMENT']);
  });

  it('D: a veto (取消积分) makes the year 0; the quarter before it keeps its running score', () => {
    const facts = {
      votes: { GOOD: 5 },
      rank: { position: 1, of: 18 },
      entries: [
        entry('upperCompetition', '2024-05-01', { level: 'NATIONAL' }),
        entry('honour', '2024-08-01', { level: 'PROVINCIAL' }),
      ],
      conditions: [{ code: 'cult', date: '2024-10-10' }],
    };
    const result = scoreWith(cultureBureau, { ...year, ...facts });
    // 80 + 100 × 0.2 = 20 + 10 + 5 = 115, cancelled by the veto → 0
    expect(contributions(result)).toEqual({
      study: 40,
      discipline: 20,
      integrity: 20,
      review: 20,
      contribution: 15,
      deduction: 0,
    });
    expect(result.veto).toMatchObject({ code: 'cult', date: '2024-10-10' });
    expect(result.total).toBe(0);
    expect(result.grade?.code).toBe('BELOW_60');
    expect(codes(result.consequences)).toEqual(['BARRED_FROM_HONOURS', 'ADMONISHMENT']);
    expect(result.eligibilities.map((e) => [e.code, e.status, e.reason])).toEqual([
      ['honourPriority', 'NOT_ELIGIBLE', '一票否决'],
      ['honourQualified', 'NOT_ELIGIBLE', '一票否决'],
    ]);
    // Q3 of cycle 2024 is 26 Jun – 25 Sep 2024, before the veto and the year-end review: 80 + 0 + 15 = 95, not graded
    const q3 = scoreWith(cultureBureau, {
      period: '2024-Q3',
      asOf: '2024-09-25',
      entries: facts.entries,
      conditions: facts.conditions,
    });
    expect(q3.period).toMatchObject({ start: '2024-06-26', end: '2024-09-25', toDate: true });
    expect(q3.veto).toBeNull();
    expect(q3.total).toBe(95);
    expect(q3.reviewPending).toBe(true);
    expect(q3.grade).toBeNull();
    expect(q3.awardBasis).toEqual([{ code: 'quarterStar', label: '星级党员', value: 5 }]);
  });

  it('E: the 26 Dec – 25 Dec cycle: 25 Dec 2024 is in cycle 2024, 26 Dec 2024 in cycle 2025; the quarter star counts the quarter only', () => {
    const facts = [
      entry('honour', '2024-12-25', { level: 'CITY' }),
      entry('absence', '2024-12-25'),
      entry('upperCompetition', '2024-12-26', { level: 'CITY' }),
      entry('lateOrEarly', '2024-12-26'),
      entry('branchHonour', '2025-03-25'),
      entry('otherCompetition', '2025-03-26', { level: 'PROVINCIAL' }),
    ];
    // cycle 2024: study 40 − 2 = 38; review 3 好 → 100 × 0.2 = 20; honour 市级 3; 38 + 20 + 20 + 20 + 3 = 101
    const y2024 = scoreWith(cultureBureau, { ...year, votes: { GOOD: 3 }, entries: facts });
    expect(y2024.period).toMatchObject({ start: '2023-12-26', end: '2024-12-25' });
    expect(contributions(y2024)).toEqual({
      study: 38,
      discipline: 20,
      integrity: 20,
      review: 20,
      contribution: 3,
      deduction: 0,
    });
    expect(y2024.total).toBe(101);
    // cycle 2025 (no votes yet): study 40 − 1 = 39; contribution 3 + 1 + 5 = 9; 39 + 20 + 20 + 0 + 9 = 88
    const y2025 = scoreWith(cultureBureau, { period: '2025', asOf: '2025-12-31', entries: facts });
    expect(y2025.period).toMatchObject({ start: '2024-12-26', end: '2025-12-25' });
    expect(contributions(y2025)).toEqual({
      study: 39,
      discipline: 20,
      integrity: 20,
      review: 0,
      contribution: 9,
      deduction: 0,
    });
    expect(y2025.total).toBe(88);
    // 2024-Q4 (26 Sep – 25 Dec 2024): star basis 3
    const q4 = scoreWith(cultureBureau, { period: '2024-Q4', asOf: '2024-12-25', entries: facts });
    expect(q4.period).toMatchObject({ start: '2024-09-26', end: '2024-12-25', complete: true });
    expect(q4.awardBasis).toEqual([{ code: 'quarterStar', label: '星级党员', value: 3 }]);
    // 2025-Q1 (26 Dec 2024 – 25 Mar 2025): star basis 3 + 1 = 4; running total 39 + 20 + 20 + 0 + 4 = 83; not graded
    const q1 = scoreWith(cultureBureau, { period: '2025-Q1', asOf: '2025-03-31', entries: facts });
    expect(q1.period).toMatchObject({ start: '2024-12-26', end: '2025-03-25', toDate: true });
    expect(q1.awardBasis[0].value).toBe(4);
    expect(q1.total).toBe(83);
    expect(q1.grade).toBeNull();
    expect(q1.consequences).toEqual([]);
    // Q1 seen on 31 Jan: 25 Mar's entry is not yet in: basis 3
    const q1Early = scoreWith(cultureBureau, { period: '2025-Q1', asOf: '2025-01-31', entries: facts });
    expect(q1Early.period.complete).toBe(false);
    expect(q1Early.awardBasis[0].value).toBe(3);
    // 2025-Q2 (26 Mar – 25 Jun 2025): basis only the quarter's 5, while the running total counts from 26 Dec: 88
    const q2 = scoreWith(cultureBureau, { period: '2025-Q2', asOf: '2025-06-25', entries: facts });
    expect(q2.period).toMatchObject({ start: '2025-03-26', end: '2025-06-25' });
    expect(q2.awardBasis[0].value).toBe(5);
    expect(q2.total).toBe(88);
    // among a branch, the most contribution points in the quarter wins the star (ties all win)
    const other = scoreWith(cultureBureau, {
      period: '2025-Q1',
      asOf: '2025-03-31',
      entries: [entry('honour', '2025-02-01', { level: 'CITY' }), entry('branchHonour', '2025-02-02')],
    });
    expect(other.awardBasis[0].value).toBe(4);
    expect(
      awardWinners([
        { memberId: 'E', value: q1.awardBasis[0].value },
        { memberId: 'F', value: other.awardBasis[0].value },
        { memberId: 'G', value: 1 },
      ]),
    ).toEqual(['E', 'F']);
  });
});
