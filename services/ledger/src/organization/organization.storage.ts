import { isUuid, onlyUuids } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { OrgLevel } from './org-level';
import { OrganizationEntity } from './organization.entity';

export interface OrganizationRecord {
  id: string;
  districtId: string;
  parentId: string | null;
  level: OrgLevel;
  name: string;
  path: string;
}

const columns = `id, district_id AS "districtId", parent_id AS "parentId", level, name, path::text AS path`;

/** `<column> <@ $n`, true when `$n` is null (the caller sees the whole tree): one statement for any caller, so it can be prepared once. */
const inScope = (column: string, n: number) => `($${n}::ltree IS NULL OR ${column} <@ $${n}::ltree)`;

/** Nodes by id within the caller's scope. Every request reads some, so the statement is prepared once per connection. */
export async function findOrganizations(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
): Promise<OrganizationRecord[]> {
  return queryPrepared<OrganizationRecord>(
    db,
    `SELECT ${columns} FROM ledger.organization WHERE id = ANY($1::uuid[]) AND ${inScope('path', 2)}`,
    [onlyUuids(ids), scopePath],
  );
}

/** The children of nodes within the caller's scope, by name; prepared once per connection like `findOrganizations`. */
export async function findChildren(
  db: EntityManager,
  parentIds: readonly string[],
  scopePath: string | null,
): Promise<OrganizationRecord[]> {
  return queryPrepared<OrganizationRecord>(
    db,
    `SELECT ${columns} FROM ledger.organization WHERE parent_id = ANY($1::uuid[]) AND ${inScope('path', 2)} ORDER BY name`,
    [onlyUuids(parentIds), scopePath],
  );
}

export async function listOrganizations(
  db: EntityManager,
  filter: { level?: OrgLevel; parentId?: string },
  scopePath: string | null,
): Promise<OrganizationRecord[]> {
  const params: unknown[] = [];
  let where = 'TRUE';
  if (filter.level) {
    params.push(filter.level);
    where += ` AND level = $${params.length}`;
  }
  if (filter.parentId) {
    if (!isUuid(filter.parentId)) return [];
    params.push(filter.parentId);
    where += ` AND parent_id = $${params.length}::uuid`;
  }
  params.push(scopePath);
  return db.query(
    `SELECT ${columns} FROM ledger.organization WHERE ${where} AND ${inScope('path', params.length)} ORDER BY path`,
    params,
  );
}

/** Members on the roster (not transferred out) anywhere below each node, in one statement for all nodes. */
export async function countMembers(
  db: EntityManager,
  orgIds: readonly string[],
): Promise<{ orgId: string; count: number }[]> {
  const rows: { orgId: string; count: string }[] = await db.query(
    `SELECT o.id AS "orgId", count(m.id) AS count
       FROM ledger.organization o
       LEFT JOIN ledger.member m ON m.org_path <@ o.path AND m.status <> 'TRANSFERRED_OUT'
      WHERE o.id = ANY($1::uuid[])
      GROUP BY o.id`,
    [onlyUuids(orgIds)],
  );
  return rows.map((row) => ({ orgId: row.orgId, count: Number(row.count) }));
}

export async function insertOrganization(db: EntityManager, record: OrganizationRecord, now: Date): Promise<void> {
  await db.insert(OrganizationEntity, { ...record, createdAt: now, updatedAt: now });
}

export async function renameOrganization(db: EntityManager, id: string, name: string, now: Date): Promise<void> {
  await db.update(OrganizationEntity, { id }, { name, updatedAt: now });
}

export async function siblingNamed(
  db: EntityManager,
  parentId: string | null,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM ledger.organization WHERE parent_id IS NOT DISTINCT FROM $1::uuid AND name = $2 AND id IS DISTINCT FROM $3::uuid LIMIT 1`,
    [parentId, name, exceptId ?? null],
  );
  return rows.length > 0;
}

/** The branches at or below a path. */
export async function branchIdsUnder(db: EntityManager, path: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM ledger.organization WHERE path <@ $1::ltree AND level = 'BRANCH'`,
    [path],
  );
  return rows.map((r) => r.id);
}

/** Re-roots a whole subtree (nodes and the members on their rosters) under a new parent. */
export async function moveSubtree(
  db: EntityManager,
  node: OrganizationRecord,
  newParent: OrganizationRecord,
  newPath: string,
  now: Date,
): Promise<void> {
  await db.query(`UPDATE ledger.organization SET parent_id = $2::uuid, updated_at = $3 WHERE id = $1::uuid`, [
    node.id,
    newParent.id,
    now,
  ]);
  await db.query(
    `UPDATE ledger.organization SET path = CASE WHEN path = $1::ltree THEN $2::ltree ELSE $2::ltree || subpath(path, nlevel($1::ltree)) END, updated_at = $3
      WHERE path <@ $1::ltree`,
    [node.path, newPath, now],
  );
  await db.query(
    `UPDATE ledger.member SET org_path = CASE WHEN org_path = $1::ltree THEN $2::ltree ELSE $2::ltree || subpath(org_path, nlevel($1::ltree)) END, updated_at = $3
      WHERE org_path <@ $1::ltree`,
    [node.path, newPath, now],
  );
}

/** Serialises changes to one district's tree so that two concurrent moves cannot make a cycle. */
export async function lockDistrictTree(db: EntityManager, districtId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('ledger.tree:' || $1))`, [districtId]);
}
