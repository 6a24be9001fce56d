import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { RatingContext } from '../rating-context';
import { effectivePolicy, QuotaPolicyService } from '../quota/quota-policy.service';
import { QuotaPolicy, SetQuotaPolicyInput } from '../quota/quota-policy.type';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationRatingResolver {
  constructor(private readonly policies: QuotaPolicyService) {}

  @FieldResolver(() => QuotaPolicy, { description: '某积分周期执行的星级名额比例：本组织的，或最近一级上级的，否则为默认 10/15/20%；cycle 缺省为本年度' })
  @Directive('@requires(fields: "path")')
  async quotaPolicy(@Root() org: Organization, @Ctx() ctx: RatingContext, @Arg('cycle', () => Int, { nullable: true }) cycle?: number): Promise<QuotaPolicy> {
    const onPath = await ctx.loaders.policiesOnPath.load(org.path);
    return effectivePolicy(org.path, org.id, onPath, cycle ?? this.policies.currentCycle());
  }

  @FieldResolver(() => [QuotaPolicy], { description: '本组织设定过的全部名额比例（历史记录，从早到晚）' })
  @Directive('@requires(fields: "path")')
  async quotaPolicyHistory(@Root() org: Organization, @Ctx() ctx: RatingContext): Promise<QuotaPolicy[]> {
    const own = (await ctx.loaders.policiesOnPath.load(org.path)).filter((p) => p.organizationId === org.id);
    return own.map((p) => ({ ...p, isDefault: false, inherited: false }));
  }

  @Mutation(() => QuotaPolicy, { description: '镇(街道)党(工)委或区设定星级名额比例，自该周期起执行' })
  async setQuotaPolicy(@Ctx() ctx: RatingContext, @Arg('input', () => SetQuotaPolicyInput) input: SetQuotaPolicyInput): Promise<QuotaPolicy> {
    const saved = await this.policies.set(ctx, input);
    return { ...saved, isDefault: false, inherited: false };
  }
}
