import { HONOUR_LEVELS } from '@jifen/rules';
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';

export enum PreviewMemberKind {
  FULL = 'FULL',
  PROBATIONARY = 'PROBATIONARY',
  ACTIVIST = 'ACTIVIST',
}
registerEnumType(PreviewMemberKind, {
  name: 'MemberKind',
  description: '人员类别',
  valuesConfig: {
    FULL: { description: '正式党员' },
    PROBATIONARY: { description: '预备党员' },
    ACTIVIST: { description: '入党积极分子（计分，不评定等次）' },
  },
});

export enum HonourLevelInput {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  UNIT = 'UNIT',
  BRANCH = 'BRANCH',
}
const LEVEL_NAMES = ['国家级', '省级', '市级', '县（区）级', '乡镇（党工委）级', '本单位', '党支部'];
registerEnumType(HonourLevelInput, {
  name: 'HonourLevel',
  description: '表彰、成果等的级别',
  valuesConfig: Object.fromEntries(HONOUR_LEVELS.map((level, i) => [level, { description: LEVEL_NAMES[i] }])),
});

@InputType({ description: '一条已认定的积分记录' })
export class EntryFactInput {
  @Field(() => String, { description: '记录编号（解释中引用）' }) id!: string;
  @Field(() => String, { description: '规则文件中的项目代码' }) item!: string;
  @Field(() => Date, { description: '发生日期' }) date!: string;
  @Field(() => Float, { nullable: true, description: '数量（按数量计分的项目）' }) quantity?: number;
  @Field(() => HonourLevelInput, { nullable: true, description: '级别（按级别计分的项目）' }) level?: HonourLevelInput;
  @Field(() => Float, { nullable: true, description: '分值（支部酌情定分的项目）' }) points?: number;
  @Field(() => Boolean, { nullable: true, description: '起带头、组织、主导作用' }) leading?: boolean;
  @Field(() => Int, { nullable: true, description: '参与单位（人）数，平分时用' }) contributors?: number;
  @Field(() => String, { nullable: true, description: '事项：同一事项只计最高级别时用' }) matter?: string;
}

@InputType({ description: '民主测评某一等次的票数' })
export class VoteCountInput {
  @Field(() => String, { description: '评议等次代码，如 GOOD' }) level!: string;
  @Field(() => Int) count!: number;
}

@InputType({ description: '一票否决或直接认定条件的发生' })
export class ConditionFactInput {
  @Field(() => String) code!: string;
  @Field(() => Date) date!: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({ description: '不纳入积分管理' })
export class ExemptionFactInput {
  @Field(() => Date) from!: string;
  @Field(() => Date, { nullable: true }) until?: string;
  @Field(() => String) reason!: string;
  @Field(() => Float, { nullable: true, description: '支部根据平时表现给予的年度积分' }) manualTotal?: number;
}

@InputType({ description: '在支部中的排名' })
export class RankInput {
  @Field(() => Int) position!: number;
  @Field(() => Int) of!: number;
  @Field(() => Int, { nullable: true, description: '并列此名次的人数（含本人），缺省为 1' }) tied?: number | null;
}

@InputType({ description: '试算用的计分事实' })
export class ScoreFactsInput {
  @Field(() => String, { description: '期间：2024、2024-H1、2024-Q3、2024-M05（自积分周期起始日起算）' })
  period!: string;
  @Field(() => Date, { description: '评价日期：此后的记录不计' }) asOf!: string;
  @Field(() => PreviewMemberKind, { defaultValue: PreviewMemberKind.FULL }) memberKind!: PreviewMemberKind;
  @Field(() => [EntryFactInput]) entries!: EntryFactInput[];
  @Field(() => [VoteCountInput], { nullable: true }) votes?: VoteCountInput[];
  @Field(() => [ConditionFactInput], { nullable: true }) conditions?: ConditionFactInput[];
  @Field(() => ExemptionFactInput, { nullable: true }) exemption?: ExemptionFactInput;
  @Field(() => [String], {
    nullable: true,
    description: '以往各评定期的等次，从早到晚：填代码或名称均可，如 BASIC 或“基本合格”（见方案的等次）',
  })
  previousGrades?: string[];
  @Field(() => RankInput, { nullable: true }) rank?: RankInput;
}
