import { JsonObjectScalar } from '@jifen/kit/server';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '随产品提供的积分方案模板；支部可采用后调整，报上级审核备案' })
export class SchemeTemplateType {
  @Field(() => String, { description: '模板代码，如 pioneer-index' }) code!: string;
  @Field(() => String, { description: '名称' }) name!: string;
  @Field(() => String, { description: '说明' }) description!: string;
  @Field(() => String, { description: '来源文件' }) source!: string;
  @Field(() => JsonObjectScalar, { description: '规则文件' }) rules!: Record<string, unknown>;
}
