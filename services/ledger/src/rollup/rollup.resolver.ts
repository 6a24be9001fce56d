import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { RegisterCounts } from './rollup.storage';
import { ScoreRollup, ScoreRollupFigures } from './rollup.type';

const MEDIAN = { nullable: true, description: '中位数' } as const;
const PENDING = { description: '待初评的申报' } as const;
const OBJECTIONS = { description: '待处理的异议和申诉' } as const;
const WINDOWS = { description: '正在公示的公示' } as const;

/** The figures not kept per node: the median (from the members' scores) and the register's counts, each read only when asked. */
const lazy = {
  median: (f: ScoreRollupFigures, ctx: LedgerContext) => ctx.loaders.medianOf(f.period).load(f.organizationId),
  count: (f: ScoreRollupFigures, ctx: LedgerContext, key: keyof RegisterCounts) => ctx.loaders.registerCountsOf(f.today).load(f.organizationId).then((c) => c[key]),
};

@Resolver(() => ScoreRollupFigures)
export class ScoreRollupFiguresResolver {
  @FieldResolver(() => Float, MEDIAN)
  median(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number | null> {
    return lazy.median(figures, ctx);
  }

  @FieldResolver(() => Int, PENDING)
  pendingReviews(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number> {
    return lazy.count(figures, ctx, 'pendingReviews');
  }

  @FieldResolver(() => Int, OBJECTIONS)
  openObjections(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number> {
    return lazy.count(figures, ctx, 'openObjections');
  }

  @FieldResolver(() => Int, WINDOWS)
  runningWindows(@Root() figures: ScoreRollupFigures, @Ctx() ctx: LedgerContext): Promise<number> {
    return lazy.count(figures, ctx, 'runningWindows');
  }
}

/** The same fields on the rollup itself (a type of its own in the schema). */
@Resolver(() => ScoreRollup)
export class ScoreRollupResolver {
  @FieldResolver(() => Float, MEDIAN)
  median(@Root() rollup: ScoreRollup, @Ctx() ctx: LedgerContext): Promise<number | null> {
    return lazy.median(rollup, ctx);
  }

  @FieldResolver(() => Int, PENDING)
  pendingReviews(@Root() rollup: ScoreRollup, @Ctx() ctx: LedgerContext): Promise<number> {
    return lazy.count(rollup, ctx, 'pendingReviews');
  }

  @FieldResolver(() => Int, OBJECTIONS)
  openObjections(@Root() rollup: ScoreRollup, @Ctx() ctx: LedgerContext): Promise<number> {
    return lazy.count(rollup, ctx, 'openObjections');
  }

  @FieldResolver(() => Int, WINDOWS)
  runningWindows(@Root() rollup: ScoreRollup, @Ctx() ctx: LedgerContext): Promise<number> {
    return lazy.count(rollup, ctx, 'runningWindows');
  }
}
