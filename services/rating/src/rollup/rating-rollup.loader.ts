import DataLoader from 'dataloader';
import { outermostPaths } from '@jifen/kit';
import { loaderPerArgs } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { previousPeriodKeys } from '../run/period-key';
import { warningCountsByBranch } from '../warning/warning-counts.storage';
import { RollupNode, rollupsOf } from './rating-rollup';
import { branchFiguresUnder, periodFiguresUnder, unitsAround } from './rating-rollup.storage';
import { RatingRollup, RatingTrendPoint } from './rating-rollup.type';

const TREND = 4;

/** The number of labels of the deepest node. */
const deepestOf = (nodes: readonly RollupNode[]) => Math.max(...nodes.map((n) => n.path.split('.').length));

/**
 * The rollups of a batch of nodes (without their trend): three statements in all (the period's figures, quota units
 * and warning counts, each summed per child of the deepest node), read under the outermost of the nodes, then added
 * up per node.
 */
export async function loadRatingRollups(
  db: EntityManager,
  nodes: readonly RollupNode[],
  period: string,
  today: string,
): Promise<RatingRollup[]> {
  const roots = outermostPaths(nodes.map((n) => n.path));
  const childDepth = deepestOf(nodes) + 1;
  const [branches, units, warnings] = await Promise.all([
    branchFiguresUnder(db, roots, period, childDepth),
    unitsAround(db, roots, period, childDepth),
    warningCountsByBranch(db, roots, today, period, childDepth),
  ]);
  return rollupsOf(nodes, period, { branches, periods: [], units, warnings });
}

/** The trends of a batch of nodes (the period and up to three before it): one statement, read only when asked. */
export async function loadRatingTrends(
  db: EntityManager,
  nodes: readonly RollupNode[],
  period: string,
): Promise<RatingTrendPoint[][]> {
  const roots = outermostPaths(nodes.map((n) => n.path));
  const periods = await periodFiguresUnder(
    db,
    roots,
    previousPeriodKeys(period, TREND - 1).concat(period),
    deepestOf(nodes),
  );
  return rollupsOf(nodes, period, { branches: [], periods, units: [], warnings: [] }).map((r) => r.trend);
}

/** A node is the same node only at the same path (the representation carries both). */
const nodeKey = (node: RollupNode) => `${node.id}|${node.path}`;

/** One loader per period and day, keyed by node: every rollup a request asks for that period shares one batch. */
export function ratingRollupLoaders(
  db: EntityManager,
): (period: string, today: string) => DataLoader<RollupNode, RatingRollup, string> {
  const byArgs = loaderPerArgs(
    (args: { period: string; today: string }) =>
      new DataLoader((nodes: readonly RollupNode[]) => loadRatingRollups(db, nodes, args.period, args.today), {
        cacheKeyFn: nodeKey,
      }),
  );
  return (period, today) => byArgs({ period, today });
}

/** One loader per period, keyed by node: the trends a request asks for share one statement. */
export function ratingTrendLoaders(
  db: EntityManager,
): (period: string) => DataLoader<RollupNode, RatingTrendPoint[], string> {
  return loaderPerArgs(
    (period: string) =>
      new DataLoader((nodes: readonly RollupNode[]) => loadRatingTrends(db, nodes, period), { cacheKeyFn: nodeKey }),
  );
}
