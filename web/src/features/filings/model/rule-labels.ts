import type { ComponentKind, HonourLevel, RulePeriodKind } from './rule-document';

/** Chinese labels for the rule document's codes (the format's enums; services/rules/README.md says what each does). */
export const componentKindLabels: Record<ComponentKind, string> = {
  EARNED: '累加得分',
  DEDUCTED: '倒扣（扣完为止）',
  REVIEW: '民主评议',
  BONUS: '加分',
  PENALTY: '扣分',
};

export const honourLevelLabels: Record<HonourLevel, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY: '市级',
  COUNTY: '县（区）级',
  TOWNSHIP: '乡镇（党工委）级',
  UNIT: '本单位',
  BRANCH: '党支部',
};

export const HONOUR_LEVELS = Object.keys(honourLevelLabels) as HonourLevel[];

export const memberKindLabels: Record<string, string> = {
  FULL: '正式党员',
  PROBATIONARY: '预备党员',
  ACTIVIST: '入党积极分子',
};

/** "Each …" of a period kind: the unit caps and full scores are written for. */
export const perPeriodLabels: Record<RulePeriodKind, string> = {
  YEAR: '每年',
  HALF_YEAR: '每半年',
  QUARTER: '每季度',
  MONTH: '每月',
};

export const floorScopeLabels: Record<'UNIT' | 'CYCLE', string> = {
  UNIT: '每个计分单位各自扣完为止',
  CYCLE: '整个积分周期合计扣完为止',
};
