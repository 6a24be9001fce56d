import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OrgLevel } from './org-level';

registerEnumType(OrgLevel, {
  name: 'OrgLevel',
  description: '组织层级',
  valuesConfig: {
    DISTRICT: { description: '区(县)' },
    TOWNSHIP: { description: '镇(街道)党(工)委' },
    GENERAL_BRANCH: { description: '党总支' },
    BRANCH: { description: '党支部' },
    GROUP: { description: '党小组' },
  },
});

@ObjectType({ description: '党组织（区、镇街、党总支、党支部、党小组）' })
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '名称' }) name!: string;
  @Field(() => OrgLevel, { description: '层级' }) level!: OrgLevel;
  @Field(() => String, { description: '组织路径（ltree，自区而下各级组织编号）' }) path!: string;
  @Field(() => ID, { description: '所属区(县)的编号' }) districtId!: string;
  parentId!: string | null;
}

@InputType({ description: '新建组织' })
export class CreateOrganizationInput {
  @Field(() => ID, { nullable: true, description: '上级组织；只有区(县)没有上级' }) parentId?: string | null;
  @Field(() => String, { description: '名称' }) name!: string;
  @Field(() => OrgLevel, { description: '层级' }) level!: OrgLevel;
}
