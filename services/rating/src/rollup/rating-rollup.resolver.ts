import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { RatingContext } from '../rating-context';
import { RatingFigures, RatingRollup, RatingTrendPoint } from './rating-rollup.type';

/**
 * The organisation the figures are for, as a reference the ledger resolves in the same query plan (its name, level),
 * so that a dashboard reads each child's name in the request that reads its figures. The rollup and each child's
 * figures are types of their own in the schema, so the same resolver is made for each.
 */
function organizationOfFigures(type: ClassType<RatingFigures>) {
  @Resolver(() => type)
  class FiguresOrganizationResolver {
    @FieldResolver(() => Organization, { description: '组织（名称、层级由台账服务给出）' })
    organization(@Root() figures: RatingFigures): Organization {
      return { id: figures.organizationId } as Organization;
    }
  }
  return FiguresOrganizationResolver;
}

export const RatingFiguresResolver = organizationOfFigures(RatingFigures);
export const RollupOrganizationResolver = organizationOfFigures(RatingRollup);

/** A rollup's trend: the earlier periods' figures, read in a statement of their own only when a caller asks for them. */
@Resolver(() => RatingRollup)
export class RatingRollupResolver {
  @FieldResolver(() => [RatingTrendPoint], { description: '同类期间的往期（最多 4 期，早的在前）' })
  trend(@Root() rollup: RatingRollup, @Ctx() ctx: RatingContext): Promise<RatingTrendPoint[]> {
    return ctx.loaders.ratingTrend(rollup.period).load({ id: rollup.organizationId, path: rollup.path });
  }
}
