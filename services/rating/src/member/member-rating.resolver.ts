import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RatingContext } from '../rating-context';
import { checkPeriodKey } from '../run/period-key';
import { RatingResult } from '../run/run.type';
import { resultView } from '../run/run.view';
import { Member } from './member.type';

/** A member's standing rating: the confirmed run's result for the period. */
@Resolver(() => Member)
export class MemberRatingResolver {
  @FieldResolver(() => RatingResult, {
    nullable: true,
    description: '某期间现行的评定结果（已确认的评定）；尚未确认时为空',
  })
  async rating(
    @Root() member: Member,
    @Ctx() ctx: RatingContext,
    @Arg('period', () => String) period: string,
  ): Promise<RatingResult | null> {
    const result = await ctx.loaders.confirmedRating.load(`${member.id}|${checkPeriodKey(period)}`);
    return result ? resultView(result) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: '某期间获评的星级（5、4、3）；未评上或尚未确认时为空' })
  async stars(
    @Root() member: Member,
    @Ctx() ctx: RatingContext,
    @Arg('period', () => String) period: string,
  ): Promise<number | null> {
    const result = await ctx.loaders.confirmedStars.load(`${member.id}|${checkPeriodKey(period)}`);
    return result?.stars ?? null;
  }
}
