import { AppError, assertPage, isUuid, KitErrorCode, MAX_PAGE } from '@jifen/kit';
import { dayOf } from '@jifen/kit/server';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { EntryState } from '../entry/entry-state';
import { pageEntries } from '../entry/entry.storage';
import { EntryPage } from '../entry/entry.type';
import { assertSeesWholeRoster, memberReach } from '../ledger-access';
import { LedgerContext } from '../ledger-context';
import { ObjectionStatus } from '../register/objection-workflow';
import { objectionsUnder } from '../register/objection.storage';
import { assembliesOfBranches, windowsOfBranches } from '../register/register.storage';
import { Assembly, Objection, PublicityWindow } from '../register/register.type';
import { ScoreRollup } from '../rollup/rollup.type';
import { Organization } from './organization.type';
import { pagePeriodScores, periodScoresDigest } from '../scoring/period-score.storage';
import { PeriodScorePage } from '../scoring/period-score.type';
import { asksForDetail, periodScoreView } from '../scoring/period-score.view';
import { ScoreState } from '../scoring/score-state';

/** The register as seen from an organisation node: entries, assemblies, publicity, objections and the rollup. */
@Resolver(() => Organization)
export class OrganizationRegisterResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  @FieldResolver(() => EntryPage, { description: '本组织及下级的积分记录，按发生日期倒序分页' })
  entries(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('states', () => [EntryState], { nullable: true, description: '只看这些环节，如待初评：[DECLARED]' })
    states?: EntryState[],
    @Arg('from', () => Date, { nullable: true }) from?: string,
    @Arg('to', () => Date, { nullable: true }) to?: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<EntryPage> {
    assertPage(first, offset);
    const onlyMemberId = memberReach(ctx.caller)?.memberId ?? null;
    return pageEntries(this.dataSource.manager, org.path, {
      states: states ?? null,
      from,
      to,
      first,
      offset,
      onlyMemberId,
    }) as Promise<EntryPage>;
  }

  @FieldResolver(() => [Assembly], { description: '党员大会评定（党支部）' })
  async assemblies(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<Assembly[]> {
    const assemblies = await assembliesOfBranches(this.dataSource.manager, [org.id]);
    const reach = memberReach(ctx.caller);
    // A member sees whether they attended, not who else did (the roster is not theirs to see).
    return reach
      ? assemblies.map((a) => ({ ...a, attendeeIds: a.attendeeIds.filter((id) => id === reach.memberId) }))
      : assemblies;
  }

  @FieldResolver(() => [PublicityWindow], { description: '公示（党支部），最近的在前' })
  publicityWindows(@Root() org: Organization): Promise<PublicityWindow[]> {
    return windowsOfBranches(this.dataSource.manager, [org.id]);
  }

  @FieldResolver(() => [Objection], { description: '本组织及下级的异议，最近的在前，最多 500 条' })
  objections(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('status', () => [ObjectionStatus], { nullable: true }) status?: ObjectionStatus[],
  ): Promise<Objection[]> {
    return objectionsUnder(this.dataSource.manager, org.path, status ?? null, 500, memberReach(ctx.caller));
  }

  @FieldResolver(() => PeriodScorePage, {
    description: '本组织及下级某期间的积分，按党员编号分页（评星定级按页读取已确认的积分）',
  })
  async periodScores(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('period', () => String, { description: '如 2024、2024-H1' }) period: string,
    @Arg('states', () => [ScoreState], { nullable: true, description: '只取这些确认程度的积分，如 [FINAL]' })
    states?: ScoreState[],
    @Arg('first', () => Int, { defaultValue: 200 }) first = 200,
    @Arg('after', () => ID, { nullable: true, description: '上一页的 nextAfter' }) after?: string,
    @Arg('before', () => ID, {
      nullable: true,
      description: '只取党员 id 小于此值的积分：与 after 一起把一个区分成几段同时读取',
    })
    before?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<PeriodScorePage> {
    assertSeesWholeRoster(ctx.caller, '组织的积分名单');
    if (first < 1 || first > MAX_PAGE)
      throw new AppError(KitErrorCode.BAD_USER_INPUT, `每页条数应在 1 到 ${MAX_PAGE} 之间`, {
        first,
        max: MAX_PAGE,
      });
    if (after && !isUuid(after))
      throw new AppError(KitErrorCode.BAD_USER_INPUT, 'after 应为上一页返回的 nextAfter', { after });
    if (before && !isUuid(before))
      throw new AppError(KitErrorCode.BAD_USER_INPUT, 'before 应为 uuid 格式的党员 id', { before });
    const lean = !asksForDetail(info, ['items']);
    const page = await pagePeriodScores(this.dataSource.manager, org.path, period, {
      states: states ?? null,
      after: after ?? null,
      before: before ?? null,
      first,
      lean,
    });
    return { items: page.items.map(periodScoreView), nextAfter: page.nextAfter };
  }

  @FieldResolver(() => String, {
    description: '某期间积分的指纹：任何一人的积分或确认程度变化时随之改变（评星定级据此判断预览是否过时）',
  })
  periodScoreDigest(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('period', () => String) period: string,
  ): Promise<string> {
    assertSeesWholeRoster(ctx.caller, '组织的积分指纹');
    return periodScoresDigest(this.dataSource.manager, org.path, period);
  }

  @FieldResolver(() => ScoreRollup, { description: '某期间的积分汇总（本组织及每个直接下级），不逐个党支部查询' })
  scoreRollup(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('period', () => String, { description: '如 2024、2024-H1' }) period: string,
  ): Promise<ScoreRollup> {
    assertSeesWholeRoster(ctx.caller, '组织的积分汇总');
    return ctx.loaders.rollupOf({ period, today: dayOf(this.clock) }).load(org.id);
  }
}
