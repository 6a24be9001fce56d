/** The one dictionary of Chinese labels for API codes the API gives no label of (organisations carry `levelLabel`). */
export const roleLabels: Record<string, string> = {
  SYSTEM: '平台',
  DISTRICT: '区委组织部',
  TOWNSHIP: '镇(街道)党(工)委',
  BRANCH_SECRETARY: '党支部书记',
  BRANCH_RECORDER: '积分记录员',
  MEMBER: '党员',
};

export const labelOf = (labels: Record<string, string>, code: string | null | undefined) =>
  (code && labels[code]) ?? '—';

export const memberKindLabels: Record<string, string> = {
  FULL: '正式党员',
  PROBATIONARY: '预备党员',
  ACTIVIST: '入党积极分子',
};

export const warningTriggerLabels: Record<string, string> = {
  SCORE_BELOW_50: '考核总分低于 50 分',
  DIRECT_UNQUALIFIED: '有直接评为不合格的情形',
  DISPOSAL_CONSEQUENCE: '评定结果运用列入不合格党员处置范围',
};

export const ratingStatusLabels: Record<string, string> = {
  RATED: '已评定',
  EXEMPT: '不纳入积分管理',
  NOT_GRADED: '本期不评定等次',
};
