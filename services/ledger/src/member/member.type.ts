import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExemptionReason, Gender, MemberKind, MemberStatus } from './member-kind';
import { MemberOrder } from './member.storage';

registerEnumType(MemberKind, {
  name: 'MemberKind',
  description: '人员类别',
  valuesConfig: {
    FULL: { description: '正式党员' },
    PROBATIONARY: { description: '预备党员' },
    ACTIVIST: { description: '入党积极分子（计分，不评定等次）' },
  },
});
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: '名册状态',
  valuesConfig: {
    ACTIVE: { description: '在册，纳入积分管理' },
    EXEMPT: { description: '不纳入积分管理（经支部党员大会决定、上级批准）' },
    TRANSFERRED_OUT: { description: '组织关系已转出' },
  },
});
registerEnumType(MemberOrder, {
  name: 'MemberOrder',
  description: '党员列表的排序',
  valuesConfig: {
    MEMBER_NO: { description: '按党员编号' },
    TOTAL_DESC: { description: '按期间总分从高到低' },
    TOTAL_ASC: { description: '按期间总分从低到高' },
  },
});
registerEnumType(Gender, {
  name: 'Gender',
  description: '性别',
  valuesConfig: { MALE: { description: '男' }, FEMALE: { description: '女' } },
});
registerEnumType(ExemptionReason, {
  name: 'ExemptionReason',
  description: '不纳入积分管理的原因',
  valuesConfig: {
    AGE: { description: '年龄较大' },
    ILLNESS: { description: '患病' },
    ABROAD: { description: '长期出国(境)' },
    OTHER: { description: '其他' },
  },
});

@ObjectType({ description: '不纳入积分管理的决定' })
export class Exemption {
  @Field(() => ExemptionReason, { description: '原因' }) reason!: ExemptionReason;
  @Field(() => String, { nullable: true, description: '说明' }) note!: string | null;
  @Field(() => Date, { nullable: true, description: '支部党员大会决定日期' }) assemblyOn!: string | null;
  @Field(() => String, { description: '批准的上级组织或人' }) approvedBy!: string;
  @Field(() => Date, { description: '批准日期' }) approvedOn!: string;
}

@ObjectType({ description: '党员、预备党员或入党积极分子' })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '党员编号（区内唯一）' }) memberNo!: string;
  @Field(() => String, { description: '姓名' }) name!: string;
  @Field(() => Gender, { description: '性别' }) gender!: Gender;
  @Field(() => MemberKind, { description: '人员类别' }) kind!: MemberKind;
  @Field(() => MemberStatus, { description: '名册状态' }) status!: MemberStatus;
  @Field(() => Date, { nullable: true, description: '入党日期（积极分子为空）' }) joinDate!: string | null;
  @Field(() => Date, { description: '出生日期' }) birthDate!: string;
  @Field(() => ID, { description: '所在党支部或党小组' }) organizationId!: string;
  @Field(() => Exemption, { nullable: true, description: '不纳入积分管理的决定（状态为 EXEMPT 时）' })
  exemption!: Exemption | null;
  districtId!: string;
  orgPath!: string;
}

@ObjectType({ description: '一页党员' })
export class MemberPage {
  @Field(() => [Member]) items!: Member[];
  @Field(() => Int, { description: '符合条件的总人数' }) total!: number;
}

@ObjectType({ description: '组织关系转接记录' })
export class MemberTransfer {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '转出组织' }) fromOrganizationId!: string;
  @Field(() => ID, { nullable: true, description: '转入组织；转出本区时为空' }) toOrganizationId!: string | null;
  @Field(() => Date, { description: '转接日期' }) transferredOn!: string;
  @Field(() => String, { description: '原因' }) reason!: string;
  @Field(() => String, { description: '经办人' }) recordedBy!: string;
}

@InputType({ description: '新增党员' })
export class AddMemberInput {
  @Field(() => ID, { description: '所在党支部或党小组' }) organizationId!: string;
  @Field(() => String, { description: '党员编号（区内唯一）' }) memberNo!: string;
  @Field(() => String) name!: string;
  @Field(() => Gender) gender!: Gender;
  @Field(() => MemberKind) kind!: MemberKind;
  @Field(() => Date, { nullable: true, description: '入党日期；正式党员和预备党员必填' }) joinDate?: string | null;
  @Field(() => Date) birthDate!: string;
}

@InputType({ description: '修改党员信息（只填要改的项）' })
export class UpdateMemberInput {
  @Field(() => String, { nullable: true }) memberNo?: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Gender, { nullable: true }) gender?: Gender;
  @Field(() => MemberKind, { nullable: true, description: '如预备党员转正' }) kind?: MemberKind;
  @Field(() => Date, { nullable: true }) joinDate?: string;
  @Field(() => Date, { nullable: true }) birthDate?: string;
}

@InputType({ description: '不纳入积分管理' })
export class ExemptMemberInput {
  @Field(() => ExemptionReason) reason!: ExemptionReason;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Date, { description: '支部党员大会决定日期' }) assemblyOn!: string;
  @Field(() => String, { description: '批准的上级组织或人' }) approvedBy!: string;
  @Field(() => Date, { description: '批准日期' }) approvedOn!: string;
}
