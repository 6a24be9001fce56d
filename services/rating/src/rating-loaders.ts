import { Caller, TodoCount } from '@jifen/kit';
import { keyedLoader, loaderPerArgs, pathSettingsLoader } from '@jifen/kit/server';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readScope, seesOrganisationRatings } from './rating-access';
import * as policies from './quota/quota-policy.storage';
import { QuotaPolicyRecord } from './quota/quota-policy.storage';
import { makeWarningLoaders, WarningLoaders } from './warning/warning-loaders';
import { confirmedResults, confirmedStars, StandingStars, StoredResult } from './run/run-results.storage';
import { findRuns, RunRecord } from './run/run.storage';
import { RollupNode } from './rollup/rating-rollup';
import { ratingRollupLoaders, ratingTrendLoaders } from './rollup/rating-rollup.loader';
import { RatingRollup, RatingTrendPoint } from './rollup/rating-rollup.type';
import { runTodosUnder, warningTodosUnder } from './todo/rating-todo.storage';

export interface RatingLoaders extends WarningLoaders {
  /** Every policy set on a path's nodes, keyed by path: one statement for all paths of a request. */
  /** Not scoped: callers check the node first (`assertSeesOrganisation`, `listsOfOrganisation`). */
  policiesOnPath: DataLoader<string, QuotaPolicyRecord[]>;
  /** A member's standing result of a period, keyed `memberId|period`: one statement per request. */
  confirmedRating: DataLoader<string, StoredResult | null>;
  /** The stars alone of the same results, keyed alike: a member list's column, without reading whole results. */
  confirmedStars: DataLoader<string, StandingStars | null>;
  run: DataLoader<string, RunRecord | null>;
  /** A node's rollup of a period, one loader per period and day: a request's nodes share three statements. Not scoped, like policiesOnPath. */
  ratingRollup(period: string, today: string): DataLoader<RollupNode, RatingRollup, string>;
  /** A node's trend up to a period: a request's nodes share one statement, run only when a trend is asked for. */
  ratingTrend(period: string): DataLoader<RollupNode, RatingTrendPoint[], string>;
  /** The 待办 counts below a node on a day, keyed by its path: two statements for a request's nodes. Not scoped: the resolver checks. */
  ratingTodos(today: string): DataLoader<string, TodoCount[]>;
}

/** Keys `memberId|period` as the members and the distinct periods they name. */
const memberPeriods = (keys: readonly string[]): [string[], string[]] => [
  keys.map((k) => k.split('|')[0]),
  [...new Set(keys.map((k) => k.split('|')[1] ?? ''))],
];
const memberPeriodKey = (row: { memberId: string; periodKey: string }) => `${row.memberId}|${row.periodKey}`;

/** Bound to the caller: runs in its scope (none for a member), results in its scope (a member's own only). */
export function makeRatingLoaders(dataSource: DataSource, caller: Caller): RatingLoaders {
  const db = dataSource.manager;
  const scope = readScope(caller);
  const seesRuns = seesOrganisationRatings(caller);
  return {
    ...makeWarningLoaders(dataSource, caller),
    policiesOnPath: pathSettingsLoader(
      (orgIds) => policies.policiesOn(db, orgIds),
      (p) => p.organizationId,
    ),
    confirmedRating: keyedLoader((keys) => confirmedResults(db, ...memberPeriods(keys), scope), memberPeriodKey),
    confirmedStars: keyedLoader((keys) => confirmedStars(db, ...memberPeriods(keys), scope), memberPeriodKey),
    run: keyedLoader(
      (ids) => (seesRuns ? findRuns(db, ids, scope.path) : Promise.resolve([])),
      (row) => row.id,
    ),
    ratingRollup: ratingRollupLoaders(db),
    ratingTrend: ratingTrendLoaders(db),
    ratingTodos: loaderPerArgs(
      (today: string) =>
        new DataLoader(async (paths: readonly string[]) => {
          const rows = [...(await runTodosUnder(db, paths)), ...(await warningTodosUnder(db, paths, today))];
          return paths.map((path) => rows.filter((row) => row.path === path));
        }),
    ),
  };
}
