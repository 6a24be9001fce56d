import { Caller, RequestContext } from '@jifen/kit';
import { groupedLoader, keyedLoader } from '@jifen/kit/server';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readScope } from '../rating-access';
import { WarningCaseStatus } from './warning-rules';
import { CaseEventRecord, eventsOfCases } from './case-run.storage';
import { DisposalStepRecord, stepsOfCases } from './disposal-step.storage';
import { PlanRevisionRecord, revisionsOfCases } from './plan-revision.storage';
import * as storage from './warning.storage';
import { WarningCaseRecord } from './warning.storage';

interface CasePageArgs {
  status: WarningCaseStatus | null;
  overdueOnly: boolean;
  first: number;
  offset: number;
  today: string;
}

/** The warning module's part of the rating loaders (RatingLoaders extends it), bound to the caller's scope (a member: their own cases). */
export interface WarningLoaders {
  warningCase: DataLoader<string, WarningCaseRecord | null>;
  warningCasesOfMember: DataLoader<string, WarningCaseRecord[]>;
  /** Not scoped again: only reached through a case already in scope. */
  disposalStepsOfCase: DataLoader<string, DisposalStepRecord[]>;
  /** Not scoped again: only reached through a case already in scope. */
  planRevisionsOfCase: DataLoader<string, PlanRevisionRecord[]>;
  /** Not scoped again: only reached through a case already in scope. */
  eventsOfCase: DataLoader<string, CaseEventRecord[]>;
  /** One loader per distinct page arguments, keyed by organisation path: sibling nodes share one statement. */
  warningCasesUnder(args: CasePageArgs): DataLoader<string, WarningCaseRecord[]>;
}

export type WarningContext = RequestContext<WarningLoaders>;

export function makeWarningLoaders(dataSource: DataSource, caller: Caller): WarningLoaders {
  const db = dataSource.manager;
  const scope = readScope(caller);
  const pages = new Map<string, DataLoader<string, WarningCaseRecord[]>>();
  return {
    warningCase: keyedLoader(
      (ids) => storage.findCases(db, ids, scope),
      (row) => row.id,
    ),
    warningCasesOfMember: groupedLoader(
      (ids) => storage.casesOfMembers(db, ids, scope),
      (row) => row.memberId,
    ),
    disposalStepsOfCase: groupedLoader(
      (ids) => stepsOfCases(db, ids),
      (row) => row.caseId,
    ),
    planRevisionsOfCase: groupedLoader(
      (ids) => revisionsOfCases(db, ids),
      (row) => row.caseId,
    ),
    eventsOfCase: groupedLoader(
      (ids) => eventsOfCases(db, ids),
      (row) => row.caseId,
    ),
    warningCasesUnder(args) {
      const key = JSON.stringify(args);
      let loader = pages.get(key);
      if (!loader) {
        const filter = {
          statuses: args.status ? [args.status] : null,
          overdueOnly: args.overdueOnly,
          today: args.today,
          first: args.first,
          offset: args.offset,
        };
        loader = groupedLoader(
          (paths) => storage.casesUnder(db, paths, scope, filter),
          (row) => row.anchor,
        );
        pages.set(key, loader);
      }
      return loader;
    },
  };
}
