import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrgLevel } from '../organization/org-level';

@ObjectType({ description: '分数段人数' })
export class ScoreBandCount {
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '等次人数' })
export class GradeCount {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '某组织某期间的积分汇总' })
export class ScoreRollupFigures {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: '组织名称' }) name!: string;
  @Field(() => OrgLevel, { description: '组织层级' }) level!: OrgLevel;
  @Field(() => Int, { description: '计分人数' }) membersScored!: number;
  @Field(() => Int, { description: '不纳入积分管理人数' }) membersExempt!: number;
  @Field(() => Float, { nullable: true, description: '平均分' }) mean!: number | null;
  /** The period the figures are for (not a field: the median resolver reads it). */
  period!: string;
  /** The day the register counts are for (not a field: their resolvers read it). */
  today!: string;
  @Field(() => [ScoreBandCount], { description: '分数段分布' }) distribution!: ScoreBandCount[];
  @Field(() => [GradeCount], { description: '各等次人数' }) grades!: GradeCount[];
  @Field(() => Int, { description: '已确认（公示期满）的人数' }) finalScores!: number;
}

@ObjectType({ description: '积分汇总：本组织及每个直接下级' })
export class ScoreRollup extends ScoreRollupFigures {
  @Field(() => String) declare period: string;
  @Field(() => [ScoreRollupFigures], { description: '每个直接下级组织的同样数字' }) children!: ScoreRollupFigures[];
}
