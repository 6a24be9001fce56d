import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { ScoreRollup, ScoreRollupFigures } from './rollup.type';

const MEDIAN = { nullable: true, description: '中位数' } as const;

/** The median of a rollup's figures: read from the members' scores only when asked (the summaries cannot give it). */
@Resolver(() => ScoreRollupFigures)
export class ScoreRollupFiguresResolver {
  @FieldResolver(() => Float, MEDIAN)
  median(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number | null> {
    return ctx.loaders.medianOf(figures.period).load(figures.organizationId);
  }
}

/** The same field on the rollup itself (a type of its own in the schema). */
@Resolver(() => ScoreRollup)
export class ScoreRollupResolver {
  @FieldResolver(() => Float, MEDIAN)
  median(@Root() rollup: ScoreRollup, @Ctx() ctx: LedgerContext): Promise<number | null> {
    return ctx.loaders.medianOf(rollup.period).load(rollup.organizationId);
  }
}
