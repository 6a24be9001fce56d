import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ExemptionReason } from '../member/member-kind';

@ObjectType({ description: '民主评议某等次的票数' })
export class VoteCount {
  @Field(() => String, { description: '等次代码（见方案的民主评议）' }) level!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '某党员某期间的民主评议票数' })
export class ReviewVotes {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => String) periodKey!: string;
  @Field(() => [VoteCount]) counts!: VoteCount[];
  @Field(() => String) recordedBy!: string;
  @Field(() => String) recordedAt!: string;
}

@ObjectType({ description: '一票否决或直接定等的情形' })
export class MemberCondition {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => String, { description: '情形代码（见方案）' }) code!: string;
  @Field(() => Date) occurredOn!: string;
  @Field(() => String, { description: '事实经过' }) note!: string;
  @Field(() => [ID]) evidenceIds!: string[];
  @Field(() => String, { description: '批准的组织' }) approvedBy!: string;
  @Field(() => Date) approvedOn!: string;
  @Field(() => String) recordedBy!: string;
  @Field(() => String, { nullable: true, description: '撤销理由' }) revokedReason!: string | null;
  @Field(() => String, { nullable: true }) revokedAt!: string | null;
}

@ObjectType({ description: '不纳入积分管理申请（支部提出 → 党员大会决定 → 上级批准）' })
export class ExemptionRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => ExemptionReason) reason!: ExemptionReason;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date, { description: '自何日起' }) fromOn!: string;
  @Field(() => String, {
    description: 'REQUESTED 已提出 / ASSEMBLY_AGREED 大会同意待批 / APPROVED 已批准 / REJECTED 未同意',
  })
  status!: string;
  @Field(() => String) requestedBy!: string;
  @Field(() => Date, { nullable: true }) assemblyOn!: string | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
}

@InputType()
export class VoteCountInput {
  @Field(() => String) level!: string;
  @Field(() => Int) count!: number;
}

@InputType()
export class MemberVotesInput {
  @Field(() => ID) memberId!: string;
  @Field(() => [VoteCountInput]) counts!: VoteCountInput[];
}

@InputType({ description: '录入民主评议票数' })
export class RecordReviewVotesInput {
  @Field(() => ID, { description: '党支部' }) organizationId!: string;
  @Field(() => String, { description: '评议的期间，如 2024' }) period!: string;
  @Field(() => [MemberVotesInput]) votes!: MemberVotesInput[];
}

@InputType({ description: '登记一票否决或直接定等的情形' })
export class RecordConditionInput {
  @Field(() => ID) memberId!: string;
  @Field(() => String, { description: '情形代码（见方案）' }) code!: string;
  @Field(() => Date) occurredOn!: string;
  @Field(() => String, { description: '事实经过' }) note!: string;
  @Field(() => [ID], { nullable: true }) evidenceIds?: string[] | null;
  @Field(() => String, { description: '批准的组织' }) approvedBy!: string;
  @Field(() => Date) approvedOn!: string;
}

@InputType({ description: '提出不纳入积分管理申请' })
export class RequestExemptionInput {
  @Field(() => ID) memberId!: string;
  @Field(() => ExemptionReason) reason!: ExemptionReason;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Date, { description: '自何日起' }) fromOn!: string;
}
