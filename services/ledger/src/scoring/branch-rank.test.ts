import { rankBranch, samePlace } from './branch-rank';

const score = (memberId: string, total: number, base: number | null = null) => ({ memberId, total, base });

describe('rankBranch', () => {
  it('ranks by total, highest first, ties sharing a place (1, 2, 2, 4)', () => {
    const places = rankBranch([score('d', 70), score('b', 85.5), score('c', 85.5), score('a', 92)], false);
    expect(Object.fromEntries(places)).toEqual({
      a: { position: 1, of: 4, tied: 1 },
      b: { position: 2, of: 4, tied: 2 },
      c: { position: 2, of: 4, tied: 2 },
      d: { position: 4, of: 4, tied: 1 },
    });
  });

  it('under a star-rating scheme breaks a tie by the higher base, members still tied sharing the place', () => {
    const places = rankBranch([score('a', 80, 50), score('b', 80, 55), score('c', 80, 55), score('d', 79, 60)], true);
    expect(Object.fromEntries(places)).toEqual({
      b: { position: 1, of: 4, tied: 2 },
      c: { position: 1, of: 4, tied: 2 },
      a: { position: 3, of: 4, tied: 1 },
      d: { position: 4, of: 4, tied: 1 },
    });
  });

  it('gives nobody a place in an empty branch, and compares places', () => {
    expect(rankBranch([], false).size).toBe(0);
    expect(samePlace(null, undefined)).toBe(true);
    expect(samePlace({ position: 1, of: 3 }, { position: 1, of: 3, tied: 1 })).toBe(true);
    expect(samePlace({ position: 1, of: 3 }, { position: 1, of: 4 })).toBe(false);
    expect(samePlace({ position: 1, of: 3 }, null)).toBe(false);
  });
});
