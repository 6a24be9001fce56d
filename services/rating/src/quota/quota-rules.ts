import { RatingError, RatingErrorCode } from '../rating-error';
import { MAX_RECTIFY_MONTHS } from '../warning/warning-rules';
import { DEFAULT_OPTIONS, QuotaRounding, QuotaScope, QuotaStillTied, QuotaTieBreaker } from './quota-options';

export interface StarShares {
  fiveStarPercent: number;
  fourStarPercent: number;
  threeStarPercent: number;
}

/** DOMAIN.md: five-star about 10%, four-star 15%, three-star 20% of the members. */
export const DEFAULT_SHARES: StarShares = Object.freeze({
  fiveStarPercent: 10,
  fourStarPercent: 15,
  threeStarPercent: 20,
});

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
    else if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-7) problems.push(`${label}比例最多保留两位小数`);
  }
  const total = shares.fiveStarPercent + shares.fourStarPercent + shares.threeStarPercent;
  if (problems.length === 0 && total > 100) problems.push(`三档比例合计 ${total}% 超过了 100%`);
  if (problems.length > 0)
    throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, problems.join('；'), { problems });
  return shares;
}

export function checkCycle(cycle: number): number {
  if (!Number.isInteger(cycle) || cycle < 2000 || cycle > 2100) {
    throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, `积分周期应为 2000 到 2100 之间的年份，收到 ${cycle}`, {
      field: 'cycle',
    });
  }
  return cycle;
}

/** A branch given its own shares (连续三年先进基层党组织的支部可适当放宽五星级比例): it is rated on its own. */
interface QuotaOverride extends StarShares {
  branchId: string;
  reason: string;
}

/** Everything a committee decides about star places for a cycle. */
export interface QuotaRules extends StarShares {
  scope: QuotaScope;
  rounding: QuotaRounding;
  baseFloor: number;
  totalFloor: number;
  tieBreakers: QuotaTieBreaker[];
  stillTied: QuotaStillTied;
  overrides: QuotaOverride[];
  /** 双预警: the secretary's interview is due this many days after the case opens. */
  interviewDays: number;
  /** 限期改正: the default rectification period, at most twelve months. */
  rectifyMonths: number;
}

export const DEFAULT_RULES: QuotaRules = Object.freeze({
  ...DEFAULT_SHARES,
  ...DEFAULT_OPTIONS,
  tieBreakers: [...DEFAULT_OPTIONS.tieBreakers],
  overrides: [],
});

const tenths = (value: number) => Number.isFinite(value) && Math.abs(value * 10 - Math.round(value * 10)) < 1e-7;

/** The options beside the shares, each checked; every problem is named at once. */
export function checkRules(rules: QuotaRules): QuotaRules {
  checkShares(rules);
  const problems: string[] = [];
  for (const [value, label] of [
    [rules.baseFloor, '共性分下限'],
    [rules.totalFloor, '评星起点（总分）'],
  ] as const) {
    if (!tenths(value) || value < 0 || value > 1000) problems.push(`${label}应在 0 到 1000 之间，最多一位小数`);
  }
  if (new Set(rules.tieBreakers).size !== rules.tieBreakers.length) problems.push('同分比较顺序中有重复项');
  if (!Number.isInteger(rules.interviewDays) || rules.interviewDays < 1 || rules.interviewDays > 90)
    problems.push('约谈期限应为 1 到 90 天');
  if (!Number.isInteger(rules.rectifyMonths) || rules.rectifyMonths < 1 || rules.rectifyMonths > MAX_RECTIFY_MONTHS)
    problems.push('限期改正一般为六个月，最长不超过一年（1 到 12 个月）');
  const seen = new Set<string>();
  rules.overrides.forEach((o, i) => {
    if (seen.has(o.branchId)) problems.push(`第 ${i + 1} 项单独核定的支部重复`);
    seen.add(o.branchId);
    if (!o.reason?.trim()) problems.push(`第 ${i + 1} 项单独核定须写明理由（如连续三年被评为先进基层党组织）`);
    try {
      checkShares(o);
    } catch (error) {
      problems.push(`第 ${i + 1} 项单独核定：${(error as Error).message}`);
    }
  });
  if (problems.length > 0)
    throw new RatingError(RatingErrorCode.INVALID_QUOTA_POLICY, problems.join('；'), { problems });
  return rules;
}
