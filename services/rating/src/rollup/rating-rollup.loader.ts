import DataLoader from 'dataloader';
import { outermostPaths } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { previousPeriodKeys } from '../run/period-key';
import { warningCountsByBranch } from '../warning/warning.storage';
import { RollupNode, rollupsOf } from './rating-rollup';
import { branchFiguresUnder, periodFiguresUnder, unitsAround } from './rating-rollup.storage';
import { RatingRollup, RatingTrendPoint } from './rating-rollup.type';

const TREND = 4;

/** The number of labels of the deepest node. */
const deepestOf = (nodes: readonly RollupNode[]) => Math.max(...nodes.map((n) => n.path.split('.').length));

/**
 * The rollups of a batch of nodes (without their trend): three statements in all (the period's branch figures and
 * warning counts, each summed per child of the deepest node, and the quota units), read under the outermost of the
 * nodes, then added up per node.
 */
export async function loadRatingRollups(db: EntityManager, nodes: readonly RollupNode[], period: string, today: string): Promise<RatingRollup[]> {
  const roots = outermostPaths(nodes.map((n) => n.path));
  const childDepth = deepestOf(nodes) + 1;
  const [branches, units, warnings] = await Promise.all([
    branchFiguresUnder(db, roots, period, childDepth),
    unitsAround(db, roots, period),
    warningCountsByBranch(db, roots, today, period, childDepth),
  ]);
  return rollupsOf(nodes, period, { branches, periods: [], units, warnings });
}

/** The trends of a batch of nodes (the period and up to three before it): one statement, read only when asked. */
export async function loadRatingTrends(db: EntityManager, nodes: readonly RollupNode[], period: string): Promise<RatingTrendPoint[][]> {
  const roots = outermostPaths(nodes.map((n) => n.path));
  const periods = await periodFiguresUnder(db, roots, previousPeriodKeys(period, TREND - 1).concat(period), deepestOf(nodes));
  return rollupsOf(nodes, period, { branches: [], periods, units: [], warnings: [] }).map((r) => r.trend);
}

/** One loader per key (a period, with the day for rollups), each built on first use and kept for the request. */
function loadersByKey<V>(load: (key: string, nodes: readonly RollupNode[]) => Promise<V[]>): (key: string) => DataLoader<RollupNode, V, string> {
  const loaders = new Map<string, DataLoader<RollupNode, V, string>>();
  return (key) => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((nodes) => load(key, nodes), { cacheKeyFn: (node) => `${node.id}|${node.path}` });
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** One loader per period and day, keyed by node: every rollup a request asks for that period shares one batch. */
export function ratingRollupLoaders(db: EntityManager): (period: string, today: string) => DataLoader<RollupNode, RatingRollup, string> {
  const byKey = loadersByKey((key, nodes) => {
    const [period, today] = key.split('|');
    return loadRatingRollups(db, nodes, period, today);
  });
  return (period, today) => byKey(`${period}|${today}`);
}

/** One loader per period, keyed by node: the trends a request asks for share one statement. */
export function ratingTrendLoaders(db: EntityManager): (period: string) => DataLoader<RollupNode, RatingTrendPoint[], string> {
  return loadersByKey((period, nodes) => loadRatingTrends(db, nodes, period));
}
