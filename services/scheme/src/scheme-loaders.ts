import { Caller, callerDistricts, groupedLoader, keyedLoader, pathSettingsLoader } from '@jifen/kit';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import * as filings from './filing/filing.storage';
import { FilingEventRecord, FilingRecord } from './filing/filing.storage';
import * as storage from './scheme/scheme.storage';
import { AssignmentRecord, SchemeRecord, VersionRecord } from './scheme/scheme.storage';

export interface SchemeLoaders {
  scheme: DataLoader<string, SchemeRecord | null>;
  version: DataLoader<string, VersionRecord | null>;
  versionsOfScheme: DataLoader<string, VersionRecord[]>;
  /** Every assignment made on a path's nodes, keyed by path: one statement for all paths of a request. */
  assignmentsOnPath: DataLoader<string, AssignmentRecord[]>;
  filing: DataLoader<string, FilingRecord | null>;
  filingEvents: DataLoader<string, FilingEventRecord[]>;
  filingsOfOrganization: DataLoader<string, FilingRecord[]>;
}

export function makeSchemeLoaders(dataSource: DataSource, caller: Caller): SchemeLoaders {
  const db = dataSource.manager;
  return {
    scheme: keyedLoader((ids) => storage.findSchemes(db, ids, callerDistricts(caller)), (row) => row.id),
    version: keyedLoader((ids) => storage.findVersions(db, ids), (row) => row.id),
    versionsOfScheme: groupedLoader((ids) => storage.versionsOfSchemes(db, ids), (row) => row.schemeId),
    assignmentsOnPath: pathSettingsLoader((orgIds) => storage.assignmentsOn(db, orgIds), (a) => a.organizationId),
    filing: keyedLoader((ids) => filings.findFilings(db, ids, callerDistricts(caller)), (row) => row.id),
    filingEvents: groupedLoader((ids) => filings.eventsOf(db, ids), (row) => row.filingId),
    filingsOfOrganization: groupedLoader((ids) => filings.listFilings(db, callerDistricts(caller), { organizationIds: ids }), (row) => row.organizationId),
  };
}

/** A version is visible when its scheme is (schemes are filtered by the caller's district). */
export async function visibleVersion(loaders: SchemeLoaders, id: string): Promise<VersionRecord | null> {
  const version = await loaders.version.load(id);
  return version && (await loaders.scheme.load(version.schemeId)) ? version : null;
}
