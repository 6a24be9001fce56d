import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  PendingRatingBranch,
  QuotaUnit,
  RatingChange,
  RatingGrade,
  RatingResultStatus,
  RatingRun,
  RatingSummary,
} from '../run/run.type';
import { QuotaPolicy } from './quota-policy.type';

@ObjectType({ description: '按草案评星时某党员的结果，与现行评定的星级对照' })
export class QuotaPreviewMember {
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => ID, { description: '所在党支部' }) branchId!: string;
  @Field(() => String, { description: '所在党支部名称' }) branchName!: string;
  @Field(() => ID, { nullable: true, description: '核定星级名额的单位' }) unitId!: string | null;
  @Field(() => String, { nullable: true, description: '核定星级名额的单位名称' }) unitName!: string | null;
  @Field(() => RatingResultStatus) status!: RatingResultStatus;
  @Field(() => Float, { nullable: true, description: '总分' }) total!: number | null;
  @Field(() => Float, { nullable: true, description: '共性分（基础分）' }) base!: number | null;
  @Field(() => Float, { nullable: true, description: '评星分' }) starPoints!: number | null;
  @Field(() => RatingGrade, { nullable: true, description: '等次' }) grade!: RatingGrade | null;
  @Field(() => Int, { nullable: true, description: '按草案的星级（5、4、3），未评上为空' }) stars!: number | null;
  @Field(() => Int, { nullable: true, description: '现行评定（已确认）的星级；未评上或无现行评定时为空' })
  standingStars!: number | null;
  @Field(() => Int, { nullable: true, description: '在符合评星条件者中的名次' }) rank!: number | null;
  @Field(() => [String], { description: '为什么得到（或没有得到）这个星级：名次、评星条件、名额及取整、同分处理' })
  explanation!: string[];
}

@ObjectType({ description: '未保存的名额政策草案的评星预览：不保存政策、不生成评定' })
export class QuotaPreview {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String, { description: '期间，如 2026、2026-H1' }) period!: string;
  @Field(() => QuotaPolicy, { description: '草案（已按设定时的规则检查；未保存，编号、设定时间为空）' })
  policy!: QuotaPolicy;
  @Field(() => RatingSummary, { description: '按草案评定的概况' }) summary!: RatingSummary;
  @Field(() => [QuotaUnit], { description: '各名额核定单位：所用政策、名额的计算与取整、获评人数、并列' })
  units!: QuotaUnit[];
  @Field(() => [QuotaPreviewMember], {
    description: '参加评定的党员：获星者按星级和名次在前，其余按总分；每人附说明（未评上的写明原因）',
  })
  members!: QuotaPreviewMember[];
  @Field(() => Int, { description: '积分尚未确定、本次不参加评定的人数' }) pendingCount!: number;
  @Field(() => [PendingRatingBranch], { description: '积分尚未全部确定的党支部（人数多的在前）' })
  pendingBranches!: PendingRatingBranch[];
  @Field(() => [RatingRun], {
    description:
      '比较的现行评定：这些党员本期已确认的结果所在的评定（本组织的，或上级、下级组织的；只列出您有权查看的）；尚未评定时为空',
  })
  comparedWith!: RatingRun[];
  @Field(() => [RatingChange], {
    description: '与现行评定相比的变化，如“星级 3 星 → 4 星”；本期尚未确认评定时为空',
  })
  changes!: RatingChange[];
}
