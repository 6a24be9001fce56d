import { childPath } from '@jifen/kit';
import { RatingErrorCode } from '../rating-error';
import { effectivePolicy } from './quota-policy.service';
import { checkCycle, checkRules, checkShares, DEFAULT_RULES, DEFAULT_SHARES } from './quota-rules';
import { QuotaPolicyRecord } from './quota-policy.storage';

describe('checkShares', () => {
  it.each([
    [{ fiveStarPercent: 10, fourStarPercent: 15, threeStarPercent: 20 }, null],
    [{ fiveStarPercent: 12.5, fourStarPercent: 15, threeStarPercent: 20 }, null],
    [{ fiveStarPercent: 0, fourStarPercent: 0, threeStarPercent: 100 }, null],
    [{ fiveStarPercent: -1, fourStarPercent: 15, threeStarPercent: 20 }, '五星比例应在 0 到 100 之间'],
    [{ fiveStarPercent: 10.123, fourStarPercent: 15, threeStarPercent: 20 }, '五星比例最多保留两位小数'],
    [{ fiveStarPercent: 50, fourStarPercent: 30, threeStarPercent: 30 }, '三档比例合计 110% 超过了 100%'],
  ])('%j → %s', (shares, problem) => {
    if (problem === null) expect(checkShares(shares)).toEqual(shares);
    else
      expect(() => checkShares(shares)).toThrow(
        expect.objectContaining({
          code: RatingErrorCode.INVALID_QUOTA_POLICY,
          message: expect.stringContaining(problem),
        }),
      );
  });

  it.each([0.57, 18.65, 14.35, 33.33])('accepts the two-decimal share %s', (five) => {
    expect(checkShares({ fiveStarPercent: five, fourStarPercent: 15, threeStarPercent: 20 }).fiveStarPercent).toBe(
      five,
    );
  });
  it.each([1999, 2101, 2026.5])('refuses cycle %s', (cycle) => {
    expect(() => checkCycle(cycle)).toThrow(expect.objectContaining({ code: RatingErrorCode.INVALID_QUOTA_POLICY }));
  });
});

describe('checkRules', () => {
  it('accepts the defaults', () => {
    expect(checkRules(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
  });
  it.each([
    [{ baseFloor: 50.25 }, '共性分下限应在 0 到 1000 之间，最多一位小数'],
    [{ interviewDays: 0 }, '约谈期限应为 1 到 90 天'],
    [{ rectifyMonths: 13 }, '最长不超过一年'],
    [{ tieBreakers: ['BASE', 'BASE'] }, '同分比较顺序中有重复项'],
    [
      { overrides: [{ branchId: 'b', fiveStarPercent: 20, fourStarPercent: 15, threeStarPercent: 20, reason: ' ' }] },
      '第 1 项单独核定须写明理由',
    ],
    [
      {
        overrides: [{ branchId: 'b', fiveStarPercent: 80, fourStarPercent: 15, threeStarPercent: 20, reason: '先进' }],
      },
      '第 1 项单独核定：三档比例合计 115% 超过了 100%',
    ],
  ])('%j → %s', (change, problem) => {
    expect(() => checkRules({ ...DEFAULT_RULES, ...change } as never)).toThrow(
      expect.objectContaining({
        code: RatingErrorCode.INVALID_QUOTA_POLICY,
        message: expect.stringContaining(problem),
      }),
    );
  });
});

describe('effectivePolicy', () => {
  const D = '11111111-1111-4111-8111-111111111111';
  const T = '22222222-2222-4222-8222-222222222222';
  const B = '33333333-3333-4333-8333-333333333333';
  const branchPath = childPath(childPath(childPath(null, D), T), B);
  const policy = (org: string, cycle: number, five: number, setAt: string): QuotaPolicyRecord => ({
    ...DEFAULT_RULES,
    id: `${org}-${cycle}-${setAt}`,
    districtId: D,
    organizationId: org,
    cycle,
    fiveStarPercent: five,
    fourStarPercent: 15,
    threeStarPercent: 20,
    reason: null,
    setBy: 'x',
    setByName: '青山镇党委 管理员 王芳',
    setAt,
  });
  const history = [
    policy(D, 2025, 10, '2025-01-01'),
    policy(T, 2026, 12, '2026-01-01'),
    policy(T, 2026, 14, '2026-02-01'),
  ];

  it('falls back to the default shares when nothing is set', () => {
    expect(effectivePolicy(branchPath, B, [], 2026)).toMatchObject({
      ...DEFAULT_SHARES,
      isDefault: true,
      inherited: false,
      id: null,
    });
  });
  it.each([
    [2024, 10, true],
    [2025, 10, false],
    [2026, 14, false],
    [2027, 14, false],
  ])('in cycle %i the branch has five-star %i%% (default: %s)', (cycle, five, isDefault) => {
    const found = effectivePolicy(branchPath, B, history, cycle);
    expect(found.fiveStarPercent).toBe(five);
    expect(found.isDefault).toBe(isDefault);
    expect(found.inherited).toBe(!isDefault);
  });
});
