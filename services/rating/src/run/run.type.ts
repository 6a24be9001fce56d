import { JsonObjectScalar } from '@jifen/kit/server';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WarningTrigger } from '../warning/warning-rules';
import '../warning/warning.type';

export enum RatingRunStatus {
  PREVIEW = 'PREVIEW',
  CONFIRMED = 'CONFIRMED',
  SUPERSEDED = 'SUPERSEDED',
}

export enum RatingResultStatus {
  RATED = 'RATED',
  EXEMPT = 'EXEMPT',
  NOT_GRADED = 'NOT_GRADED',
}

registerEnumType(RatingRunStatus, {
  name: 'RatingRunStatus',
  description: '评定的状态',
  valuesConfig: {
    PREVIEW: { description: '预览：尚未确认，结果不公布，不启动双预警' },
    CONFIRMED: { description: '已确认：本期现行的评定结果' },
    SUPERSEDED: { description: '已被更正后的新版本取代' },
  },
});
registerEnumType(RatingResultStatus, {
  name: 'RatingResultStatus',
  description: '党员在评定中的情况',
  valuesConfig: {
    RATED: { description: '已评定' },
    EXEMPT: { description: '不纳入积分管理' },
    NOT_GRADED: { description: '本期不评定等次' },
  },
});

@ObjectType({ description: '等次' })
export class RatingGrade {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: '结果运用' })
export class RatingConsequence {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: '党员的评定结果：等次、星级、结果运用，以及逐条说明' })
export class RatingResult {
  @Field(() => ID) runId!: string;
  @Field(() => String, { description: '期间' }) period!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => String) memberNo!: string;
  @Field(() => String, { description: 'FULL / PROBATIONARY / ACTIVIST' }) memberKind!: string;
  @Field(() => ID, { description: '所在党支部' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: '核定星级名额的单位（支部，或统筹的镇、区）' }) unitId!:
    string | null;
  @Field(() => RatingResultStatus) status!: RatingResultStatus;
  @Field(() => Float, { nullable: true, description: '总分' }) total!: number | null;
  @Field(() => Float, { nullable: true, description: '共性分（基础分）' }) base!: number | null;
  @Field(() => Float, { nullable: true, description: '评星分' }) starPoints!: number | null;
  @Field(() => RatingGrade, { nullable: true, description: '等次' }) grade!: RatingGrade | null;
  @Field(() => Int, { nullable: true, description: '星级（5、4、3），未评上为空' }) stars!: number | null;
  @Field(() => Int, { nullable: true, description: '在符合评星条件者中的名次' }) rank!: number | null;
  @Field(() => WarningTrigger, { nullable: true, description: '双预警' }) warning!: WarningTrigger | null;
  @Field(() => [RatingConsequence], { description: '结果运用' }) consequences!: RatingConsequence[];
  @Field(() => [String], { description: '为什么得到这个结果（名次、评星条件、名额及取整、同分处理）' })
  explanation!: string[];
}

@ObjectType({ description: '评定结果分页' })
export class RatingResultPage {
  @Field(() => [RatingResult]) items!: RatingResult[];
  @Field(() => Int, { description: '符合条件的总人数' }) total!: number;
}

@ObjectType({ description: '某星级的名额与结果' })
export class StarLevelQuota {
  @Field(() => Int, { description: '星级' }) stars!: number;
  @Field(() => Float, { nullable: true, description: '比例（%）；汇总时为空' }) percent!: number | null;
  @Field(() => Int, { description: '名额' }) places!: number;
  @Field(() => Int, { description: '获评人数' }) taken!: number;
  @Field(() => Int, { description: '因并列超出名额的人数' }) overflow!: number;
  @Field(() => String, { nullable: true, description: '名额的计算与取整' }) explanation!: string | null;
}

@ObjectType({ description: '名额分界处的并列' })
export class StarTie {
  @Field(() => Int) stars!: number;
  @Field(() => [ID]) memberIds!: string[];
  @Field(() => Int, { description: '轮到并列者时该星级剩余的名额' }) placesLeft!: number;
  @Field(() => String, { description: 'ALL_TAKE 并列者都获评 / NONE_TAKE 都不占该星级名额' }) outcome!: string;
  @Field(() => String) explanation!: string;
}

@ObjectType({ description: '核定星级名额的单位：一个党支部、单独核定的支部，或统筹的镇(街道)、区' })
export class QuotaUnit {
  @Field(() => ID) unitId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'BRANCH 按支部 / POOL 统筹 / OVERRIDE 单独核定' }) basis!: string;
  @Field(() => Int, { description: '参加评星的人数' }) count!: number;
  @Field(() => [StarLevelQuota]) levels!: StarLevelQuota[];
  @Field(() => [StarTie]) ties!: StarTie[];
  @Field(() => JsonObjectScalar, { description: '本次评定所用的名额政策（快照）' }) policy!: Record<string, unknown>;
}

@ObjectType({ description: '评定结果中某等次的人数' })
export class RatingGradeCount {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '评定概况' })
export class RatingSummary {
  @Field(() => Int, { description: '已确认的积分人数' }) scores!: number;
  @Field(() => Int, { description: '评定等次的人数' }) rated!: number;
  @Field(() => Int, { description: '不纳入积分管理的人数' }) exempt!: number;
  @Field(() => Int, { description: '本期不评定等次的人数' }) notGraded!: number;
  @Field(() => [RatingGradeCount]) grades!: RatingGradeCount[];
  @Field(() => [StarLevelQuota], { description: '各星级名额与获评人数（各单位合计）' }) levels!: StarLevelQuota[];
  @Field(() => Int, { description: '双预警人数' }) warnings!: number;
  @Field(() => Int, { description: '名额核定单位数' }) units!: number;
}

@ObjectType({ description: '尚未确认的积分（确认评定前须公示期满、异议处理完毕）' })
export class PendingRatingScore {
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => ID) branchId!: string;
  @Field(() => String, { description: 'PROVISIONAL / PUBLISHED / HELD' }) state!: string;
}

@ObjectType({ description: '积分尚未全部确定的党支部：多少人、处于哪一步、为什么' })
export class PendingRatingBranch {
  @Field(() => ID) branchId!: string;
  @Field(() => String) branchName!: string;
  @Field(() => Int, { description: '尚未确定的人数' }) count!: number;
  @Field(() => Int, { description: '尚在申报、初评或党员大会评定中（未公示）' }) provisional!: number;
  @Field(() => Int, { description: '公示中' }) published!: number;
  @Field(() => Int, { description: '有异议或申诉待处理' }) held!: number;
  @Field(() => String, { description: '说明' }) reason!: string;
}

@ObjectType({ description: '与上一版本相比的变化' })
export class RatingChange {
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => String, { description: 'ADDED / REMOVED / CHANGED' }) kind!: string;
  @Field(() => String, { description: '变化说明' }) text!: string;
  @Field(() => Float, { nullable: true }) totalBefore!: number | null;
  @Field(() => Float, { nullable: true }) totalAfter!: number | null;
  @Field(() => Int, { nullable: true }) starsBefore!: number | null;
  @Field(() => Int, { nullable: true }) starsAfter!: number | null;
}

@ObjectType({ description: '一次评星定级（某组织某期间的一个版本）' })
@Directive('@key(fields: "id")')
export class RatingRun {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String, { description: '期间，如 2024、2024-H1' }) period!: string;
  @Field(() => Int, { description: '版本号，从 1 起；更正后重新评定为新版本' }) version!: number;
  @Field(() => RatingRunStatus) status!: RatingRunStatus;
  @Field(() => RatingSummary) summary!: RatingSummary;
  @Field(() => Int, { description: '尚未确认的积分人数；大于 0 时不能确认' }) pendingCount!: number;
  @Field(() => [PendingRatingScore], { description: '尚未确认的积分（最多 100 条）' }) pending!: PendingRatingScore[];
  @Field(() => [PendingRatingBranch], {
    description: '积分尚未全部确定的党支部（全部列出，人数多的在前）：这些党员本次预览不参加评定',
  })
  pendingBranches!: PendingRatingBranch[];
  @Field(() => ID, { nullable: true, description: '比较的版本（现行的已确认版本，否则上一版本）' }) comparedWith!:
    string | null;
  @Field(() => [RatingChange], { description: '与比较版本的差异' }) changes!: RatingChange[];
  @Field(() => String, { description: '预览人的调用者标识（account:<编号>、key:<编号> 或 system），供程序比对' })
  createdBy!: string;
  @Field(() => String, { description: '预览人署名：组织、角色和姓名（预览时的名称），如“青山镇党委 管理员 王芳”' })
  createdByName!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true, description: '确认人的调用者标识，供程序比对' }) confirmedBy!: string | null;
  @Field(() => String, { nullable: true, description: '确认人署名：组织、角色和姓名（确认时的名称）' })
  confirmedByName!: string | null;
  @Field(() => String, { nullable: true }) confirmedAt!: string | null;
  @Field(() => Date, { nullable: true, description: '期间的最后一天（评定决定日期不得早于此日）' })
  periodEnd!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: '评定决定日期（定星会议之日）：本次启动的双预警自此日起算；确认前为空',
  })
  decidedOn!: string | null;
}
