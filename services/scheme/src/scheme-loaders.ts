import { Caller, TodoCount } from '@jifen/kit';
import { groupedLoader, keyedLoader, pathSettingsLoader } from '@jifen/kit/server';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { schemeVisibility } from './visibility/scheme-visibility';
import * as filings from './filing/filing.storage';
import { FilingEventRecord, FilingRecord } from './filing/filing.storage';
import * as storage from './scheme/scheme.storage';
import { AssignmentRecord, SchemeRecord, VersionRecord } from './scheme/scheme.storage';
import { filingTodosUnder } from './todo/filing-todo.storage';

export interface SchemeLoaders {
  scheme: DataLoader<string, SchemeRecord | null>;
  version: DataLoader<string, VersionRecord | null>;
  versionsOfScheme: DataLoader<string, VersionRecord[]>;
  /** Every assignment made on a path's nodes, keyed by path: one statement for all paths of a request. */
  assignmentsOnPath: DataLoader<string, AssignmentRecord[]>;
  filing: DataLoader<string, FilingRecord | null>;
  filingEvents: DataLoader<string, FilingEventRecord[]>;
  filingsOfOrganization: DataLoader<string, FilingRecord[]>;
  /** The filings awaiting approval below a node, keyed by its path (the resolver checks the caller's rights). */
  filingTodos: DataLoader<string, TodoCount[]>;
}

/**
 * The request's loaders, each reading only what the caller sees (visibility/scheme-visibility.ts): a scheme,
 * version or filing outside the caller's view loads as `null`, exactly like an unknown id.
 */
export function makeSchemeLoaders(dataSource: DataSource, caller: Caller): SchemeLoaders {
  const db = dataSource.manager;
  const view = schemeVisibility(caller);
  return {
    scheme: keyedLoader(
      (ids) => storage.findSchemes(db, ids, view),
      (row) => row.id,
    ),
    version: keyedLoader(
      (ids) => storage.findVersions(db, ids, view),
      (row) => row.id,
    ),
    versionsOfScheme: groupedLoader(
      (ids) => storage.versionsOfSchemes(db, ids, view),
      (row) => row.schemeId,
    ),
    assignmentsOnPath: pathSettingsLoader(
      (orgIds) => storage.assignmentsOn(db, orgIds),
      (a) => a.organizationId,
    ),
    filing: keyedLoader(
      (ids) => filings.findFilings(db, ids, view),
      (row) => row.id,
    ),
    filingEvents: groupedLoader(
      (ids) => filings.eventsOf(db, ids),
      (row) => row.filingId,
    ),
    filingsOfOrganization: groupedLoader(
      (ids) => filings.listFilings(db, view, { organizationIds: ids }),
      (row) => row.organizationId,
    ),
    filingTodos: groupedLoader(
      (paths) => filingTodosUnder(db, paths),
      (row) => row.path,
    ),
  };
}
