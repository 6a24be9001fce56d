import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: '计分期间' })
export class ScorePeriod {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'YEAR、HALF_YEAR、QUARTER 或 MONTH' }) kind!: string;
  @Field(() => Date) start!: string;
  @Field(() => Date) end!: string;
  @Field(() => Date, { description: '计至哪一天（期末与评价日期中较早者）' }) through!: string;
  @Field(() => Boolean, { description: '期间已结束' }) complete!: boolean;
  @Field(() => Boolean, { description: '短于计分单位：显示自单位起始日的累计积分' }) toDate!: boolean;
}

@ObjectType({ description: '未计入的记录及原因' })
export class ExcludedEntry {
  @Field(() => String) entryId!: string;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: '一个项目的得分' })
export class ItemScore {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) points!: number;
  @Field(() => [String], { description: '计入的记录' }) counted!: string[];
  @Field(() => [ExcludedEntry]) excluded!: ExcludedEntry[];
}

@ObjectType({ description: '一个分项的得分' })
export class SectionScore {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) max!: number;
  @Field(() => Float) score!: number;
  @Field(() => [ItemScore]) items!: ItemScore[];
}

@ObjectType({ description: '一个积分构成部分的得分' })
export class ComponentScore {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true }) group!: string | null;
  @Field(() => Float, { description: '本部分得分（扣分类为扣除的分数）' }) score!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: '计入总分的分数（扣分为负）' }) contribution!: number;
  @Field(() => [SectionScore]) sections!: SectionScore[];
  @Field(() => [ItemScore]) items!: ItemScore[];
}

@ObjectType({ description: '触发的条件' })
export class ConditionHit {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Date) date!: string;
}

@ObjectType({ description: '等次' })
export class GradeResult {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: '结果运用' })
export class ConsequenceResult {
  @Field(() => String, {
    description:
      'TALK、ADMONISHMENT、RECTIFY、HELP_EDUCATION、BARRED_FROM_HONOURS、PROBATION_EXTENDED、PROBATION_CANCELLED、DUAL_WARNING、DISPOSAL',
  })
  code!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: '评先评优等资格' })
export class EligibilityOutcome {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'ELIGIBLE、NOT_ELIGIBLE 或 PENDING（待排名）' }) status!: string;
  @Field(() => String) reason!: string;
  @Field(() => Float, { nullable: true, description: '按分兑现的最高金额（元）' }) maxRewardYuan!: number | null;
}

@ObjectType({ description: '评星资格（名额由党（工）委确定）' })
export class StarEligibility {
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => Float, { description: '共性分' }) base!: number;
  @Field(() => Float) total!: number;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType({ description: '评比依据（如当季贡献加分）' })
export class AwardBasis {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: '计算的一步：依据的规则、说明和相关记录' })
export class ExplanationStep {
  @Field(() => String) rule!: string;
  @Field(() => String) text!: string;
  @Field(() => [String]) entryIds!: string[];
}

@ObjectType({ description: '一名党员一个期间的计分结果' })
export class ScorePreview {
  @Field(() => ScorePeriod) period!: ScorePeriod;
  @Field(() => String, { description: 'SCORED 或 EXEMPT（不纳入积分管理）' }) status!: string;
  @Field(() => Float, { nullable: true }) total!: number | null;
  @Field(() => [ComponentScore]) components!: ComponentScore[];
  @Field(() => ConditionHit, { nullable: true, description: '一票否决' }) veto!: ConditionHit | null;
  @Field(() => ConditionHit, { nullable: true, description: '直接认定等次的条件' }) forcedGrade!: ConditionHit | null;
  @Field(() => Boolean, { description: '本期评定等次且该类人员评定等次' }) graded!: boolean;
  @Field(() => GradeResult, { nullable: true }) grade!: GradeResult | null;
  @Field(() => GradeResult, { nullable: true, description: '可按比例评定的等次（如优秀）候选' })
  selectionCandidate!: GradeResult | null;
  @Field(() => [ConsequenceResult]) consequences!: ConsequenceResult[];
  @Field(() => [EligibilityOutcome]) eligibilities!: EligibilityOutcome[];
  @Field(() => StarEligibility, { nullable: true }) star!: StarEligibility | null;
  @Field(() => [AwardBasis]) awardBasis!: AwardBasis[];
  @Field(() => Boolean, { description: '尚无民主测评票数，结果会变' }) reviewPending!: boolean;
  @Field(() => [ExplanationStep]) explanation!: ExplanationStep[];
}
