import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
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
}

@ObjectType({ description: '等次' })
export class GradeOf {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
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
  @Field(() => Float, { nullable: true, description: '总分（不纳入积分管理且未手工评定时为空）' }) total!: number | null;
  @Field(() => GradeOf, { nullable: true, description: '等次（评定期间且评定该类人员时）' }) grade!: GradeOf | null;
  @Field(() => [PeriodComponentScore]) components!: PeriodComponentScore[];
  @Field(() => [ScoreStep], { description: '逐步计分说明' }) explanation!: ScoreStep[];
  @Field(() => Boolean, { description: '民主评议票数尚未录入' }) reviewPending!: boolean;
  @Field(() => GraphQLJSONObject, { description: '计分引擎的完整结果（封顶、否决、后果、资格、评星等）' }) detail!: Record<string, unknown>;
  @Field(() => String) computedAt!: string;
}
