import { checkRuleDocument } from '../document/rule-document.validate';
import { pioneerIndex } from './pioneer-index.template';
import { contributions, entry, scoreWith } from './template-test-kit';

const year = { period: '2024', asOf: '2025-01-10' };

describe('T1 pioneer-index (先锋指数)', () => {
  it('is a valid rule document', () => {
    expect(checkRuleDocument(pioneerIndex.rules)).toMatchObject({ ok: true });
  });

  it('A: the reward cap of 10% is reached; 86.7 × 0.2 rounds to 17.3', () => {
    const result = scoreWith(pioneerIndex, {
      ...year,
      entries: [
        entry('orgLife', '2024-03-10', { points: 2 }),
        entry('dues', '2024-06-01', { points: 1 }),
        entry('reviewResult', '2024-12-20', { points: 86.7 }),
        entry('jobAchievement', '2024-05-01', { points: 8 }),
        entry('volunteer', '2024-09-01', { points: 5 }),
      ],
    });
    // daily 100 − 3 = 97 → × 0.8 = 77.6; review 86.7 × 0.2 = 17.34 → 17.3; reward 13 capped at 10
    expect(contributions(result)).toEqual({ daily: 77.6, review: 17.3, reward: 10, penalty: 0 });
    expect(result.total).toBe(104.9);
    expect(result.grade).toEqual({ code: 'EXCELLENT', name: '优秀' });
    expect(result.eligibilities).toEqual([expect.objectContaining({ code: 'REWARD', status: 'ELIGIBLE' })]);
    expect(result.explanation.some((s) => s.text.includes('超过上限 10 分（满分的 10%）'))).toBe(true);
  });

  it('B: deductions past 100 stop at 0 (扣完为止); a penalty on top; 不合格 → disposal', () => {
    const result = scoreWith(pioneerIndex, {
      ...year,
      entries: [
        entry('assignedTask', '2024-02-01', { points: 20 }),
        entry('assignedTask', '2024-04-01', { points: 20 }),
        entry('assignedTask', '2024-06-01', { points: 20 }),
        entry('dutyPledge', '2024-07-01', { points: 20 }),
        entry('dutyPledge', '2024-08-01', { points: 20 }),
        entry('dues', '2024-09-01', { points: 10 }),
        entry('reviewResult', '2024-12-20', { points: 60 }),
        entry('discipline', '2024-10-01', { points: 5 }),
      ],
    });
    // daily max(0, 100 − 110) = 0; review 60 × 0.2 = 12; penalty 5 → 7
    expect(contributions(result)).toEqual({ daily: 0, review: 12, reward: 0, penalty: -5 });
    expect(result.total).toBe(7);
    expect(result.grade?.code).toBe('UNQUALIFIED');
    expect(result.consequences.map((c) => c.code)).toEqual(['DISPOSAL']);
  });

  it('C: a probationary member at 66 is 基本合格 and has the probation extended', () => {
    const result = scoreWith(pioneerIndex, {
      ...year,
      memberKind: 'PROBATIONARY',
      entries: [
        entry('orgLife', '2024-01-15', { points: 10 }),
        entry('study', '2024-02-15', { points: 10 }),
        entry('dues', '2024-03-15', { points: 10 }),
        entry('dutyPledge', '2024-04-15', { points: 5 }),
        entry('reviewResult', '2024-12-20', { points: 70 }),
      ],
    });
    // daily 65 × 0.8 = 52; review 70 × 0.2 = 14
    expect(result.total).toBe(66);
    expect(result.grade?.code).toBe('BASIC');
    expect(result.consequences.map((c) => c.code)).toEqual(['PROBATION_EXTENDED']);
  });

  it('D: 基本合格 two years running → talk and disposal; 70 would have been 合格', () => {
    const facts = (review: number) => ({
      ...year,
      previousGrades: ['BASIC'],
      entries: [
        entry('assignedTask', '2024-05-01', { points: 20 }),
        entry('dues', '2024-06-01', { points: 5 }),
        entry('reviewResult', '2024-12-20', { points: review }),
      ],
    });
    // daily 75 × 0.8 = 60; review 45 × 0.2 = 9 → 69
    const basic = scoreWith(pioneerIndex, facts(45));
    expect(basic.total).toBe(69);
    expect(basic.grade?.code).toBe('BASIC');
    expect(basic.consequences.map((c) => c.code)).toEqual(['TALK', 'DISPOSAL']);
    const qualified = scoreWith(pioneerIndex, facts(50));
    expect(qualified.total).toBe(70);
    expect(qualified.grade?.code).toBe('QUALIFIED');
    expect(qualified.consequences).toEqual([]);
  });

  it('E: the cycle boundary: 31 December counts in 2024, 1 January does not; quarters run to date and are not graded', () => {
    const facts = [
      entry('dues', '2024-12-31', { points: 4 }),
      entry('dues', '2025-01-01', { points: 6 }),
      entry('orgLife', '2024-03-31', { points: 2 }),
    ];
    const full = scoreWith(pioneerIndex, { ...year, entries: facts });
    expect(full.components[0].score).toBe(94);
    expect(full.reviewPending).toBe(false);
    const q1 = scoreWith(pioneerIndex, { period: '2024-Q1', asOf: '2024-04-05', entries: facts });
    expect(q1.period).toMatchObject({ start: '2024-01-01', end: '2024-03-31', toDate: true, complete: true });
    expect(q1.components[0].score).toBe(98);
    expect(q1.grade).toBeNull();
    const q4 = scoreWith(pioneerIndex, { period: '2024-Q4', asOf: '2024-12-31', entries: facts });
    expect(q4.components[0].score).toBe(94);
    const next = scoreWith(pioneerIndex, { period: '2025-Q1', asOf: '2025-03-31', entries: facts });
    expect(next.components[0].score).toBe(94);
    expect(next.components[0].items.find((i) => i.code === 'dues')?.counted).toHaveLength(1);
  });
});
