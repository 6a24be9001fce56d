import { randomUUID } from 'node:crypto';
import { Caller, childPath, idsOnPath, isWithinScope } from '@jifen/kit';
import { rethrowUniqueViolation } from '@jifen/kit/server';
import { assertMayManageOrgAt } from '../ledger-access';
import { DataSource, EntityManager } from 'typeorm';
import { LedgerError, LedgerErrorCode, organizationNotFound } from '../ledger-error';
import { lockBranches, recomputeNodeSummaries } from '../rollup/branch-summary.storage';
import { OrgLevel } from './org-level';

import { assertCanHangUnder, assertCanMove, cleanName } from './org-rules';
import * as storage from './organization.storage';
import { OrganizationRecord } from './organization.storage';
import { endSessions } from '../identity/session.storage';
import { SessionClock } from '../identity/session-endings';

export interface CreateOrganization {
  parentId?: string | null;
  name: string;
  level: OrgLevel;
}

/** Changes to the organisation tree; each change is one transaction. */
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    /** Sessions run on real time; told after a commit that ended some (session-endings.ts), so their tokens stop at once. */
    private readonly sessions: SessionClock = { now: () => new Date(), ended: () => undefined },
  ) {}

  async create(caller: Caller, input: CreateOrganization): Promise<OrganizationRecord> {
    const name = cleanName(input.name);
    return this.inTransaction(name, async (db) => {
      const parent = input.parentId ? await this.getInScope(db, caller, input.parentId) : null;
      const id = randomUUID();
      assertMayManageOrgAt(caller, parent ? childPath(parent.path, id) : null);
      assertCanHangUnder(input.level, parent);
      const districtId = parent ? parent.districtId : id;
      if (parent) await storage.lockDistrictTree(db, districtId);
      await this.assertNameFree(db, parent?.id ?? null, name);
      const record: OrganizationRecord = {
        id,
        districtId,
        parentId: parent?.id ?? null,
        level: input.level,
        name,
        path: childPath(parent?.path ?? null, id),
      };
      await storage.insertOrganization(db, record, this.clock());
      return record;
    });
  }

  async rename(caller: Caller, id: string, rawName: string): Promise<OrganizationRecord> {
    const name = cleanName(rawName);
    return this.inTransaction(name, async (db) => {
      const node = await this.getInScope(db, caller, id);
      assertMayManageOrgAt(caller, node.path);
      await this.assertNameFree(db, node.parentId, name, node.id);
      await storage.renameOrganization(db, id, name, this.clock());
      return { ...node, name };
    });
  }

  async move(caller: Caller, id: string, newParentId: string): Promise<OrganizationRecord> {
    return this.dataSource
      .transaction(async (db) => {
        const node = await this.getInScope(db, caller, id);
        assertMayManageOrgAt(caller, node.path);
        await storage.lockDistrictTree(db, node.districtId);
        // Read again under the lock: a concurrent move may have changed the paths.
        const [fresh] = await storage.findOrganizations(db, [id], null);
        const newParent = await this.getInScope(db, caller, newParentId);
        assertMayManageOrgAt(caller, fresh.path);
        assertMayManageOrgAt(caller, childPath(newParent.path, fresh.id));
        assertCanMove(fresh, newParent);
        if (fresh.parentId === newParent.id) return { record: fresh, ended: 0 };
        await this.assertNameFree(db, newParent.id, fresh.name, fresh.id);
        const newPath = childPath(newParent.path, fresh.id);
        // No score write may run in the moving branches meanwhile; the figures of the nodes above the old and
        // the new place are worked out again once the paths have changed.
        await lockBranches(db, await storage.branchIdsUnder(db, fresh.path));
        await storage.moveSubtree(db, fresh, newParent, newPath, this.clock());
        await recomputeNodeSummaries(db, [...idsOnPath(fresh.path).slice(0, -1), ...idsOnPath(newParent.path)]);
        // The tokens of everyone kept below the moved node name its old path as their scope: they sign in again.
        const ended = await endSessions(db, { underPath: newPath }, this.sessions.now(), 'ORGANIZATION_MOVED');
        return { record: { ...fresh, parentId: newParent.id, path: newPath }, ended };
      })
      .then(({ record, ended }) => {
        if (ended > 0) this.sessions.ended();
        return record;
      });
  }

  list(caller: Caller, filter: { level?: OrgLevel; parentId?: string }): Promise<OrganizationRecord[]> {
    return storage.listOrganizations(this.dataSource.manager, filter, caller.scopePath);
  }

  /** Loads a node the caller may touch; anything else answers as if it did not exist. */
  async getInScope(db: EntityManager, caller: Caller, id: string): Promise<OrganizationRecord> {
    const [node] = await storage.findOrganizations(db, [id], null);
    if (!node || !isWithinScope(caller, node.path)) throw organizationNotFound(id);
    return node;
  }

  private async assertNameFree(
    db: EntityManager,
    parentId: string | null,
    name: string,
    exceptId?: string,
  ): Promise<void> {
    if (await storage.siblingNamed(db, parentId, name, exceptId)) throw duplicateName(name);
  }

  /** One transaction per change; a sibling-name race the check could not see still ends in the same answer. */
  private inTransaction<T>(name: string, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource
      .transaction(work)
      .catch(rethrowUniqueViolation('organization_sibling_name_uq', () => duplicateName(name)));
  }
}

const duplicateName = (name: string) =>
  new LedgerError(LedgerErrorCode.DUPLICATE_SIBLING_NAME, `同一上级组织下已有名为“${name}”的组织，请换一个名称`, {
    name,
  });
