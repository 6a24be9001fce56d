import { dayOf } from '@jifen/kit/server';
import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { RatingRollup } from '../rollup/rating-rollup.type';
import { checkPeriodKey } from '../run/period-key';
import { runsOf } from '../run/run.storage';
import { RatingRun } from '../run/run.type';
import { runView } from '../run/run.view';
import { assertSeesOrganisation, listsOfOrganisation } from '../rating-access';
import { RatingContext } from '../rating-context';
import { effectivePolicy, QuotaPolicyService } from '../quota/quota-policy.service';
import { QuotaPolicy, SetQuotaPolicyInput } from '../quota/quota-policy.type';
import { Organization } from './organization.type';

/**
 * The rating fields of the ledger's `Organization`. A node outside the caller's scope: empty lists, and
 * ORGANIZATION_NOT_FOUND from the fields that must answer; a member (limited to self): empty lists and FORBIDDEN.
 */
@Resolver(() => Organization)
export class OrganizationRatingResolver {
  constructor(
    private readonly policies: QuotaPolicyService,
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  @FieldResolver(() => [RatingRun], {
    nullable: true,
    description: '本组织发起的评星定级（各期间、各版本），最近的在前；评星定级服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async ratingRuns(
    @Root() org: Organization,
    @Ctx() ctx: RatingContext,
    @Arg('period', () => String, { nullable: true }) period?: string,
  ): Promise<RatingRun[]> {
    if (!listsOfOrganisation(ctx.caller, org)) return [];
    return (await runsOf(this.dataSource.manager, org.id, period ? checkPeriodKey(period) : null)).map(runView);
  }

  @FieldResolver(() => RatingRollup, {
    nullable: true,
    description:
      '某期间的评定汇总：等次、星级对名额、双预警（未结、逾期、转处置），每个直接下级，及往期走势；评星定级服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async ratingRollup(
    @Root() org: Organization,
    @Ctx() ctx: RatingContext,
    @Arg('period', () => String, { description: '如 2024、2024-H1' }) period: string,
  ): Promise<RatingRollup> {
    assertSeesOrganisation(ctx.caller, org, '组织的评定汇总');
    return ctx.loaders.ratingRollup(checkPeriodKey(period), dayOf(this.clock)).load({ id: org.id, path: org.path });
  }

  @FieldResolver(() => QuotaPolicy, {
    nullable: true,
    description:
      '某积分周期执行的星级名额比例：本组织的，或最近一级上级的，否则为默认 10/15/20%；cycle 缺省为本年度；评星定级服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async quotaPolicy(
    @Root() org: Organization,
    @Ctx() ctx: RatingContext,
    @Arg('cycle', () => Int, { nullable: true }) cycle?: number,
  ): Promise<QuotaPolicy> {
    assertSeesOrganisation(ctx.caller, org, '星级名额比例');
    const onPath = await ctx.loaders.policiesOnPath.load(org.path);
    return effectivePolicy(org.path, org.id, onPath, cycle ?? this.policies.currentCycle());
  }

  @FieldResolver(() => [QuotaPolicy], {
    nullable: true,
    description: '本组织设定过的全部名额比例（历史记录，从早到晚）；评星定级服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async quotaPolicyHistory(@Root() org: Organization, @Ctx() ctx: RatingContext): Promise<QuotaPolicy[]> {
    if (!listsOfOrganisation(ctx.caller, org)) return [];
    const own = (await ctx.loaders.policiesOnPath.load(org.path)).filter((p) => p.organizationId === org.id);
    return own.map(({ districtId: _district, setBy: _by, ...p }) => ({ ...p, isDefault: false, inherited: false }));
  }

  @Mutation(() => QuotaPolicy, { description: '镇(街道)党(工)委或区设定星级名额比例，自该周期起执行' })
  async setQuotaPolicy(
    @Ctx() ctx: RatingContext,
    @Arg('input', () => SetQuotaPolicyInput) input: SetQuotaPolicyInput,
  ): Promise<QuotaPolicy> {
    const {
      districtId: _district,
      setBy: _by,
      ...saved
    } = await this.policies.set(ctx, { ...input, reason: input.reason ?? null });
    return { ...saved, isDefault: false, inherited: false };
  }
}
