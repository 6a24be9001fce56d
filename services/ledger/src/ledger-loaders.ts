import { Caller, TodoCount } from '@jifen/kit';
import { groupedLoader, keyedLoader, loaderPerArgs } from '@jifen/kit/server';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { EntryRecord, findEntries } from './entry/entry.storage';
import { EvidenceRecord, findEvidence } from './evidence/evidence.storage';
import * as members from './member/member.storage';
import { MemberRecord, PageArgs, TransferRecord } from './member/member.storage';
import * as organizations from './organization/organization.storage';
import { OrganizationRecord } from './organization/organization.storage';
import { findObjections, ObjectionRecord, objectionsOfWindows } from './register/objection.storage';
import { findWindows, WindowRecord } from './register/register.storage';
import { findPeriodScores, PeriodScoreRecord } from './scoring/period-score.storage';
import { asPublished } from './scoring/period-score.view';
import { memberReach } from './ledger-access';
import {
  mediansOf,
  RegisterCounts,
  registerCountsOf,
  RollupArgs,
  rollupsOf,
  ScoreRollupRecord,
} from './rollup/rollup.storage';
import { registerTodosUnder } from './todo/register-todo.storage';

interface MemberPageResult {
  items: MemberRecord[];
  total: number;
}

export interface LedgerLoaders {
  organization: DataLoader<string, OrganizationRecord | null>;
  children: DataLoader<string, OrganizationRecord[]>;
  memberCount: DataLoader<string, number>;
  member: DataLoader<string, MemberRecord | null>;
  transfers: DataLoader<string, TransferRecord[]>;
  entry: DataLoader<string, EntryRecord | null>;
  evidence: DataLoader<string, EvidenceRecord | null>;
  window: DataLoader<string, WindowRecord | null>;
  objection: DataLoader<string, ObjectionRecord | null>;
  objectionsOfWindow: DataLoader<string, ObjectionRecord[]>;
  /** Keyed by `memberId|period`. */
  periodScore: DataLoader<string, PeriodScoreRecord | null>;
  /** The same without the results' detail (components, explanation), for requests that do not show it. */
  leanPeriodScore: DataLoader<string, PeriodScoreRecord | null>;
  /** One loader per distinct page arguments, so that sibling nodes asking the same page share a batch. */
  membersOf(args: PageArgs): DataLoader<string, MemberPageResult>;
  /** One loader per period: every node asked in a request is rolled up in the same few statements. */
  rollupOf(args: RollupArgs): DataLoader<string, ScoreRollupRecord>;
  /** The median total under a node for a period (read only when a rollup's median is asked). */
  medianOf(period: string): DataLoader<string, number | null>;
  /** What is waiting in the register under a node on a day (read only when a rollup's counts are asked). */
  registerCountsOf(today: string): DataLoader<string, RegisterCounts>;
  /** The register's 待办 counts at or below a node on a day, keyed by its path: one statement. Not scoped: the resolver checks. */
  registerTodos(today: string): DataLoader<string, TodoCount[]>;
}

/**
 * Built anew for every request and bound to the caller's scope: nothing leaks between callers. A member's
 * loaders are bound to the member too (`memberReach`): self, own entries and evidence, own objections, own
 * scores and the branch's published ones. Reference resolvers (`_entities`) read through these loaders.
 */
export function makeLedgerLoaders(dataSource: DataSource, caller: Caller): LedgerLoaders {
  const db = dataSource.manager;
  const scope = caller.scopePath;
  const reach = memberReach(caller);
  const onlyMember = reach?.memberId ?? null;
  /** Scores by `memberId|period`; a member sees others' only as the publicity list shows them. */
  const periodScoreLoader = (lean: boolean) =>
    keyedLoader(
      async (keys: readonly string[]) => {
        const rows = await findPeriodScores(
          db,
          keys.map((key) => ({ memberId: key.split('|')[0], periodKey: key.split('|')[1] ?? '' })),
          scope,
          onlyMember,
          lean,
        );
        return onlyMember === null ? rows : rows.map((row) => (row.memberId === onlyMember ? row : asPublished(row)));
      },
      (row: PeriodScoreRecord) => `${row.memberId}|${row.periodKey}`,
    );
  return {
    organization: keyedLoader(
      (ids) => organizations.findOrganizations(db, ids, scope),
      (row) => row.id,
    ),
    children: groupedLoader(
      (ids) => organizations.findChildren(db, ids, scope),
      (row) => row.parentId as string,
    ),
    memberCount: new DataLoader(async (ids) => {
      const counts = new Map((await organizations.countMembers(db, ids)).map((row) => [row.orgId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    member: keyedLoader(
      (ids) => members.findMembers(db, ids, scope, false, onlyMember),
      (row) => row.id,
    ),
    transfers: groupedLoader(
      (ids) => members.findTransfers(db, ids, onlyMember),
      (row) => row.memberId,
    ),
    entry: keyedLoader(
      (ids) => findEntries(db, ids, scope, onlyMember),
      (row) => row.id,
    ),
    evidence: keyedLoader(
      (ids) => findEvidence(db, ids, scope, reach),
      (row) => row.id,
    ),
    window: keyedLoader(
      (ids) => findWindows(db, ids, scope),
      (row) => row.id,
    ),
    objection: keyedLoader(
      (ids) => findObjections(db, ids, scope, false, reach),
      (row) => row.id,
    ),
    objectionsOfWindow: groupedLoader(
      (ids) => objectionsOfWindows(db, ids, reach),
      (row) => row.windowId,
    ),
    periodScore: periodScoreLoader(false),
    leanPeriodScore: periodScoreLoader(true),
    membersOf: loaderPerArgs(
      (args: PageArgs) =>
        new DataLoader(async (ids: readonly string[]) => {
          const pages = new Map(
            (await members.pageMembersUnder(db, ids, { ...args, onlyMemberId: onlyMember })).map((page) => [
              page.orgId,
              page,
            ]),
          );
          return ids.map((id) => {
            const page = pages.get(id);
            return { items: page?.members ?? [], total: page?.total ?? 0 };
          });
        }),
    ),
    rollupOf: loaderPerArgs(
      (args: RollupArgs) =>
        new DataLoader(async (ids: readonly string[]) => {
          const rollups = await rollupsOf(db, ids, args);
          return ids.map((id) => rollups.get(id)!);
        }),
    ),
    medianOf: loaderPerArgs(
      (period: string) =>
        new DataLoader(async (ids: readonly string[]) => {
          const medians = await mediansOf(db, ids, period);
          return ids.map((id) => medians.get(id) ?? null);
        }),
    ),
    registerCountsOf: loaderPerArgs(
      (today: string) =>
        new DataLoader(async (ids: readonly string[]) => {
          const counts = await registerCountsOf(db, ids, today);
          return ids.map((id) => counts.get(id) ?? { pendingReviews: 0, openObjections: 0, runningWindows: 0 });
        }),
    ),
    registerTodos: loaderPerArgs(
      (today: string) =>
        new DataLoader(async (paths: readonly string[]) => {
          const rows = await registerTodosUnder(db, paths, today);
          return paths.map((path) => rows.filter((row) => row.path === path));
        }),
    ),
  };
}
