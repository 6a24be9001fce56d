import { assertPage } from '@jifen/kit';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { pageEntries } from '../entry/entry.storage';
import { EntryPage } from '../entry/entry.type';
import { assertMayAct, memberReach, RegisterAction } from '../ledger-access';
import { LedgerContext } from '../ledger-context';
import { conditionsOfMembers, votesOfMembers } from '../records/records.storage';
import { conditionView, votesView } from '../records/records.resolver';
import { MemberCondition, ReviewVotes } from '../records/records.type';
import { branchInScope } from '../register/branch-lookup';
import { PeriodScore } from '../scoring/period-score.type';
import { asksForDetail, periodScoreView } from '../scoring/period-score.view';
import { ScoreKeeper } from '../scoring/score-keeper';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { Member } from './member.type';

/** A member's register: scores by period, entries, votes and conditions; and recomputing a branch's scores. */
@Resolver(() => Member)
export class MemberRegisterResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
  ) {}

  @FieldResolver(() => PeriodScore, {
    nullable: true,
    description: '某期间的积分（年度 2024、半年 2024-H1、季度 2024-Q3、月 2024-M05）；尚未计分时为空',
  })
  async score(
    @Root() member: Member,
    @Ctx() ctx: LedgerContext,
    @Arg('period', () => String) period: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<PeriodScore | null> {
    const loader = asksForDetail(info, []) ? ctx.loaders.periodScore : ctx.loaders.leanPeriodScore;
    const record = await loader.load(`${member.id}|${period}`);
    return record ? periodScoreView(record) : null;
  }

  @FieldResolver(() => EntryPage, { description: '本人的积分记录，按发生日期倒序' })
  entries(
    @Root() member: Member,
    @Ctx() ctx: LedgerContext,
    @Arg('from', () => Date, { nullable: true }) from?: string,
    @Arg('to', () => Date, { nullable: true }) to?: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<EntryPage> {
    assertPage(first, offset);
    const onlyMemberId = memberReach(ctx.caller)?.memberId ?? null;
    return pageEntries(this.dataSource.manager, ctx.caller.scopePath, {
      memberIds: [member.id],
      onlyMemberId,
      from,
      to,
      first,
      offset,
    }) as Promise<EntryPage>;
  }

  @FieldResolver(() => [ReviewVotes], { description: '民主评议票数（每期最新的一次）' })
  async reviewVotes(@Root() member: Member): Promise<ReviewVotes[]> {
    return (await votesOfMembers(this.dataSource.manager, [member.id])).map(votesView);
  }

  @FieldResolver(() => [MemberCondition], { description: '登记的一票否决、直接定等情形（含已撤销的）' })
  async conditions(@Root() member: Member, @Ctx() ctx: LedgerContext): Promise<MemberCondition[]> {
    // Conditions are the committee's records, not shown to a member (not even their own).
    if (memberReach(ctx.caller)) return [];
    return (await conditionsOfMembers(this.dataSource.manager, [member.id])).map(conditionView);
  }

  @Mutation(() => Int, { description: '按现行方案重算党支部全体党员某期间的积分（如方案修订后）；返回重算的条数' })
  async refreshScores(
    @Ctx() ctx: LedgerContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('period', () => String) period: string,
  ): Promise<number> {
    const branch = await this.dataSource.transaction((db) => branchInScope(db, ctx.caller, organizationId));
    assertMayAct(ctx.caller, RegisterAction.KEEP, branch.path);
    const plan = await this.keeper.planPeriod(ctx.token, branch, period);
    if (!plan)
      throw new LedgerError(LedgerErrorCode.INVALID_PERIOD, `本支部的方案没有“${period}”这一计分期间，或该期尚未开始`, {
        period,
      });
    return (await this.dataSource.transaction((db) => this.keeper.apply(db, plan, null))).length;
  }
}
