import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RatingContext } from '../rating-context';
import { RatingRollup, RatingTrendPoint } from './rating-rollup.type';

/** A rollup's trend: the earlier periods' figures, read in a statement of their own only when a caller asks for them. */
@Resolver(() => RatingRollup)
export class RatingRollupResolver {
  @FieldResolver(() => [RatingTrendPoint], { description: '同类期间的往期（最多 4 期，早的在前）' })
  trend(@Root() rollup: RatingRollup, @Ctx() ctx: RatingContext): Promise<RatingTrendPoint[]> {
    return ctx.loaders.ratingTrend(rollup.period).load({ id: rollup.organizationId, path: rollup.path });
  }
}
