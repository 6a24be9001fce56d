import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { Member } from '../member/member.type';
import { PeriodScore } from './period-score.type';

/** The member a period score belongs to, batched over a page of scores. */
@Resolver(() => PeriodScore)
export class PeriodScoreResolver {
  @FieldResolver(() => Member, { nullable: true, description: '党员（超出调用者范围时为空）' })
  member(@Root() score: PeriodScore, @Ctx() ctx: LedgerContext): Promise<Member | null> {
    return ctx.loaders.member.load(score.memberId) as Promise<Member | null>;
  }
}
