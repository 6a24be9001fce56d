import { Caller, idsOnPath } from '@jifen/kit';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import * as policies from './quota/quota-policy.storage';
import { QuotaPolicyRecord } from './quota/quota-policy.storage';

export interface RatingLoaders {
  /** Every policy set on a path's nodes, keyed by path: one statement for all paths of a request. */
  policiesOnPath: DataLoader<string, QuotaPolicyRecord[]>;
}

export function makeRatingLoaders(dataSource: DataSource, _caller: Caller): RatingLoaders {
  const db = dataSource.manager;
  return {
    policiesOnPath: new DataLoader(async (paths) => {
      const all = await policies.policiesOn(db, [...new Set(paths.flatMap(idsOnPath))]);
      return paths.map((path) => {
        const onPath = new Set(idsOnPath(path));
        return all.filter((p) => onPath.has(p.organizationId));
      });
    }),
  };
}
