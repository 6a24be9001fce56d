import { RatingError, RatingErrorCode } from '../rating-error';

export interface StarShares {
  fiveStarPercent: number;
  fourStarPercent: number;
  threeStarPercent: number;
}

/** DOMAIN.md: five-star about 10%, four-star 15%, three-star 20% of the members. */
export const DEFAULT_SHARES: StarShares = Object.freeze({ fiveStarPercent: 10, fourStarPercent: 15, threeStarPercent: 20 });

/** Shares as a committee would write them: each 0–100 with at most two decimals, together at most 100. */
export function checkShares(shares: StarShares): StarShares {
  const problems: string[] = [];
  const labels: [keyof StarShares, string][] = [
    ['fiveStarPercent', '五星'],
    ['fourStarPercent', '四星'],
    ['threeStarPercent', '三星'],
  ];
  for (const [key, label] of labels) {
    const value = shares[key];
    if (!Number.isFinite(value) || value < 0 || value > 100) problems.push(`${label}比例应在 0 到 100 之间`);
    else if (Math.round(value * 100) !== value * 100) problems.push(`${label}比例最多保留两位小数`);
  }
  const total = shares.fiveStarPercent + shares.fourStarPercent + shares.threeStarPercent;
  if (problems.length === 0 && total > 100) problems.push(`三档比例合计 ${total}% 超过了 100%`);
  if (problems.length > 0) throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, problems.join('；'), { problems });
  return shares;
}

export function checkCycle(cycle: number): number {
  if (!Number.isInteger(cycle) || cycle < 2000 || cycle > 2100) {
    throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, `积分周期应为 2000 到 2100 之间的年份，收到 ${cycle}`, { field: 'cycle' });
  }
  return cycle;
}
