import type { QuotaRounding, QuotaScope, QuotaStillTied, RatingResultStatus } from '../../../gql/graphql';

/** The Chinese names of the quota policy's codes, as the committee reads them. */
export const scopeLabels: Record<QuotaScope, string> = {
  BRANCH: '每个支部分别核定',
  POOL: '全镇统筹',
};

export const roundingLabels: Record<QuotaRounding, string> = {
  HALF_UP: '四舍五入',
  DOWN: '向下取整',
  UP: '向上取整',
};

export const stillTiedLabels: Record<QuotaStillTied, string> = {
  ALL_TAKE: '并列者都获评该星级',
  NONE_TAKE: '并列者都不占该星级名额',
};

/** The tie order as one choice: the scores compared in turn (none: straight to the still-tied rule). */
export const tieOrderLabels: Record<string, string> = {
  'BASE,STAR_POINTS': '先比共性分，再比评星分',
  'STAR_POINTS,BASE': '先比评星分，再比共性分',
  BASE: '只比共性分',
  STAR_POINTS: '只比评星分',
  '': '不再比较',
};

/** QuotaUnit.basis. */
export const basisLabels: Record<string, string> = {
  BRANCH: '按支部',
  POOL: '统筹',
  OVERRIDE: '单独核定',
};

export const statusLabels: Record<RatingResultStatus, string> = {
  RATED: '已评定',
  EXEMPT: '不纳入积分管理',
  NOT_GRADED: '本期不评定等次',
};

/** RatingChange.kind. */
export const changeKindLabels: Record<string, string> = {
  ADDED: '新增',
  REMOVED: '不再参加',
  CHANGED: '变化',
};

export const starsLabel = (stars: number | null | undefined) => (stars ? `${stars} 星` : '未评星');
