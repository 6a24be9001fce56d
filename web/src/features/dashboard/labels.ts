/** Chinese labels for the codes the dashboard shows (the schema's own descriptions of each enum value). */
export const scoreStateLabels: Record<string, string> = {
  PROVISIONAL: '暂定',
  PUBLISHED: '公示中',
  HELD: '暂缓确认',
  FINAL: '已确认',
};

export const memberStatusLabels: Record<string, string> = {
  ACTIVE: '在册',
  EXEMPT: '不纳入积分管理',
  TRANSFERRED_OUT: '已转出',
};

export const entryStateLabels: Record<string, string> = {
  DECLARED: '待初评',
  ACCEPTED: '初评认定',
  REJECTED: '不予认定',
  CONFIRMED: '大会已评定',
  PUBLISHED: '公示中',
  FINAL: '已确认',
  REVERSED: '已冲正',
};

export const warningStatusLabels: Record<string, string> = {
  OPEN: '待书记约谈',
  INTERVIEWED: '已约谈，待结对帮扶',
  HELPER_PAIRED: '已结对，待制定整改计划',
  RECTIFYING: '限期整改中',
  IMPROVED: '已转化提高，结案',
  ESCALATED: '已转入不合格党员处置',
  WITHDRAWN: '已撤销',
};

export const warningOutcomeLabels: Record<string, string> = {
  IMPROVED: '已转化提高',
  ESCALATED: '转入处置程序',
  WITHDRAWN: '自动撤销',
};

export const disposalMeasureLabels: Record<string, string> = {
  RECTIFY_DEADLINE: '限期改正',
  ADVISE_WITHDRAWAL: '劝其退党',
  REMOVAL: '除名',
  PROBATION_EXTENDED: '延长预备期',
  PROBATION_CANCELLED: '取消预备党员资格',
};

export const componentKindLabels: Record<string, string> = {
  EARNED: '得分',
  DEDUCTED: '扣分制',
  REVIEW: '民主评议',
  BONUS: '加分',
  PENALTY: '减分',
};

export const starLabel = (stars: number | null | undefined) =>
  stars ? `${'★'.repeat(stars)}（${stars}星）` : '未获星';
