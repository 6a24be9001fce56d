import { JsonObjectScalar } from '@jifen/kit/server';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '积分管理办法（积分方案）' })
@Directive('@key(fields: "id")')
export class Scheme {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '名称' }) name!: string;
  @Field(() => String, { nullable: true, description: '说明' }) description!: string | null;
  @Field(() => ID, { description: '制定方案的组织' }) ownerOrganizationId!: string;
  @Field(() => String, { nullable: true, description: '所依据的模板代码' }) templateCode!: string | null;
  districtId!: string;
}

@ObjectType({ description: '积分方案的一个版本；写入后不可更改' })
@Directive('@key(fields: "id")')
export class SchemeVersion {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '版本号，从 1 起' }) version!: number;
  @Field(() => JsonObjectScalar, { description: '规则文件（JSON）' }) rules!: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: '修订说明' }) note!: string | null;
  @Field(() => String, { description: '创建时间' }) createdAt!: string;
  schemeId!: string;
}

@ObjectType({ description: '某组织自某日起执行某方案版本' })
export class SchemeAssignment {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '执行该方案的组织' }) organizationId!: string;
  @Field(() => Date, { description: '生效日期' }) effectiveFrom!: string;
  schemeVersionId!: string;
}
