import { childPath } from '@jifen/kit';
import { RatingErrorCode } from '../rating-error';
import { effectivePolicy } from './quota-policy.service';
import { checkCycle, checkShares, DEFAULT_SHARES } from './quota-rules';
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
    else expect(() => checkShares(shares)).toThrow(expect.objectContaining({ code: RatingErrorCode.INVALID_QUOTA_POLICY, message: expect.stringContaining(problem) }));
  });

  it.each([1999, 2101, 2026.5])('refuses cycle %s', (cycle) => {
    expect(() => checkCycle(cycle)).toThrow(expect.objectContaining({ code: RatingErrorCode.INVALID_QUOTA_POLICY }));
  });
});

describe('effectivePolicy', () => {
  const D = '11111111-1111-4111-8111-111111111111';
  const T = '22222222-2222-4222-8222-222222222222';
  const B = '33333333-3333-4333-8333-333333333333';
  const branchPath = childPath(childPath(childPath(null, D), T), B);
  const policy = (org: string, cycle: number, five: number, setAt: string): QuotaPolicyRecord => ({
    id: `${org}-${cycle}-${setAt}`,
    districtId: D,
    organizationId: org,
    cycle,
    fiveStarPercent: five,
    fourStarPercent: 15,
    threeStarPercent: 20,
    reason: null,
    setBy: 'x',
    setAt,
  });
  const history = [policy(D, 2025, 10, '2025-01-01'), policy(T, 2026, 12, '2026-01-01'), policy(T, 2026, 14, '2026-02-01')];

  it('falls back to the default shares when nothing is set', () => {
    expect(effectivePolicy(branchPath, B, [], 2026)).toMatchObject({ ...DEFAULT_SHARES, isDefault: true, inherited: false, id: null });
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
