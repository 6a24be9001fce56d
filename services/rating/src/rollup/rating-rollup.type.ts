import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RatingGradeCount, StarLevelQuota } from '../run/run.type';

@ObjectType({ description: '双预警案件数' })
export class WarningFigures {
  @Field(() => Int, {
    description: '未结：待约谈、帮扶整改中，以及已转入处置程序而处置尚未归档的（含处置中）',
  })
  open!: number;
  @Field(() => Int, { description: '其中逾期（约谈、整改期限或处置进度超过期限）' }) overdue!: number;
  @Field(() => Int, { description: '转入不合格党员处置程序（含处置已归档的）' }) escalated!: number;
  @Field(() => Int, { description: '已转化提高、结案' }) closed!: number;
}

@ObjectType({ description: '某组织某期间的评定汇总（现行的已确认评定）' })
export class RatingFigures {
  @Field(() => ID) organizationId!: string;
  @Field(() => Int, { description: '评定等次的人数' }) rated!: number;
  @Field(() => Int, { description: '不纳入积分管理的人数' }) exempt!: number;
  @Field(() => Float, { nullable: true, description: '评定人员的平均总分' }) meanTotal!: number | null;
  @Field(() => [RatingGradeCount], { description: '各等次人数' }) grades!: RatingGradeCount[];
  @Field(() => [StarLevelQuota], { description: '各星级获评人数与名额' }) stars!: StarLevelQuota[];
  @Field(() => Boolean, { description: '名额由上级统筹核定（此时本组织的名额为空计 0，以上级汇总为准）' })
  pooledAbove!: boolean;
  @Field(() => WarningFigures, { description: '本期触发的双预警案件' }) warnings!: WarningFigures;
}

@ObjectType({ description: '往期评定走势' })
export class RatingTrendPoint {
  @Field(() => String) period!: string;
  @Field(() => Int) rated!: number;
  @Field(() => Float, { nullable: true }) meanTotal!: number | null;
  @Field(() => Int) fiveStars!: number;
  @Field(() => Int) fourStars!: number;
  @Field(() => Int) threeStars!: number;
  @Field(() => Int, { description: '双预警人数' }) warned!: number;
}

@ObjectType({ description: '评定汇总：本组织、每个直接下级，以及往期走势' })
export class RatingRollup extends RatingFigures {
  @Field(() => String) period!: string;
  @Field(() => [RatingFigures], { description: '直接下级（有评定结果的）' }) children!: RatingFigures[];
  /** The node's path, for reading its trend (not a field). */
  path!: string;
  /** Empty from the figures' loader; the API reads it through its own loader (`RatingRollupResolver`). */
  trend!: RatingTrendPoint[];
}
