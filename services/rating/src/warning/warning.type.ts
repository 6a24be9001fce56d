import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CaseEventKind,
  DisposalMeasure,
  DisposalStepKind,
  stepLabel,
  WarningCaseStatus,
  WarningMemberKind,
  WarningOutcome,
  WarningTrigger,
} from './warning-rules';

registerEnumType(WarningCaseStatus, {
  name: 'WarningCaseStatus',
  description: '双预警办理状态',
  valuesConfig: {
    OPEN: { description: '已预警，待书记约谈' },
    INTERVIEWED: { description: '已约谈，待结对帮扶' },
    HELPER_PAIRED: { description: '已结对帮扶，待制定整改计划' },
    RECTIFYING: { description: '限期整改中，待认定整改结果' },
    IMPROVED: { description: '已转化提高，结案' },
    ESCALATED: { description: '帮扶后仍无转化提高，已启动不合格党员处置程序' },
    WITHDRAWN: { description: '更正后的评定不再触发，已撤销' },
  },
});

registerEnumType(WarningTrigger, {
  name: 'WarningTrigger',
  description: '本案的起因：双预警（低于 50 分、直接认定不合格），或评定结果运用列入处置范围',
  valuesConfig: {
    SCORE_BELOW_50: { description: '考核总分低于 50 分' },
    DIRECT_UNQUALIFIED: { description: '有积分方案规定的直接评为不合格的情形' },
    DISPOSAL_CONSEQUENCE: {
      description:
        '评定结果运用列入不合格党员处置范围（如不合格、连续两年基本合格；预备党员延长或取消预备期），直接转入处置程序',
    },
  },
});

registerEnumType(CaseEventKind, {
  name: 'WarningCaseEventKind',
  description: '评定对双预警或处置案件的办理',
  valuesConfig: {
    OPENED: { description: '评定确认，实行双预警' },
    DISPOSAL_OPENED: { description: '评定结果运用列入处置范围，直接转入处置程序' },
    NEXT_RATED: { description: '下一期评定确认，记录下一期总分' },
    NEXT_CLEARED: { description: '更正后的下一期评定没有本人的得分，已清除' },
    WARNED_AGAIN: { description: '下一期再次预警，继续在本案办理' },
    NO_LONGER_WARNED: { description: '更正后的下一期评定不再预警' },
    UPGRADED: { description: '更正后的评定列入处置范围，转入处置程序' },
    WITHDRAWN: { description: '更正后的评定不再触发，自动撤销' },
    KEPT: { description: '更正后的评定不再列入处置范围，但已办理处置步骤，本案保留' },
  },
});

registerEnumType(WarningOutcome, {
  name: 'WarningOutcome',
  description: '整改结果',
  valuesConfig: {
    IMPROVED: { description: '已转化提高，结案' },
    ESCALATED: { description: '仍无转化提高，启动不合格党员处置程序' },
    WITHDRAWN: { description: '更正后的评定不再触发，自动撤销（不能手工认定）' },
  },
});

registerEnumType(DisposalMeasure, {
  name: 'DisposalMeasure',
  description: '不合格党员组织处置方式',
  valuesConfig: {
    RECTIFY_DEADLINE: { description: '限期改正（一般六个月，最长不超过一年；正式党员）' },
    ADVISE_WITHDRAWAL: { description: '劝其退党（限期改正期满仍无转变等；正式党员）' },
    REMOVAL: {
      description: '除名（劝而不退，或无正当理由连续六个月不参加组织生活、不交党费、不做党所分配的工作；正式党员）',
    },
    PROBATION_EXTENDED: { description: '延长预备期（预备党员，最长不超过一年）' },
    PROBATION_CANCELLED: { description: '取消预备党员资格（预备党员）' },
  },
});

registerEnumType(DisposalStepKind, {
  name: 'DisposalStepKind',
  description: '处置程序的步骤（按顺序办理）',
  valuesConfig: Object.fromEntries(
    Object.values(DisposalStepKind).map((s) => [s, { description: stepLabel[s] }]),
  ) as Record<DisposalStepKind, { description: string }>,
});

@ObjectType({ description: '党员大会表决情况' })
export class DisposalVoteCount {
  @Field(() => Int, { description: '有表决权的正式党员人数' }) eligible!: number;
  @Field(() => Int, { description: '到会的有表决权党员人数' }) present!: number;
  @Field(() => Int, { description: '赞成' }) inFavour!: number;
  @Field(() => Int, { description: '反对' }) against!: number;
  @Field(() => Int, { description: '弃权' }) abstain!: number;
  @Field(() => Boolean, { description: '本人是否到会申辩' }) memberSpoke!: boolean;
}

@ObjectType({ description: '处置程序的一个步骤（登记后不可修改）' })
export class DisposalStep {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '本案第几步' }) seq!: number;
  @Field(() => DisposalMeasure) measure!: DisposalMeasure;
  @Field(() => DisposalStepKind) step!: DisposalStepKind;
  @Field(() => String, { description: '决定人或决定机构' }) decidedBy!: string;
  @Field(() => Date, { description: '办理日期' }) decidedOn!: string;
  @Field(() => [String], { description: '材料（名称或编号）' }) documents!: string[];
  @Field(() => DisposalVoteCount, { nullable: true, description: '党员大会表决情况' }) vote!: DisposalVoteCount | null;
  @Field(() => Boolean, { nullable: true, description: '预审、审批是否同意' }) approval!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '申诉是否成立；期满是否已有转变；劝退时本人是否同意退党' })
  result!: boolean | null;
  @Field(() => [String], { description: '谈话人（两名正式党员）' }) participants!: string[];
  @Field(() => String, { nullable: true, description: '上一级党组织组织部门的书面意见（劝其退党、除名）' })
  upperOpinion!: string | null;
  @Field(() => Date, { nullable: true, description: '限期改正或延长预备期至' }) rectifyUntil!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) recordedBy!: string;
  @Field(() => String) recordedAt!: string;
}

@ObjectType({ description: '一项处置（一种处置方式的全部步骤）' })
export class Disposal {
  @Field(() => DisposalMeasure) measure!: DisposalMeasure;
  @Field(() => [DisposalStep]) steps!: DisposalStep[];
  @Field(() => Boolean, { description: '是否已归档办结' }) finished!: boolean;
  @Field(() => Boolean, { description: '是否未生效即终止（预审或审批不同意、申诉成立、提前归档）' })
  terminated!: boolean;
  @Field(() => [DisposalStepKind], { description: '现在可以登记的步骤' }) nextSteps!: DisposalStepKind[];
  @Field(() => Date, { nullable: true, description: '限期改正或延长预备期至' }) rectifyUntil!: string | null;
}

@ObjectType({ description: '整改计划的一次修订（登记后不可修改）' })
export class RectificationPlanRevision {
  @Field(() => Int, { description: '第几次修订，从 1 起' }) seq!: number;
  @Field(() => String, { description: '修订后的整改计划' }) plan!: string;
  @Field(() => Date, { description: '修订后的整改期限' }) deadline!: string;
  @Field(() => String, { description: '修订前的整改计划' }) planBefore!: string;
  @Field(() => Date, { description: '修订前的整改期限' }) deadlineBefore!: string;
  @Field(() => Date, { description: '修订日期' }) revisedOn!: string;
  @Field(() => String, { description: '修订决定人或机构' }) revisedBy!: string;
  @Field(() => String, { description: '修订理由' }) reason!: string;
  @Field(() => String, { description: '登记人' }) recordedBy!: string;
  @Field(() => String, { description: '登记时间' }) recordedAt!: string;
}

@ObjectType({ description: '评定对本案的一次办理（预警、下一期得分、再次预警、撤销、转入处置），登记后不可修改' })
export class WarningCaseEvent {
  @Field(() => Int, { description: '第几条，从 1 起' }) seq!: number;
  @Field(() => CaseEventKind) kind!: CaseEventKind;
  @Field(() => String, { description: '评定的期间' }) periodKey!: string;
  @Field(() => ID, { description: '评定' }) runId!: string;
  @Field(() => Float, { nullable: true, description: '该期总分' }) total!: number | null;
  @Field(() => String, { description: '说明' }) note!: string;
  @Field(() => String, { description: '确认评定的人' }) recordedBy!: string;
  @Field(() => String, { description: '确认时间' }) recordedAt!: string;
}

@ObjectType({ description: '双预警：同时警示党员本人和须采取措施的党支部' })
export class WarningCase {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '党支部' }) branchId!: string;
  @Field(() => ID, { description: '被预警的党员' }) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => String, { description: 'FULL 正式党员 / PROBATIONARY 预备党员 / ACTIVIST 入党积极分子' })
  memberKind!: WarningMemberKind;
  @Field(() => ID, { description: '触发预警的评定' }) runId!: string;
  @Field(() => String, { description: '期间，如 2024-H1' }) periodKey!: string;
  @Field(() => WarningTrigger) trigger!: WarningTrigger;
  @Field(() => Float, { nullable: true, description: '该期总分' }) total!: number | null;
  @Field(() => String, { description: '预警原因' }) triggerNote!: string;
  @Field(() => Date, { description: '预警日期' }) openedOn!: string;
  @Field(() => Date, { description: '书记约谈期限' }) interviewDue!: string;
  @Field(() => WarningCaseStatus) status!: WarningCaseStatus;
  @Field(() => Date, { nullable: true, description: '约谈日期' }) interviewedOn!: string | null;
  @Field(() => String, { nullable: true, description: '约谈人' }) interviewedBy!: string | null;
  @Field(() => String, { nullable: true, description: '约谈情况' }) interviewNote!: string | null;
  @Field(() => String, { nullable: true, description: '帮扶人' }) helperName!: string | null;
  @Field(() => ID, { nullable: true, description: '帮扶人（本系统中的党员）' }) helperMemberId!: string | null;
  @Field(() => Date, { nullable: true, description: '结对日期' }) pairedOn!: string | null;
  @Field(() => String, { nullable: true, description: '整改计划' }) plan!: string | null;
  @Field(() => Date, { nullable: true, description: '计划制定日期' }) plannedOn!: string | null;
  @Field(() => Date, { nullable: true, description: '整改期限' }) rectifyDeadline!: string | null;
  @Field(() => WarningOutcome, { nullable: true, description: '整改结果' }) outcome!: WarningOutcome | null;
  @Field(() => Date, { nullable: true, description: '认定日期' }) outcomeOn!: string | null;
  @Field(() => String, { nullable: true, description: '认定人或认定机构' }) outcomeBy!: string | null;
  @Field(() => String, { nullable: true, description: '认定说明' }) outcomeNote!: string | null;
  @Field(() => [String], { description: '触发本案的各期，首期在前（下一期再次预警的，继续在本案办理）' })
  warnedPeriods!: string[];
  @Field(() => String, { nullable: true, description: '据以认定的下一期（由下一期评定确认时记录）' })
  nextPeriodKey!: string | null;
  @Field(() => Float, { nullable: true, description: '下一期评定总分（由下一期评定确认时记录，不能手工填写）' })
  nextTotal!: number | null;
  @Field(() => ID, { nullable: true, description: '记录下一期总分的评定' }) nextRunId!: string | null;
  @Field(() => String, { nullable: true, description: '下一期评定结果运用中列入处置范围的情形，没有则为空' })
  nextDisposal!: string | null;
  @Field(() => DisposalMeasure, { nullable: true, description: '正在或最近办理的处置方式' })
  disposalMeasure!: DisposalMeasure | null;
  @Field(() => DisposalStepKind, { nullable: true, description: '处置办到的步骤' })
  disposalStep!: DisposalStepKind | null;
  @Field(() => String) updatedBy!: string;
  @Field(() => String) updatedAt!: string;
  districtId!: string;
  branchPath!: string;
  nextDecidedOn!: string | null;
  rectifyMonths!: number;
  withdrawnByRun!: string | null;
  disposalStepOn!: string | null;
  disposalDue!: string | null;
}

@InputType({ description: '登记书记约谈' })
export class RecordWarningInterviewInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Date, { description: '约谈日期' }) interviewedOn!: string;
  @Field(() => String, { description: '约谈人（一般为党支部书记）' }) interviewedBy!: string;
  @Field(() => String, { description: '约谈情况：发现的问题、原因分析' }) note!: string;
}

@InputType({ description: '结对帮扶' })
export class PairWarningHelperInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: '帮扶人姓名' }) helperName!: string;
  @Field(() => ID, { nullable: true, description: '帮扶人是本系统中的党员时，其编号' }) helperMemberId?: string | null;
  @Field(() => Date, { description: '结对日期' }) pairedOn!: string;
}

@InputType({ description: '制定整改计划（限期改正）' })
export class SetRectificationPlanInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: '整改计划' }) plan!: string;
  @Field(() => Date, { description: '计划制定日期' }) plannedOn!: string;
  @Field(() => Date, {
    nullable: true,
    description: '整改期限；缺省为制定日期后六个月（或名额政策规定的月数），最长不超过一年',
  })
  deadline?: string | null;
}

@InputType({ description: '修订整改计划（限期整改中；整改期限自首次制定计划起最长不超过一年）' })
export class ReviseRectificationPlanInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { nullable: true, description: '修订后的整改计划；不填则不变' }) plan?: string | null;
  @Field(() => Date, { nullable: true, description: '修订后的整改期限；不填则不变' }) deadline?: string | null;
  @Field(() => Date, { description: '修订日期：不早于上次制定或修订计划的日期，不晚于今天' }) revisedOn!: string;
  @Field(() => String, { description: '修订决定人或机构，如“党支部委员会”' }) revisedBy!: string;
  @Field(() => String, { description: '修订理由' }) reason!: string;
}

@InputType({
  description:
    '认定整改结果：依据下一期评定确认时记录的总分，达到 50 分才能认定为已转化提高，否则只能转入处置程序；下一期评定确认之前不能认定',
})
export class DecideWarningOutcomeInput {
  @Field(() => ID) caseId!: string;
  @Field(() => WarningOutcome, { description: 'IMPROVED 结案，ESCALATED 启动处置程序' }) outcome!: WarningOutcome;
  @Field(() => Date, { description: '认定日期' }) decidedOn!: string;
  @Field(() => String, { description: '认定人或认定机构，如“党支部委员会”' }) decidedBy!: string;
  @Field(() => String, { nullable: true, description: '说明；启动处置程序时必填' }) note?: string | null;
}

@InputType({ description: '党员大会表决情况：到会须超过有表决权党员的半数，赞成须超过到会人数的半数' })
export class DisposalVoteInput {
  @Field(() => Int, { description: '有表决权的正式党员人数' }) eligible!: number;
  @Field(() => Int, { description: '到会人数' }) present!: number;
  @Field(() => Int, { description: '赞成' }) inFavour!: number;
  @Field(() => Int, { description: '反对' }) against!: number;
  @Field(() => Int, { description: '弃权' }) abstain!: number;
  @Field(() => Boolean, { defaultValue: false, description: '本人是否到会申辩' }) memberSpoke!: boolean;
}

@InputType({ description: '登记处置程序的一个步骤（须按顺序，登记后不可修改）' })
export class RecordDisposalStepInput {
  @Field(() => ID) caseId!: string;
  @Field(() => DisposalMeasure) measure!: DisposalMeasure;
  @Field(() => DisposalStepKind) step!: DisposalStepKind;
  @Field(() => String, { description: '决定人或决定机构' }) decidedBy!: string;
  @Field(() => Date, { description: '办理日期' }) decidedOn!: string;
  @Field(() => [String], { nullable: true, description: '材料（名称或编号）' }) documents?: string[] | null;
  @Field(() => DisposalVoteInput, { nullable: true, description: '党员大会表决（仅“党员大会表决”）' })
  vote?: DisposalVoteInput | null;
  @Field(() => Boolean, { nullable: true, description: '是否同意（仅“基层党委预审”“基层党委审批”）' }) approval?:
    boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '申诉是否成立（本人申诉）；期满是否已有转变（限期改正期满评估）；本人是否同意退党（劝其退党的通知本人）',
  })
  result?: boolean | null;
  @Field(() => [String], { nullable: true, description: '谈话人（仅“两名正式党员谈话”，至少两名）' }) participants?:
    string[] | null;
  @Field(() => String, { nullable: true, description: '上一级党组织组织部门的书面意见（劝其退党、除名的预审必填）' })
  upperOpinion?: string | null;
  @Field(() => Date, { nullable: true, description: '限期改正或延长预备期至（仅审批；缺省六个月，最长一年）' })
  rectifyUntil?: string | null;
  @Field(() => String, { nullable: true, description: '备注；提前归档时写明终止原因' }) note?: string | null;
}
