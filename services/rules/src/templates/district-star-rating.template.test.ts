import { EntryFact } from '../engine/facts';
import { ScoreResult } from '../engine/score-result';
import { checkRuleDocument } from '../document/rule-document.validate';
import { districtStarRating } from './district-star-rating.template';
import { contributions, entry, scoreWith } from './template-test-kit';

const firstHalf = { period: '2024-H1', asOf: '2024-07-10' };
const codes = (result: ScoreResult) => result.consequences.map((c) => c.code);
const sections = (result: ScoreResult) =>
  Object.fromEntries(result.components.find((c) => c.code === 'base')!.sections.map((s) => [s.code, s.score]));

describe('T8 district-star-rating (某某区 评星定级)', () => {
  it('is a valid rule document: 共性分 60 in six aspects of 10, 评星分 40, half-yearly, stars from three', () => {
    expect(checkRuleDocument(districtStarRating.rules)).toMatchObject({ ok: true });
    const [base, star] = districtStarRating.rules.components;
    expect(base).toMatchObject({ code: 'base', kind: 'DEDUCTED', max: 60 });
    expect(base.sections?.map((s) => [s.label, s.max])).toEqual([
      ['理想信念', 10],
      ['宗旨观念', 10],
      ['组织纪律', 10],
      ['工作作风', 10],
      ['生活作风', 10],
      ['廉洁自律', 10],
    ]);
    expect(star).toMatchObject({ code: 'star', kind: 'EARNED', max: 40 });
    expect(star.items).toHaveLength(5);
    expect(districtStarRating.rules.cycle).toMatchObject({ scoredPer: 'HALF_YEAR', combineUnits: 'MEAN' });
    expect(districtStarRating.rules.grading).toMatchObject({
      per: 'HALF_YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY', 'ACTIVIST'],
    });
  });

  it('A: a star-eligible member; one item stops at 10 and the star points at 40', () => {
    const result = scoreWith(districtStarRating, {
      ...firstHalf,
      entries: [
        entry('workStyleShortfall', '2024-03-01', { points: 2 }),
        entry('lifeStyleShortfall', '2024-05-01', { points: 1 }),
        entry('basicDuties', '2024-02-01', { points: 6 }),
        entry('basicDuties', '2024-05-01', { points: 5 }),
        entry('professionalSkill', '2024-03-15', { points: 9 }),
        entry('businessStudy', '2024-04-15', { points: 8 }),
        entry('zoubangfu', '2024-05-20', { points: 9 }),
        entry('volunteerService', '2024-06-20', { points: 7 }),
      ],
    });
    // base 60 − 2 (work style) − 1 (life style) = 57
    expect(sections(result)).toEqual({
      ideals: 10,
      purpose: 10,
      discipline: 10,
      workStyle: 8,
      lifeStyle: 9,
      integrity: 10,
    });
    // star: duties 6 + 5 = 11 → 10; 9 + 8 + 9 + 7 → 10 + 33 = 43 → capped at 40; total 57 + 40 = 97
    expect(result.components.find((c) => c.code === 'star')!.items.find((i) => i.code === 'basicDuties')!.points).toBe(
      10,
    );
    expect(contributions(result)).toEqual({ base: 57, star: 40 });
    expect(result.total).toBe(97);
    expect(result.grade).toEqual({ code: 'STAR_LINE', name: '达到评星起点' });
    expect(result.consequences).toEqual([]);
    expect(result.eligibilities).toEqual([]);
    // base 57 ≥ 50 and total 97 ≥ 70
    expect(result.star).toEqual({ eligible: true, base: 57, total: 97, reasons: [] });
  });

  it('B: total 89 with base 49 gets no star (DOMAIN.md); an aspect deducted past 10 stops at 0', () => {
    const result = scoreWith(districtStarRating, {
      ...firstHalf,
      entries: [
        entry('disciplineShortfall', '2024-03-01', { points: 6 }),
        entry('disciplineShortfall', '2024-04-01', { points: 6 }),
        entry('integrityShortfall', '2024-05-01', { points: 1 }),
        entry('basicDuties', '2024-02-01', { points: 10 }),
        entry('professionalSkill', '2024-03-01', { points: 10 }),
        entry('businessStudy', '2024-04-01', { points: 10 }),
        entry('zoubangfu', '2024-05-01', { points: 10 }),
      ],
    });
    // discipline 10 − 12 → 0 (扣完为止); integrity 10 − 1 = 9 → base 10 + 10 + 0 + 10 + 10 + 9 = 49
    expect(sections(result)).toEqual({
      ideals: 10,
      purpose: 10,
      discipline: 0,
      workStyle: 10,
      lifeStyle: 10,
      integrity: 9,
    });
    // star 10 × 4 = 40; total 49 + 40 = 89
    expect(contributions(result)).toEqual({ base: 49, star: 40 });
    expect(result.total).toBe(89);
    // 89 ≥ 70, but base 49 < 50: no grade that suggests a star; the band below (60–69.9) says the star line is not reached
    expect(result.grade).toEqual({ code: 'BELOW_STAR_LINE', name: '未达评星起点' });
    expect(result.explanation.filter((s) => s.rule === '等次').map((s) => s.text)).toEqual([
      '89 分达到“达到评星起点”分数线 70 分，但共性分 49 分低于 50 分，不能评星，不评为“达到评星起点”',
      '89 分 ≥ 60，评为“未达评星起点”',
    ]);
    expect(result.consequences).toEqual([]);
    // base 49 < 50: no star, whatever the total
    expect(result.star).toEqual({
      eligible: false,
      base: 49,
      total: 89,
      reasons: ['共性分 49 分，低于 50 分，取消评星资格'],
    });
  });

  it('C: a probationary member below 50: admonishment, rectification and dual warning (双预警)', () => {
    const result = scoreWith(districtStarRating, {
      ...firstHalf,
      memberKind: 'PROBATIONARY',
      entries: [
        entry('idealsShortfall', '2024-02-01', { points: 10 }),
        entry('purposeShortfall', '2024-03-01', { points: 8 }),
        entry('disciplineShortfall', '2024-04-01', { points: 10 }),
        entry('workStyleShortfall', '2024-05-01', { points: 5 }),
        entry('volunteerService', '2024-03-15', { points: 5 }),
        entry('basicDuties', '2024-06-15', { points: 6 }),
      ],
    });
    // base 0 + 2 + 0 + 5 + 10 + 10 = 27; star 5 + 6 = 11; total 38
    expect(contributions(result)).toEqual({ base: 27, star: 11 });
    expect(result.total).toBe(38);
    expect(result.grade).toEqual({ code: 'DUAL_WARNING_LINE', name: '双预警' });
    // 38 < 60 → admonishment and rectify; 38 < 50 → dual warning
    expect(codes(result)).toEqual(['ADMONISHMENT', 'RECTIFY', 'DUAL_WARNING']);
    expect(result.star).toEqual({
      eligible: false,
      base: 27,
      total: 38,
      reasons: ['共性分 27 分，低于 50 分，取消评星资格', '总分 38 分，低于评星起点 70 分'],
    });
  });

  it('D: H1 and H2 are separate units (each with its own caps); the year is their mean and is not graded', () => {
    const lastOfJune = entry('volunteerService', '2024-06-30', { points: 7 });
    const firstOfJuly = entry('volunteerService', '2024-07-01', { points: 10 });
    const facts = {
      entries: [
        entry('workStyleShortfall', '2024-03-01', { points: 4 }),
        entry('basicDuties', '2024-04-15', { points: 8 }),
        lastOfJune,
        entry('lifeStyleShortfall', '2024-10-10', { points: 2.5 }),
        firstOfJuly,
        entry('basicDuties', '2024-09-15', { points: 8 }),
        entry('zoubangfu', '2024-11-20', { points: 9 }),
      ],
    };

    const h1 = scoreWith(districtStarRating, { ...firstHalf, ...facts });
    expect(h1.period).toMatchObject({ start: '2024-01-01', end: '2024-06-30', toDate: false });
    // base 60 − 4 = 56; star 8 + 7 (30 Jun) = 15; total 71
    expect(contributions(h1)).toEqual({ base: 56, star: 15 });
    expect(h1.total).toBe(71);
    expect(h1.grade?.code).toBe('STAR_LINE');
    expect(h1.consequences).toEqual([]);
    expect(h1.star).toEqual({ eligible: true, base: 56, total: 71, reasons: [] });

    const h2 = scoreWith(districtStarRating, { period: '2024-H2', asOf: '2025-01-05', ...facts });
    expect(h2.period).toMatchObject({ start: '2024-07-01', end: '2024-12-31', toDate: false });
    // base 60 − 2.5 = 57.5; star 10 (1 Jul; volunteering starts again at 0 of its 10) + 8 + 9 = 27; total 84.5
    expect(contributions(h2)).toEqual({ base: 57.5, star: 27 });
    expect(h2.total).toBe(84.5);
    expect(
      h2.components.find((c) => c.code === 'star')!.items.find((i) => i.code === 'volunteerService')!.counted,
    ).toEqual([firstOfJuly.id]);
    expect(h2.star).toEqual({ eligible: true, base: 57.5, total: 84.5, reasons: [] });

    const yearResult = scoreWith(districtStarRating, { period: '2024', asOf: '2025-01-10', ...facts });
    // (71 + 84.5) ÷ 2 = 77.75 → 77.8; base (56 + 57.5) ÷ 2 = 56.75 → 56.8; star (15 + 27) ÷ 2 = 21
    expect(yearResult.total).toBe(77.8);
    expect(contributions(yearResult)).toEqual({ base: 56.8, star: 21 });
    // grades, consequences and stars are decided per half-year only
    expect(yearResult.graded).toBe(false);
    expect(yearResult.grade).toBeNull();
    expect(yearResult.star).toBeNull();
    expect(yearResult.consequences).toEqual([]);

    const yearAtMidyear = scoreWith(districtStarRating, { period: '2024', asOf: '2024-06-30', ...facts });
    // on 30 June only H1 has begun: 71 ÷ 1 = 71
    expect(yearAtMidyear.total).toBe(71);
  });

  it('E: the floors are inclusive: base 50 and total 70 get a star; 69.9 does not', () => {
    const facts = (skill: number) => ({
      ...firstHalf,
      entries: [
        entry('idealsShortfall', '2024-02-01', { points: 10 }),
        entry('basicDuties', '2024-03-01', { points: 10 }),
        entry('professionalSkill', '2024-04-01', { points: skill }),
      ],
    });
    const seventy = scoreWith(districtStarRating, facts(10));
    // base 60 − 10 = 50; star 10 + 10 = 20; total 70
    expect(contributions(seventy)).toEqual({ base: 50, star: 20 });
    expect(seventy.total).toBe(70);
    expect(seventy.grade?.code).toBe('STAR_LINE');
    expect(seventy.consequences).toEqual([]);
    expect(seventy.star).toEqual({ eligible: true, base: 50, total: 70, reasons: [] });

    const below = scoreWith(districtStarRating, facts(9.9));
    // star 10 + 9.9 = 19.9; total 50 + 19.9 = 69.9
    expect(contributions(below)).toEqual({ base: 50, star: 19.9 });
    expect(below.total).toBe(69.9);
    expect(below.grade).toEqual({ code: 'BELOW_STAR_LINE', name: '未达评星起点' });
    expect(below.consequences).toEqual([]);
    expect(below.star).toEqual({
      eligible: false,
      base: 50,
      total: 69.9,
      reasons: ['总分 69.9 分，低于评星起点 70 分'],
    });
  });

  it('F: an activist (参照执行) at exactly 50 is admonished but not warned; at 49.9 also warned', () => {
    const facts = (
      volunteering: number,
    ): { period: string; asOf: string; memberKind: 'ACTIVIST'; entries: EntryFact[] } => ({
      ...firstHalf,
      memberKind: 'ACTIVIST',
      entries: [
        entry('purposeShortfall', '2024-02-01', { points: 10 }),
        entry('workStyleShortfall', '2024-03-01', { points: 5 }),
        entry('volunteerService', '2024-04-01', { points: volunteering }),
      ],
    });
    const fifty = scoreWith(districtStarRating, facts(5));
    // base 60 − 10 − 5 = 45; star 5; total 50
    expect(contributions(fifty)).toEqual({ base: 45, star: 5 });
    expect(fifty.total).toBe(50);
    expect(fifty.graded).toBe(true);
    expect(fifty.grade).toEqual({ code: 'ADMONISHMENT_LINE', name: '诫勉谈话' });
    // 50 < 60 → admonishment and rectify; 50 is not < 50 → no dual warning
    expect(codes(fifty)).toEqual(['ADMONISHMENT', 'RECTIFY']);
    expect(fifty.star).toEqual({
      eligible: false,
      base: 45,
      total: 50,
      reasons: ['共性分 45 分，低于 50 分，取消评星资格', '总分 50 分，低于评星起点 70 分'],
    });

    const warned = scoreWith(districtStarRating, facts(4.9));
    // 45 + 4.9 = 49.9 < 50
    expect(warned.total).toBe(49.9);
    expect(warned.grade?.code).toBe('DUAL_WARNING_LINE');
    expect(codes(warned)).toEqual(['ADMONISHMENT', 'RECTIFY', 'DUAL_WARNING']);
  });
});
