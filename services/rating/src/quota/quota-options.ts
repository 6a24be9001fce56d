import { registerEnumType } from 'type-graphql';
import { DEFAULT_RECTIFY_MONTHS } from '../warning/warning-rules';

/** What star places are counted over. */
export enum QuotaScope {
  BRANCH = 'BRANCH',
  POOL = 'POOL',
}

export enum QuotaRounding {
  HALF_UP = 'HALF_UP',
  DOWN = 'DOWN',
  UP = 'UP',
}

export enum QuotaTieBreaker {
  BASE = 'BASE',
  STAR_POINTS = 'STAR_POINTS',
}

export enum QuotaStillTied {
  ALL_TAKE = 'ALL_TAKE',
  NONE_TAKE = 'NONE_TAKE',
}

registerEnumType(QuotaScope, {
  name: 'QuotaScope',
  description: '名额的核定范围',
  valuesConfig: {
    BRANCH: { description: '按每个党支部的人数分别核定' },
    POOL: { description: '按制定政策的镇(街道)或区的全体人数统筹核定' },
  },
});
registerEnumType(QuotaRounding, {
  name: 'QuotaRounding',
  description: '名额人数不是整数时的取整方式（最少为 0）',
  valuesConfig: {
    HALF_UP: { description: '四舍五入' },
    DOWN: { description: '向下取整' },
    UP: { description: '向上取整' },
  },
});
registerEnumType(QuotaTieBreaker, {
  name: 'QuotaTieBreaker',
  description: '名额分界处总分相同时依次比较的分数（高者优先）',
  valuesConfig: { BASE: { description: '共性分（基础分）' }, STAR_POINTS: { description: '评星分' } },
});
registerEnumType(QuotaStillTied, {
  name: 'QuotaStillTied',
  description: '依次比较后仍完全相同的处理',
  valuesConfig: {
    ALL_TAKE: { description: '并列者都获评该星级，超出名额的人数在评定中列明' },
    NONE_TAKE: { description: '并列者都不占该星级名额，名额空出，转入下一星级比较' },
  },
});

export const DEFAULT_OPTIONS = Object.freeze({
  scope: QuotaScope.BRANCH,
  rounding: QuotaRounding.HALF_UP,
  baseFloor: 50,
  totalFloor: 70,
  tieBreakers: [QuotaTieBreaker.BASE, QuotaTieBreaker.STAR_POINTS],
  stillTied: QuotaStillTied.ALL_TAKE,
  interviewDays: 15,
  rectifyMonths: DEFAULT_RECTIFY_MONTHS,
});
