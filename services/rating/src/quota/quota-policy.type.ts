import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '星级名额比例（评星定级名额政策）' })
export class QuotaPolicy {
  @Field(() => ID, { nullable: true, description: '政策编号；采用系统默认比例时为空' }) id!: string | null;
  @Field(() => Int, { description: '适用的积分周期（年度）' }) cycle!: number;
  @Field(() => Float, { description: '五星比例（%）' }) fiveStarPercent!: number;
  @Field(() => Float, { description: '四星比例（%）' }) fourStarPercent!: number;
  @Field(() => Float, { description: '三星比例（%）' }) threeStarPercent!: number;
  @Field(() => ID, { nullable: true, description: '制定该政策的组织；默认比例时为空' }) organizationId!: string | null;
  @Field(() => Boolean, { description: '是否为系统默认比例（10% / 15% / 20%）' }) isDefault!: boolean;
  @Field(() => Boolean, { description: '是否沿用上级组织的政策' }) inherited!: boolean;
  @Field(() => String, { nullable: true, description: '调整理由' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: '设定时间' }) setAt!: string | null;
}

@InputType({ description: '设定星级名额比例' })
export class SetQuotaPolicyInput {
  @Field(() => ID, { description: '镇(街道)党(工)委或区' }) organizationId!: string;
  @Field(() => Int, { description: '积分周期（年度），自该年度起执行，直至另行设定' }) cycle!: number;
  @Field(() => Float, { defaultValue: 10 }) fiveStarPercent!: number;
  @Field(() => Float, { defaultValue: 15 }) fourStarPercent!: number;
  @Field(() => Float, { defaultValue: 20 }) threeStarPercent!: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
