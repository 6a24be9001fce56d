import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QuotaRounding, QuotaScope, QuotaStillTied, QuotaTieBreaker } from './quota-options';

@ObjectType({ description: '单独核定名额的党支部（如连续三年被评为先进基层党组织，适当放宽五星比例）' })
export class QuotaOverride {
  @Field(() => ID, { description: '党支部' }) branchId!: string;
  @Field(() => Float, { description: '五星比例（%）' }) fiveStarPercent!: number;
  @Field(() => Float, { description: '四星比例（%）' }) fourStarPercent!: number;
  @Field(() => Float, { description: '三星比例（%）' }) threeStarPercent!: number;
  @Field(() => String, { description: '理由' }) reason!: string;
}

@ObjectType({ description: '星级名额比例（评星定级名额政策）' })
export class QuotaPolicy {
  @Field(() => ID, { nullable: true, description: '政策编号；采用系统默认比例时为空' }) id!: string | null;
  @Field(() => Int, { description: '适用的积分周期（年度）' }) cycle!: number;
  @Field(() => Float, { description: '五星比例（%）' }) fiveStarPercent!: number;
  @Field(() => Float, { description: '四星比例（%）' }) fourStarPercent!: number;
  @Field(() => Float, { description: '三星比例（%）' }) threeStarPercent!: number;
  @Field(() => QuotaScope, { description: '名额核定范围' }) scope!: QuotaScope;
  @Field(() => QuotaRounding, { description: '取整方式' }) rounding!: QuotaRounding;
  @Field(() => Float, { description: '共性分下限：低于此分取消评星资格' }) baseFloor!: number;
  @Field(() => Float, { description: '评星起点：总分不低于此分' }) totalFloor!: number;
  @Field(() => [QuotaTieBreaker], { description: '名额分界处总分相同时依次比较的分数' })
  tieBreakers!: QuotaTieBreaker[];
  @Field(() => QuotaStillTied, { description: '仍完全相同时的处理' }) stillTied!: QuotaStillTied;
  @Field(() => [QuotaOverride], { description: '单独核定名额的党支部' }) overrides!: QuotaOverride[];
  @Field(() => Int, { description: '双预警：书记约谈期限（天）' }) interviewDays!: number;
  @Field(() => Int, { description: '双预警：限期改正的期限（月，最长 12）' }) rectifyMonths!: number;
  @Field(() => ID, { nullable: true, description: '制定该政策的组织；默认比例时为空' }) organizationId!: string | null;
  @Field(() => Boolean, { description: '是否为系统默认政策（10% / 15% / 20%，按支部核定，四舍五入）' })
  isDefault!: boolean;
  @Field(() => Boolean, { description: '是否沿用上级组织的政策' }) inherited!: boolean;
  @Field(() => String, { nullable: true, description: '调整理由' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: '设定时间' }) setAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '设定人署名：组织、角色和姓名（设定时的名称）；默认比例或未保存的草案为空',
  })
  setByName!: string | null;
}

@InputType({ description: '单独核定名额的党支部' })
export class QuotaOverrideInput {
  @Field(() => ID) branchId!: string;
  @Field(() => Float, { defaultValue: 10 }) fiveStarPercent!: number;
  @Field(() => Float, { defaultValue: 15 }) fourStarPercent!: number;
  @Field(() => Float, { defaultValue: 20 }) threeStarPercent!: number;
  @Field(() => String, { description: '理由，如“连续三年被评为先进基层党组织”' }) reason!: string;
}

@InputType({ description: '设定星级名额政策；未给出的项取默认值' })
export class SetQuotaPolicyInput {
  @Field(() => ID, { description: '镇(街道)党(工)委或区' }) organizationId!: string;
  @Field(() => Int, { description: '积分周期（年度），自该年度起执行，直至另行设定' }) cycle!: number;
  @Field(() => Float, { defaultValue: 10 }) fiveStarPercent!: number;
  @Field(() => Float, { defaultValue: 15 }) fourStarPercent!: number;
  @Field(() => Float, { defaultValue: 20 }) threeStarPercent!: number;
  @Field(() => QuotaScope, { defaultValue: QuotaScope.BRANCH }) scope!: QuotaScope;
  @Field(() => QuotaRounding, { defaultValue: QuotaRounding.HALF_UP }) rounding!: QuotaRounding;
  @Field(() => Float, { defaultValue: 50 }) baseFloor!: number;
  @Field(() => Float, { defaultValue: 70 }) totalFloor!: number;
  @Field(() => [QuotaTieBreaker], { defaultValue: [QuotaTieBreaker.BASE, QuotaTieBreaker.STAR_POINTS] })
  tieBreakers!: QuotaTieBreaker[];
  @Field(() => QuotaStillTied, { defaultValue: QuotaStillTied.ALL_TAKE }) stillTied!: QuotaStillTied;
  @Field(() => [QuotaOverrideInput], { defaultValue: [] }) overrides!: QuotaOverrideInput[];
  @Field(() => Int, { defaultValue: 15 }) interviewDays!: number;
  @Field(() => Int, { defaultValue: 6 }) rectifyMonths!: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
