import { ClassType, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { RegisterCounts } from './rollup.storage';
import { ScoreRollup, ScoreRollupFigures } from './rollup.type';

/**
 * The figures not kept per node, each read only when asked: the median (from the members' scores) and the
 * register's counts. The rollup and each child's figures are types of their own in the schema, so the same
 * resolver is made for each.
 */
function lazyFiguresResolver(type: ClassType<ScoreRollupFigures>) {
  const count = (f: ScoreRollupFigures, ctx: LedgerContext, key: keyof RegisterCounts) =>
    ctx.loaders
      .registerCountsOf(f.today)
      .load(f.organizationId)
      .then((c) => c[key]);

  @Resolver(() => type)
  class LazyFiguresResolver {
    @FieldResolver(() => Float, { nullable: true, description: '中位数' })
    median(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number | null> {
      return ctx.loaders.medianOf(figures.period).load(figures.organizationId);
    }

    @FieldResolver(() => Int, { description: '待初评的申报' })
    pendingReviews(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number> {
      return count(figures, ctx, 'pendingReviews');
    }

    @FieldResolver(() => Int, { description: '待处理的异议和申诉' })
    openObjections(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number> {
      return count(figures, ctx, 'openObjections');
    }

    @FieldResolver(() => Int, { description: '正在公示的公示' })
    runningWindows(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number> {
      return count(figures, ctx, 'runningWindows');
    }
  }
  return LazyFiguresResolver;
}

export const ScoreRollupFiguresResolver = lazyFiguresResolver(ScoreRollupFigures);
export const ScoreRollupResolver = lazyFiguresResolver(ScoreRollup);
