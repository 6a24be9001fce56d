import { Caller, groupedLoader, keyedLoader } from '@jifen/kit';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import * as members from './member/member.storage';
import { MemberRecord, PageArgs, TransferRecord } from './member/member.storage';
import * as organizations from './organization/organization.storage';
import { OrganizationRecord } from './organization/organization.storage';

export interface MemberPageResult {
  items: MemberRecord[];
  total: number;
}

export interface LedgerLoaders {
  organization: DataLoader<string, OrganizationRecord | null>;
  children: DataLoader<string, OrganizationRecord[]>;
  memberCount: DataLoader<string, number>;
  member: DataLoader<string, MemberRecord | null>;
  transfers: DataLoader<string, TransferRecord[]>;
  /** One loader per distinct page arguments, so that sibling nodes asking the same page share a batch. */
  membersOf(args: PageArgs): DataLoader<string, MemberPageResult>;
}

/** Built anew for every request and bound to the caller's scope: nothing leaks between callers. */
export function makeLedgerLoaders(dataSource: DataSource, caller: Caller): LedgerLoaders {
  const db = dataSource.manager;
  const scope = caller.scopePath;
  const pageLoaders = new Map<string, DataLoader<string, MemberPageResult>>();
  return {
    organization: keyedLoader((ids) => organizations.findOrganizations(db, ids, scope), (row) => row.id),
    children: groupedLoader((ids) => organizations.findChildren(db, ids, scope), (row) => row.parentId as string),
    memberCount: new DataLoader(async (ids) => {
      const counts = new Map((await organizations.countMembers(db, ids)).map((row) => [row.orgId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    member: keyedLoader((ids) => members.findMembers(db, ids, scope), (row) => row.id),
    transfers: groupedLoader((ids) => members.findTransfers(db, ids), (row) => row.memberId),
    membersOf(args) {
      const key = JSON.stringify(args);
      let loader = pageLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const pages = new Map((await members.pageMembersUnder(db, ids, args)).map((page) => [page.orgId, page]));
          return ids.map((id) => {
            const page = pages.get(id);
            return { items: page?.members ?? [], total: page?.total ?? 0 };
          });
        });
        pageLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
