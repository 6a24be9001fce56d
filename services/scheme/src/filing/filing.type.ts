import { JsonObjectScalar } from '@jifen/kit/server';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FilingAction, FilingStatus } from './filing-workflow';

registerEnumType(FilingStatus, {
  name: 'FilingStatus',
  description: '方案报审状态',
  valuesConfig: {
    DRAFT: { description: '草稿，支部可修改' },
    SUBMITTED: { description: '已报送上级，等待审核备案' },
    RETURNED: { description: '上级退回修改' },
    APPROVED: { description: '已批准，成为方案的一个版本' },
    WITHDRAWN: { description: '已撤回' },
  },
});
registerEnumType(FilingAction, {
  name: 'FilingAction',
  description: '报审过程中的一步',
  valuesConfig: {
    CREATE: { description: '新建草稿' },
    EDIT: { description: '修改' },
    SUBMIT: { description: '报送上级' },
    RETURN: { description: '退回修改' },
    APPROVE: { description: '批准' },
    WITHDRAW: { description: '撤回' },
  },
});

@ObjectType({ description: '报审过程中的一步：谁、何时、意见' })
export class FilingEvent {
  @Field(() => FilingAction) action!: FilingAction;
  @Field(() => String, { description: '操作人（账号或密钥的标识）' }) actor!: string;
  @Field(() => String, { description: '操作人的姓名（署名），操作时所用的' }) actorName!: string;
  @Field(() => String, { description: '时间' }) at!: string;
  @Field(() => String, { nullable: true, description: '说明或意见' }) comment!: string | null;
}

@ObjectType({ description: '积分方案的草稿及其报上级审核备案' })
@Directive('@key(fields: "id")')
export class Filing {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '制定方案的组织' }) organizationId!: string;
  @Field(() => FilingStatus) status!: FilingStatus;
  @Field(() => JsonObjectScalar, { description: '草稿中的规则文件' }) rules!: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: '说明' }) note!: string | null;
  @Field(() => Date, { nullable: true, description: '批准时确定的生效日期' }) effectiveFrom!: string | null;
  @Field(() => String, { nullable: true, description: '上级的审核意见' }) decisionComment!: string | null;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
  schemeId!: string;
  baseVersionId!: string | null;
  versionId!: string | null;
  districtId!: string;
}
