import DataLoader from 'dataloader';
import { outermostPaths } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { previousPeriodKeys } from '../run/period-key';
import { warningCountsByBranch } from '../warning/warning.storage';
import { RollupNode, rollupsOf } from './rating-rollup';
import { branchFiguresUnder, periodFiguresUnder, unitsAround } from './rating-rollup.storage';
import { RatingRollup } from './rating-rollup.type';

const TREND = 4;

/**
 * The rollups of a batch of nodes: four statements in all (the period's branch summaries, the trend's, the quota
 * units, the warning counts per branch), read under the outermost of the nodes, then added up per node.
 */
export async function loadRatingRollups(db: EntityManager, nodes: readonly RollupNode[], period: string, today: string): Promise<RatingRollup[]> {
  const roots = outermostPaths(nodes.map((n) => n.path));
  const deepest = Math.max(...nodes.map((n) => n.path.split('.').length));
  const [branches, periods, units, warnings] = await Promise.all([
    branchFiguresUnder(db, roots, period),
    periodFiguresUnder(db, roots, previousPeriodKeys(period, TREND - 1).concat(period), deepest),
    unitsAround(db, roots, period),
    warningCountsByBranch(db, roots, today, period),
  ]);
  return rollupsOf(nodes, period, { branches, periods, units, warnings });
}

/** One loader per period and day, keyed by node: every rollup a request asks for that period shares one batch. */
export function ratingRollupLoaders(db: EntityManager): (period: string, today: string) => DataLoader<RollupNode, RatingRollup, string> {
  const loaders = new Map<string, DataLoader<RollupNode, RatingRollup, string>>();
  return (period, today) => {
    const key = `${period}|${today}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((nodes) => loadRatingRollups(db, nodes, period, today), { cacheKeyFn: (node) => `${node.id}|${node.path}` });
      loaders.set(key, loader);
    }
    return loader;
  };
}
