import { EntryFact } from '../engine/facts';
import { ScoreResult } from '../engine/score-result';
import { checkRuleDocument } from '../document/rule-document.validate';
import { contributions, entries, entry, scoreWith } from './template-test-kit';
import { townAttendance } from './town-attendance.template';

const year = { period: '2024', asOf: '2025-01-10' };
const on = (item: string, dates: string[], more: Partial<EntryFact> = {}) =>
  dates.map((date) => entry(item, date, more));
const eligibility = (result: ScoreResult) =>
  result.eligibilities.map((e) => ({ code: e.code, status: e.status, maxRewardYuan: e.maxRewardYuan }));
const item = (result: ScoreResult, code: string) =>
  result.components.flatMap((c) => c.items).find((i) => i.code === code)!;

describe('T7 town-attendance (XX镇 基础分值 + “十个一”)', () => {
  it('is a valid rule document with 60 + 40 and the seed’s items', () => {
    expect(checkRuleDocument(townAttendance.rules)).toMatchObject({ ok: true });
    const [base, incentive, negative] = townAttendance.rules.components;
    expect(base).toMatchObject({ code: 'base', kind: 'EARNED', max: 60 });
    expect(base.items).toHaveLength(7);
    expect(incentive).toMatchObject({ code: 'incentive', kind: 'EARNED', max: 40 });
    expect(incentive.items).toHaveLength(10);
    expect(negative).toMatchObject({ code: 'negative', kind: 'PENALTY' });
    expect(negative.items).toHaveLength(5);
    expect(townAttendance.rules.vetoes).toHaveLength(6);
  });

  it('A: every attendance item at its count cap (13 dues → 12); leading doubles 3 → 6 but the item stops at 4; 优秀', () => {
    const thirteenthDues = entry('dues', '2024-12-28');
    const result = scoreWith(townAttendance, {
      ...year,
      entries: [
        ...entries('dues', 12, '2024-01-05'),
        thirteenthDues,
        ...entries('activityDay', 12, '2024-01-15'),
        ...on('partyLecture', ['2024-02-20', '2024-05-20', '2024-08-20', '2024-11-20']),
        ...on('assembly', ['2024-03-25', '2024-06-25', '2024-09-25', '2024-12-25']),
        ...on('orgLifeMeeting', ['2024-06-28', '2024-12-27']),
        entry('democraticReview', '2024-12-30'),
        entry('commitment', '2024-03-01'),
        entry('revolutionaryEducation', '2024-07-01', { points: 3, leading: true }),
        entry('theoryEssay', '2024-04-10', { points: 2 }),
        entry('theoryEssay', '2024-10-10', { points: 1.5 }),
        entry('councilMeeting', '2024-05-15', { points: 2.5 }),
        entry('redHomeVisit', '2024-06-05', { points: 1.5, leading: true }),
        entry('volunteerTeam', '2024-05-04', { points: 2, leading: true }),
        entry('volunteerTeam', '2024-09-01', { points: 1 }),
        entry('partyHistoryQuiz', '2024-07-20', { points: 3.5 }),
        entry('pairedAssistance', '2024-08-08', { points: 4 }),
        entry('governanceProject', '2024-09-09', { points: 2 }),
        entry('unitKeyWork', '2024-11-11', { points: 3 }),
        entry('superiorHonour', '2024-12-12', { points: 2 }),
      ],
    });
    // dues 13 entries of 1 point, the earliest 12 of the equals count → 12; activity day 12; lecture 4 × 3 = 12; assembly 4 × 3 = 12;
    // org-life meeting 2 × 3 = 6; review 3; commitment 3 → base 60
    expect(item(result, 'dues')).toMatchObject({
      points: 12,
      excluded: [{ entryId: thirteenthDues.id, reason: '每期最多计 12 次，只计分值最高的' }],
    });
    expect(item(result, 'dues').counted).toHaveLength(12);
    // revolutionary education 3 × 2 (leading) = 6 → item cap 4; volunteer 2 × 2 + 1 = 5 → 4; red home visit 1.5 × 2 = 3
    expect(item(result, 'revolutionaryEducation').points).toBe(4);
    expect(item(result, 'volunteerTeam').points).toBe(4);
    expect(item(result, 'redHomeVisit').points).toBe(3);
    // incentive 4 + 3.5 + 2.5 + 3 + 4 + 3.5 + 4 + 2 + 3 + 2 = 31.5 (under 40); total 60 + 31.5 = 91.5
    expect(contributions(result)).toEqual({ base: 60, incentive: 31.5, negative: 0 });
    expect(result.total).toBe(91.5);
    expect(result.grade).toEqual({ code: 'EXCELLENT', name: '优秀' });
    expect(result.consequences).toEqual([]);
    // 91.5 ≥ 80, ≥ 60 (91.5 × 5 = 457.5 yuan at most), ≥ 90
    expect(eligibility(result)).toEqual([
      { code: 'HONOURS', status: 'ELIGIBLE', maxRewardYuan: null },
      { code: 'MATERIAL_REWARD', status: 'ELIGIBLE', maxRewardYuan: 457.5 },
      { code: 'PRIORITY_RECOMMENDATION', status: 'ELIGIBLE', maxRewardYuan: null },
    ]);
  });

  it('B: the negative list takes more than the member has: 扣完为止, the total stops at 0; 不合格', () => {
    const result = scoreWith(townAttendance, {
      ...year,
      entries: [
        ...entries('dues', 6, '2024-01-05'),
        ...entries('activityDay', 4, '2024-01-15'),
        entry('partyLecture', '2024-02-20'),
        entry('theoryEssay', '2024-03-03', { points: 1 }),
        entry('gambling', '2024-05-01'),
        entry('gambling', '2024-08-01'),
        entry('rumours', '2024-10-01'),
      ],
    });
    // base 6 + 4 + 3 = 13; incentive 1; negative 3 cases × 5 = 15 → 13 + 1 − 15 = −1 → 0
    expect(contributions(result)).toEqual({ base: 13, incentive: 1, negative: -15 });
    expect(result.total).toBe(0);
    expect(result.explanation.some((s) => s.rule === '总分' && s.text.includes('扣完为止，计 0 分'))).toBe(true);
    expect(result.grade).toEqual({ code: 'UNQUALIFIED', name: '不合格' });
    // 0 < 80: barred from honours; 0 < 60 and 0 < 90: nothing
    expect(result.consequences.map((c) => c.code)).toEqual(['BARRED_FROM_HONOURS']);
    expect(eligibility(result)).toEqual([
      { code: 'HONOURS', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
      { code: 'MATERIAL_REWARD', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
      { code: 'PRIORITY_RECOMMENDATION', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
    ]);
  });

  it('C: a veto in September makes the year 0 (一票否决); the first half-year, before it, keeps its score', () => {
    const facts = {
      entries: [
        ...entries('dues', 12, '2024-01-05'),
        ...entries('activityDay', 12, '2024-01-15'),
        ...on('partyLecture', ['2024-02-20', '2024-05-20', '2024-08-20', '2024-11-20']),
        ...on('assembly', ['2024-03-25', '2024-06-25', '2024-09-25']),
        ...on('orgLifeMeeting', ['2024-06-28', '2024-12-27']),
        entry('commitment', '2024-03-01'),
        entry('councilMeeting', '2024-04-10', { points: 4 }),
        entry('volunteerTeam', '2024-08-15', { points: 3 }),
        entry('theoryEssay', '2024-11-05', { points: 3 }),
      ],
      conditions: [{ code: 'vicesSanctioned', date: '2024-09-10' }],
    };
    const result = scoreWith(townAttendance, { ...year, ...facts });
    // the components still show: base 12 + 12 + 12 + 9 + 6 + 3 = 54, incentive 4 + 3 + 3 = 10 → 64, but the veto makes it 0
    expect(contributions(result)).toEqual({ base: 54, incentive: 10, negative: 0 });
    expect(result.total).toBe(0);
    expect(result.veto).toEqual({
      code: 'vicesSanctioned',
      label: '有“黄赌毒”“酒驾醉驾”等行为，并受到党纪处分',
      date: '2024-09-10',
    });
    expect(result.grade?.code).toBe('UNQUALIFIED');
    // 0 < 80; every eligibility refused because of the veto
    expect(result.consequences.map((c) => c.code)).toEqual(['BARRED_FROM_HONOURS']);
    expect(result.eligibilities.map((e) => [e.code, e.status, e.reason])).toEqual([
      ['HONOURS', 'NOT_ELIGIBLE', '一票否决'],
      ['MATERIAL_REWARD', 'NOT_ELIGIBLE', '一票否决'],
      ['PRIORITY_RECOMMENDATION', 'NOT_ELIGIBLE', '一票否决'],
    ]);

    const h1 = scoreWith(townAttendance, { period: '2024-H1', asOf: '2024-07-05', ...facts });
    // 1 Jan – 30 Jun: dues 6, activity day 6, lecture 2 × 3 = 6, assembly 2 × 3 = 6, org-life 3, commitment 3 → 30; council 4 → 34
    expect(contributions(h1)).toEqual({ base: 30, incentive: 4, negative: 0 });
    expect(h1.total).toBe(34);
    expect(h1.veto).toBeNull();
    expect(h1.grade).toBeNull();

    const h2 = scoreWith(townAttendance, { period: '2024-H2', asOf: '2025-01-10', ...facts });
    // the second half-year shows the year to date, the veto included → 0
    expect(h2.total).toBe(0);
    expect(h2.veto?.code).toBe('vicesSanctioned');
  });

  it('D: the half-year shows 1 Jan – 30 Jun only (30 Jun in, 1 Jul out); the year is exactly 60 → 合格; 2025 entries stay out', () => {
    const nextYearDues = entry('dues', '2025-01-10');
    const facts = {
      entries: [
        ...entries('dues', 12, '2024-01-10'),
        nextYearDues,
        ...entries('activityDay', 10, '2024-03-15'),
        ...on('partyLecture', ['2024-03-20', '2024-06-30', '2024-09-20', '2024-12-20']),
        ...on('assembly', ['2024-07-01', '2024-10-15']),
        ...on('orgLifeMeeting', ['2024-06-28', '2024-12-28']),
        entry('democraticReview', '2024-12-30'),
        entry('commitment', '2024-02-01'),
        entry('councilMeeting', '2024-05-10', { points: 3 }),
        entry('pairedAssistance', '2024-08-01', { points: 1 }),
        entry('governanceProject', '2024-11-30', { points: 2.5, leading: true }),
      ],
    };

    const h1 = scoreWith(townAttendance, { period: '2024-H1', asOf: '2024-07-05', ...facts });
    expect(h1.period).toMatchObject({
      start: '2024-01-01',
      end: '2024-06-30',
      through: '2024-06-30',
      toDate: true,
      complete: true,
    });
    // dues Jan–Jun 6; activity day Mar–Jun 4; lecture 20 Mar + 30 Jun = 6; assembly 1 Jul is out → 0; org-life 28 Jun 3;
    // commitment 3 → base 22; council 3 → 25
    expect(contributions(h1)).toEqual({ base: 22, incentive: 3, negative: 0 });
    expect(h1.total).toBe(25);
    // grades are decided for the year only
    expect(h1.graded).toBe(false);
    expect(h1.grade).toBeNull();
    expect(h1.consequences).toEqual([]);
    expect(h1.eligibilities).toEqual([]);

    const april = scoreWith(townAttendance, { period: '2024-H1', asOf: '2024-04-30', ...facts });
    // to 30 Apr: dues 4, activity day Mar–Apr 2, lecture 3, commitment 3 → 12
    expect(april.period).toMatchObject({ through: '2024-04-30', complete: false });
    expect(april.total).toBe(12);

    const result = scoreWith(townAttendance, { ...year, ...facts });
    // dues 12 (2025-01-10 is next cycle); activity day 10; lecture 12; assembly 6; org-life 6; review 3; commitment 3 → 52
    // council 3 + paired assistance 1 + governance 2.5 × 2 = 5 → 4 → incentive 8; total 60
    expect(contributions(result)).toEqual({ base: 52, incentive: 8, negative: 0 });
    expect(item(result, 'dues').counted).not.toContain(nextYearDues.id);
    expect(result.total).toBe(60);
    expect(result.grade).toEqual({ code: 'QUALIFIED', name: '合格' });
    // 60 < 80: barred from honours; 60 ≥ 60: at most 60 × 5 = 300 yuan; 60 < 90
    expect(result.consequences.map((c) => c.code)).toEqual(['BARRED_FROM_HONOURS']);
    expect(eligibility(result)).toEqual([
      { code: 'HONOURS', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
      { code: 'MATERIAL_REWARD', status: 'ELIGIBLE', maxRewardYuan: 300 },
      { code: 'PRIORITY_RECOMMENDATION', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
    ]);

    const h2 = scoreWith(townAttendance, { period: '2024-H2', asOf: '2025-01-10', ...facts });
    // the second half-year shows the running year score (1 Jan – 31 Dec), not graded
    expect(h2.period).toMatchObject({ start: '2024-07-01', end: '2024-12-31', toDate: true });
    expect(h2.total).toBe(60);
    expect(h2.grade).toBeNull();

    const next = scoreWith(townAttendance, { period: '2025-H1', asOf: '2025-01-31', ...facts });
    // only the 2025 dues entry: 1
    expect(next.total).toBe(1);
    expect(item(next, 'dues').counted).toEqual([nextYearDues.id]);
  });

  it('E: a member aged 78, exempt at their request, is neither scored nor graded', () => {
    const result = scoreWith(townAttendance, {
      ...year,
      exemption: { from: '2024-01-01', reason: '年满75周岁，本人申请，支部研究同意不实行积分制教育管理' },
      entries: [...entries('dues', 12, '2024-01-05')],
    });
    expect(result.status).toBe('EXEMPT');
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
    expect(result.eligibilities).toEqual([]);
    expect(result.consequences).toEqual([]);
  });

  it('F: a probationary member is graded like a full member: 80 exactly may compete for honours, one case of the negative list less may not', () => {
    const facts = (more: EntryFact[]) => ({
      ...year,
      memberKind: 'PROBATIONARY' as const,
      entries: [
        ...entries('dues', 12, '2024-01-05'),
        ...entries('activityDay', 12, '2024-01-15'),
        ...on('partyLecture', ['2024-02-20', '2024-05-20', '2024-08-20', '2024-11-20']),
        ...on('assembly', ['2024-03-25', '2024-06-25', '2024-09-25', '2024-12-25']),
        ...on('orgLifeMeeting', ['2024-06-28', '2024-12-27']),
        entry('democraticReview', '2024-12-30'),
        entry('commitment', '2024-03-01'),
        entry('theoryEssay', '2024-04-01', { points: 4 }),
        entry('theoryEssay', '2024-05-01', { points: 4 }),
        entry('volunteerTeam', '2024-06-01', { points: 4 }),
        entry('pairedAssistance', '2024-07-01', { points: 4 }),
        entry('unitKeyWork', '2024-08-01', { points: 4 }),
        entry('superiorHonour', '2024-09-01', { points: 4 }),
        ...more,
      ],
    });
    const eighty = scoreWith(townAttendance, facts([]));
    // base 60; incentive essays 4 + 4 = 8 → item cap 4, volunteer 4, paired 4, key work 4, honour 4 → 20; total 80
    expect(contributions(eighty)).toEqual({ base: 60, incentive: 20, negative: 0 });
    expect(eighty.total).toBe(80);
    expect(eighty.grade).toEqual({ code: 'QUALIFIED', name: '合格' });
    // 80 is not below 80: no bar; 80 × 5 = 400 yuan at most; 80 < 90
    expect(eighty.consequences).toEqual([]);
    expect(eligibility(eighty)).toEqual([
      { code: 'HONOURS', status: 'ELIGIBLE', maxRewardYuan: null },
      { code: 'MATERIAL_REWARD', status: 'ELIGIBLE', maxRewardYuan: 400 },
      { code: 'PRIORITY_RECOMMENDATION', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
    ]);

    const result = scoreWith(townAttendance, facts([entry('religion', '2024-10-01')]));
    // 60 + 20 − 5 = 75
    expect(contributions(result)).toEqual({ base: 60, incentive: 20, negative: -5 });
    expect(result.total).toBe(75);
    expect(result.grade?.code).toBe('QUALIFIED');
    // 75 < 80: barred; at most 75 × 5 = 375 yuan
    expect(result.consequences.map((c) => c.code)).toEqual(['BARRED_FROM_HONOURS']);
    expect(eligibility(result)).toEqual([
      { code: 'HONOURS', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
      { code: 'MATERIAL_REWARD', status: 'ELIGIBLE', maxRewardYuan: 375 },
      { code: 'PRIORITY_RECOMMENDATION', status: 'NOT_ELIGIBLE', maxRewardYuan: null },
    ]);
  });
});
