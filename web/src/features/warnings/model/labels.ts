/**
 * Chinese labels of the warning cases' codes, from the schema's descriptions of each value (the rating service's
 * warningStatusLabel for the stages): a short stage name for the board's tabs and the API's sentence beside it.
 */
export const STAGES = ['OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING', 'IMPROVED', 'ESCALATED'] as const;
export type Stage = (typeof STAGES)[number];

export const stageLabels: Record<string, string> = {
  OPEN: '待约谈',
  INTERVIEWED: '已约谈',
  HELPER_PAIRED: '已结对',
  RECTIFYING: '整改中',
  IMPROVED: '已转化',
  ESCALATED: '处置中',
  WITHDRAWN: '已撤销',
};

/** What each stage means and waits for (warningStatusLabel of the rating service, the schema's descriptions). */
export const stageDescriptions: Record<string, string> = {
  OPEN: '已预警，待书记约谈',
  INTERVIEWED: '已约谈，待结对帮扶',
  HELPER_PAIRED: '已结对帮扶，待制定整改计划',
  RECTIFYING: '限期整改中，待认定整改结果',
  IMPROVED: '已转化提高，结案',
  ESCALATED: '已启动不合格党员处置程序',
  WITHDRAWN: '更正后的评定不再触发，已撤销',
};

export const stageColors: Record<string, string> = {
  OPEN: 'gold',
  INTERVIEWED: 'blue',
  HELPER_PAIRED: 'cyan',
  RECTIFYING: 'geekblue',
  IMPROVED: 'green',
  ESCALATED: 'red',
  WITHDRAWN: 'default',
};

export const triggerLabels: Record<string, string> = {
  SCORE_BELOW_50: '双预警：考核总分低于 50 分',
  DIRECT_UNQUALIFIED: '双预警：有直接评为不合格的情形',
  DISPOSAL_CONSEQUENCE: '列入处置范围：评定结果运用',
};

export const memberKindLabels: Record<string, string> = {
  FULL: '正式党员',
  PROBATIONARY: '预备党员',
  ACTIVIST: '入党积极分子',
};

export const outcomeLabels: Record<string, string> = {
  IMPROVED: '已转化提高，结案',
  ESCALATED: '仍无转化提高，启动不合格党员处置程序',
  WITHDRAWN: '更正后的评定不再触发，自动撤销',
};

export const eventKindLabels: Record<string, string> = {
  OPENED: '评定确认，实行双预警',
  DISPOSAL_OPENED: '评定结果运用列入处置范围，转入处置程序',
  NEXT_RATED: '下一期评定确认，记录下一期总分',
  NEXT_CLEARED: '更正后的下一期评定没有本人得分，已清除',
  WARNED_AGAIN: '下一期再次预警，继续在本案办理',
  NO_LONGER_WARNED: '更正后的下一期评定不再预警',
  UPGRADED: '更正后的评定列入处置范围，转入处置程序',
  WITHDRAWN: '更正后的评定不再触发，自动撤销',
  KEPT: '更正后不再列入处置范围，已办理处置步骤，本案保留',
};

export const measureLabels: Record<string, string> = {
  RECTIFY_DEADLINE: '限期改正',
  ADVISE_WITHDRAWAL: '劝其退党',
  REMOVAL: '除名',
  PROBATION_EXTENDED: '延长预备期',
  PROBATION_CANCELLED: '取消预备党员资格',
};

export const stepLabels: Record<string, string> = {
  PROPOSED: '支委会提出处置意见并报基层党委备案',
  INVESTIGATED: '调查核实',
  TALKED: '两名正式党员谈话',
  PRE_REVIEWED: '基层党委预审',
  ASSEMBLY_VOTED: '党员大会表决',
  APPROVED: '基层党委审批',
  NOTIFIED: '通知本人',
  APPEALED: '本人申诉',
  RECTIFICATION_REVIEWED: '限期改正期满评估',
  ARCHIVED: '材料归档',
};
