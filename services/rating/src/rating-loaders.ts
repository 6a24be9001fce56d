import { Caller, pathSettingsLoader } from '@jifen/kit';
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
    policiesOnPath: pathSettingsLoader((orgIds) => policies.policiesOn(db, orgIds), (p) => p.organizationId),
  };
}
