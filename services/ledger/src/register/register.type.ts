import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ObjectionStatus } from './objection-workflow';

registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: '异议处理状态',
  valuesConfig: {
    OPEN: { description: '待支部答复（该党员积分暂缓确认）' },
    ANSWERED: { description: '支部已答复' },
    APPEALED: { description: '已向上级申诉（积分暂缓确认）' },
    APPEAL_DECIDED: { description: '上级已处理申诉' },
  },
});

@ObjectType({ description: '党员大会评定（一批积分记录）' })
export class Assembly {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '党支部' }) branchId!: string;
  @Field(() => String, { description: '评定的期间，如 2024-Q1' }) periodKey!: string;
  @Field(() => Date) periodStart!: string;
  @Field(() => Date) periodEnd!: string;
  @Field(() => Date, { description: '大会日期' }) meetingOn!: string;
  @Field(() => [ID], { description: '出席的党员' }) attendeeIds!: string[];
  @Field(() => Int, { description: '有表决权的正式党员人数' }) eligibleCount!: number;
  @Field(() => Int, { description: '本批评定的记录条数' }) entryCount!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) confirmedBy!: string;
  @Field(() => String) confirmedAt!: string;
}

@ObjectType({ description: '公示' })
@Directive('@key(fields: "id")')
export class PublicityWindow {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '党支部' }) branchId!: string;
  @Field(() => ID, { description: '公示的党员大会评定' }) assemblyId!: string;
  @Field(() => String, { description: '期间' }) periodKey!: string;
  @Field(() => Date) periodStart!: string;
  @Field(() => Date) periodEnd!: string;
  @Field(() => Date, { description: '公示开始' }) startsOn!: string;
  @Field(() => Date, { description: '公示结束（含）' }) endsOn!: string;
  @Field(() => String, { description: 'OPEN 公示中 / CLOSED 已结束确认' }) status!: string;
  @Field(() => String) publishedBy!: string;
  @Field(() => String) publishedAt!: string;
  @Field(() => String, { nullable: true }) closedBy!: string | null;
  @Field(() => String, { nullable: true }) closedAt!: string | null;
}

@ObjectType({ description: '公示名单上的一名党员：姓名、总分、等次和名次' })
export class PublicityListRow {
  @Field(() => Int, { nullable: true, description: '名次（总分相同名次相同；不纳入积分管理的党员无名次）' })
  rank!: number | null;
  @Field(() => String, { description: '姓名' }) name!: string;
  @Field(() => Float, { nullable: true, description: '总分（不纳入积分管理的为空）' }) total!: number | null;
  @Field(() => String, { nullable: true, description: '等次，如 优秀；本期不评等次的为空' }) gradeName!: string | null;
  @Field(() => Int, { nullable: true, description: '星级（3 至 5 星，本期经评定确认的；未评定或未获星的为空）' })
  stars!: number | null;
}

@ObjectType({ description: '公示名单：本支部本期公示的姓名、总分、等次，及查看者本人的名次' })
export class PublicityList {
  @Field(() => String, { description: '期间' }) periodKey!: string;
  @Field(() => Date, { description: '公示开始' }) startsOn!: string;
  @Field(() => Date, { description: '公示结束（含）' }) endsOn!: string;
  @Field(() => [PublicityListRow], { description: '按总分从高到低' }) rows!: PublicityListRow[];
  @Field(() => Boolean, { description: '本期是否已经评星定级确认（是则名单列出星级）' }) rated!: boolean;
  @Field(() => Int, { nullable: true, description: '查看者本人的名次（党员本人查看时；其他账号为空）' })
  ownRank!: number | null;
}

@ObjectType({ description: '对公示积分的异议及申诉' })
@Directive('@key(fields: "id")')
export class Objection {
  @Field(() => ID) id!: string;
  @Field(() => ID) windowId!: string;
  @Field(() => ID, { description: '涉及的党员' }) memberId!: string;
  @Field(() => ID, { nullable: true, description: '涉及的记录' }) entryId!: string | null;
  @Field(() => ObjectionStatus) status!: ObjectionStatus;
  @Field(() => String, { description: '异议内容' }) content!: string;
  @Field(() => String) raisedBy!: string;
  @Field(() => String) raisedAt!: string;
  @Field(() => String, { nullable: true, description: '支部答复' }) answer!: string | null;
  @Field(() => Boolean, { nullable: true, description: '异议是否成立' }) upheld!: boolean | null;
  @Field(() => String, { nullable: true }) answeredBy!: string | null;
  @Field(() => String, { nullable: true }) answeredAt!: string | null;
  @Field(() => String, { nullable: true, description: '申诉内容' }) appealText!: string | null;
  @Field(() => String, { nullable: true }) appealedAt!: string | null;
  @Field(() => String, { nullable: true, description: '上级处理意见' }) appealDecision!: string | null;
  @Field(() => Boolean, { nullable: true, description: '申诉是否成立' }) appealUpheld!: boolean | null;
  @Field(() => String, { nullable: true }) appealDecidedBy!: string | null;
  @Field(() => String, { nullable: true }) appealDecidedAt!: string | null;
  branchId!: string;
}

@InputType({ description: '党员大会评定一个期间的积分' })
export class ConfirmAssemblyInput {
  @Field(() => ID, { description: '党支部' }) organizationId!: string;
  @Field(() => String, { description: '期间，如 2024-Q1、2024-H1、2024' }) period!: string;
  @Field(() => Date, { description: '大会日期' }) meetingOn!: string;
  @Field(() => [ID], { description: '出席的党员（正式党员须过半数）' }) attendeeIds!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '本期全支部没有任何积分记录时，确认按方案的初始分评定（如“先锋指数”全体无扣分）；不确认则拒绝评定',
  })
  acknowledgeNoEntries?: boolean | null;
}

@InputType({ description: '公示评定结果' })
export class PublishScoresInput {
  @Field(() => ID, { description: '党员大会评定' }) assemblyId!: string;
  @Field(() => Date, { description: '公示开始' }) startsOn!: string;
  @Field(() => Date, { description: '公示结束（含），不少于方案规定的天数' }) endsOn!: string;
}

@InputType({ description: '提出异议' })
export class RaiseObjectionInput {
  @Field(() => ID, { description: '公示' }) windowId!: string;
  @Field(() => ID, { description: '涉及的党员' }) memberId!: string;
  @Field(() => ID, { nullable: true, description: '涉及的记录' }) entryId?: string | null;
  @Field(() => String, { description: '异议内容' }) content!: string;
}
