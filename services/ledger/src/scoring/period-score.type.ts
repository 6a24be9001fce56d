import { JsonObjectScalar } from '@jifen/kit/server';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreState } from './score-state';

registerEnumType(ScoreState, {
  name: 'ScoreState',
  description: '期间积分的确认程度',
  valuesConfig: {
    PROVISIONAL: { description: '暂定：仍在申报、初评或评定中' },
    PUBLISHED: { description: '公示中' },
    HELD: { description: '有异议或申诉待处理，暂缓确认' },
    FINAL: { description: '公示期满无异议，已确认，报上级备案' },
  },
});

@ObjectType({ description: '分项积分' })
export class PeriodComponentScore {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'EARNED / DEDUCTED / REVIEW / BONUS / PENALTY' }) kind!: string;
  @Field(() => Float, { description: '分项得分' }) score!: number;
  @Field(() => Float, { description: '权重' }) weight!: number;
  @Field(() => Float, { description: '计入总分的分值' }) contribution!: number;
}

@ObjectType({ description: '计分说明的一步' })
export class ScoreStep {
  @Field(() => String, { description: '适用的规则' }) rule!: string;
  @Field(() => String) text!: string;
  @Field(() => [ID], { description: '涉及的记录' }) entryIds!: string[];
  @Field(() => String, { nullable: true, description: '所属分项的代码（总分、等次等整体说明为空）' })
  component!: string | null;
}

@ObjectType({ description: '等次' })
export class GradeOf {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: '一票否决或直接认定等次的情形' })
export class ScoreCondition {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Date, { description: '发生日期' }) date!: string;
  @Field(() => String, { nullable: true, description: '直接认定的等次代码（一票否决时为空）' }) grade!: string | null;
}

@ObjectType({ description: '方案规定的结果运用（谈话、诫勉、双预警、延长预备期等）' })
export class ScoreConsequence {
  @Field(() => String, {
    description:
      'TALK / ADMONISHMENT / RECTIFY / HELP_EDUCATION / BARRED_FROM_HONOURS / PROBATION_EXTENDED / PROBATION_CANCELLED / DUAL_WARNING / DISPOSAL',
  })
  code!: string;
  @Field(() => String) label!: string;
}

export enum EligibilityStatus {
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  PENDING = 'PENDING',
}

registerEnumType(EligibilityStatus, {
  name: 'EligibilityStatus',
  description: '资格判定',
  valuesConfig: {
    ELIGIBLE: { description: '符合' },
    NOT_ELIGIBLE: { description: '不符合' },
    PENDING: { description: '待定（如需要支部排名后确定）' },
  },
});

@ObjectType({ description: '方案规定的资格（评先评优、物质奖励等）及其判定' })
export class ScoreEligibility {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => EligibilityStatus) status!: EligibilityStatus;
  @Field(() => String, { description: '判定的理由' }) reason!: string;
  @Field(() => Float, { nullable: true, description: '按积分给予物质奖励的上限（元）' }) maxRewardYuan!: number | null;
}

@ObjectType({
  description:
    '党员在党支部中的排名：在方案评定等次的党员中（不含不纳入积分管理的）按总分从高到低，同分并列（1、2、2、4）；评星定级方案同分时共性分高者在前',
})
export class BranchRank {
  @Field(() => Int, { description: '名次' }) position!: number;
  @Field(() => Int, { description: '参加排名的人数' }) of!: number;
  @Field(() => Int, { description: '并列此名次的人数（含本人）' }) tied!: number;
}

@ObjectType({ description: '评星所需的分数（方案设有评星定级时）' })
export class StarBasis {
  @Field(() => Float, { description: '共性分（基础分）' }) base!: number;
  @Field(() => Float, { description: '评星分：总分减去共性分' }) starPoints!: number;
}

@ObjectType({ description: '党员某一期间的积分（每次台账变动时在同一事务中重算）' })
@Directive('@key(fields: "memberId period")')
export class PeriodScore {
  @Field(() => ID) memberId!: string;
  @Field(() => String, { description: '期间，如 2024、2024-H1、2024-Q3、2024-M05' }) period!: string;
  @Field(() => String, { description: 'YEAR / HALF_YEAR / QUARTER / MONTH' }) periodKind!: string;
  @Field(() => Date) periodStart!: string;
  @Field(() => Date) periodEnd!: string;
  @Field(() => ID, { description: '所在党支部' }) branchId!: string;
  @Field(() => ID, { description: '计分所用的方案版本' }) schemeVersionId!: string;
  @Field(() => String, { description: 'SCORED 计分 / EXEMPT 不纳入积分管理' }) status!: string;
  @Field(() => ScoreState) state!: ScoreState;
  @Field(() => Float, { nullable: true, description: '总分（不纳入积分管理且未手工评定时为空）' }) total!:
    number | null;
  @Field(() => GradeOf, { nullable: true, description: '等次（评定期间且评定该类人员时）' }) grade!: GradeOf | null;
  @Field(() => Boolean, { description: '本期是否评定等次（方案的评定期间，且评定该类人员）' }) graded!: boolean;
  @Field(() => ScoreCondition, { nullable: true, description: '一票否决' }) veto!: ScoreCondition | null;
  @Field(() => ScoreCondition, { nullable: true, description: '直接认定等次' }) forcedGrade!: ScoreCondition | null;
  @Field(() => [ScoreConsequence], {
    description: '方案规定的结果运用（不含需连续多期认定的，那由评星定级服务按已确认的等次判断）',
  })
  consequences!: ScoreConsequence[];
  @Field(() => [ScoreEligibility], {
    description: '方案规定的资格（评先评优、物质奖励等），评定等次的期间且方案评定该类人员时才有',
  })
  eligibilities!: ScoreEligibility[];
  @Field(() => GradeOf, {
    nullable: true,
    description: '达到分数线、待支部排名（或党员大会选定）后才能确定的等次；已确定或不适用时为空',
  })
  selectionCandidate!: GradeOf | null;
  @Field(() => BranchRank, {
    nullable: true,
    description: '本期在党支部中的排名；不参加排名（不纳入积分管理、方案不评定该类人员）或尚未排名时为空',
  })
  rank!: BranchRank | null;
  @Field(() => StarBasis, { nullable: true, description: '评星所需的分数；方案未设评星定级时为空' })
  star!: StarBasis | null;
  @Field(() => [PeriodComponentScore]) components!: PeriodComponentScore[];
  @Field(() => [ScoreStep], { description: '逐步计分说明' }) explanation!: ScoreStep[];
  @Field(() => Boolean, { description: '民主评议票数尚未录入' }) reviewPending!: boolean;
  @Field(() => JsonObjectScalar, { description: '计分引擎的完整结果（封顶、否决、后果、资格、评星等）' })
  detail!: Record<string, unknown>;
  @Field(() => String, { description: '积分最近一次有变化的计算时间（重算结果不变时保持原值）' }) computedAt!: string;
}

@ObjectType({ description: '期间积分分页（按党员编号顺序，用 after 续取下一页）' })
export class PeriodScorePage {
  @Field(() => [PeriodScore]) items!: PeriodScore[];
  @Field(() => ID, { nullable: true, description: '下一页从此之后续取；已取完时为空' }) nextAfter!: string | null;
}
