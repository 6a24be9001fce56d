import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { Member } from '../member/member.type';
import { EntryRecord } from '../entry/entry.storage';
import { Entry } from '../entry/entry.type';
import { PeriodScore, ScoreStep } from './period-score.type';

/** The member a period score belongs to, batched over a page of scores. */
@Resolver(() => PeriodScore)
export class PeriodScoreResolver {
  @FieldResolver(() => Member, { nullable: true, description: '党员（超出调用者范围时为空）' })
  member(@Root() score: PeriodScore, @Ctx() ctx: LedgerContext): Promise<Member | null> {
    return ctx.loaders.member.load(score.memberId) as Promise<Member | null>;
  }
}

/** The entries behind a step of the explanation, batched over every step of every score in the request. */
@Resolver(() => ScoreStep)
export class ScoreStepResolver {
  @FieldResolver(() => [Entry], { description: '涉及的记录（调用者范围内的）' })
  async entries(@Root() step: ScoreStep, @Ctx() ctx: LedgerContext): Promise<Entry[]> {
    const found = await ctx.loaders.entry.loadMany(step.entryIds);
    return found.filter((e): e is EntryRecord => e !== null && !(e instanceof Error)) as Entry[];
  }
}
