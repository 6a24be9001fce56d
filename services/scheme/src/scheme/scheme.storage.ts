import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { SchemeAssignmentEntity, SchemeEntity } from './scheme.entity';

export interface SchemeRecord {
  id: string;
  districtId: string;
  ownerOrganizationId: string;
  name: string;
  description: string | null;
  templateCode: string | null;
}

export interface VersionRecord {
  id: string;
  districtId: string;
  schemeId: string;
  version: number;
  rules: Record<string, unknown>;
  note: string | null;
  createdAt: string;
}

export interface AssignmentRecord {
  id: string;
  districtId: string;
  organizationId: string;
  schemeVersionId: string;
  effectiveFrom: string;
}

const schemeColumns = `id, district_id AS "districtId", owner_org_id AS "ownerOrganizationId", name, description, template_code AS "templateCode"`;
const versionColumns = `id, district_id AS "districtId", scheme_id AS "schemeId", version, rules, note, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;
const assignmentColumns = `id, district_id AS "districtId", org_id AS "organizationId", scheme_version_id AS "schemeVersionId", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"`;

/** `districts` null: no limit (the platform itself). */
function districtClause(districts: string[] | null, params: unknown[]): string {
  if (districts === null) return '';
  params.push(districts);
  return ` AND district_id = ANY($${params.length}::uuid[])`;
}

export async function findSchemes(db: EntityManager, ids: readonly string[], districts: string[] | null): Promise<SchemeRecord[]> {
  const params: unknown[] = [onlyUuids(ids)];
  return db.query(`SELECT ${schemeColumns} FROM scheme.scheme WHERE id = ANY($1::uuid[])${districtClause(districts, params)}`, params);
}

export async function listSchemes(db: EntityManager, districts: string[] | null): Promise<SchemeRecord[]> {
  const params: unknown[] = [];
  return db.query(`SELECT ${schemeColumns} FROM scheme.scheme WHERE TRUE${districtClause(districts, params)} ORDER BY name`, params);
}

export async function findVersions(db: EntityManager, ids: readonly string[]): Promise<VersionRecord[]> {
  return db.query(`SELECT ${versionColumns} FROM scheme.scheme_version WHERE id = ANY($1::uuid[])`, [onlyUuids(ids)]);
}

export async function versionsOfSchemes(db: EntityManager, schemeIds: readonly string[]): Promise<VersionRecord[]> {
  return db.query(`SELECT ${versionColumns} FROM scheme.scheme_version WHERE scheme_id = ANY($1::uuid[]) ORDER BY version`, [onlyUuids(schemeIds)]);
}

/** Every assignment made on any of the given organisations (ancestors included by the caller). */
export async function assignmentsOn(db: EntityManager, orgIds: readonly string[]): Promise<AssignmentRecord[]> {
  return db.query(`SELECT ${assignmentColumns} FROM scheme.scheme_assignment WHERE org_id = ANY($1::uuid[])`, [onlyUuids(orgIds)]);
}

export async function latestVersionNumber(db: EntityManager, schemeId: string): Promise<number> {
  const [row] = await db.query(`SELECT coalesce(max(version), 0) AS v FROM scheme.scheme_version WHERE scheme_id = $1`, [schemeId]);
  return Number(row.v);
}

export async function schemeNamed(db: EntityManager, ownerOrgId: string, name: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM scheme.scheme WHERE owner_org_id = $1 AND name = $2`, [ownerOrgId, name]);
  return rows.length > 0;
}

export async function assignmentAt(db: EntityManager, orgId: string, effectiveFrom: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM scheme.scheme_assignment WHERE org_id = $1 AND effective_from = $2`, [orgId, effectiveFrom]);
  return rows.length > 0;
}

export async function insertScheme(db: EntityManager, record: SchemeRecord, createdBy: string, now: Date): Promise<void> {
  await db.insert(SchemeEntity, { ...record, ownerOrgId: record.ownerOrganizationId, createdBy, createdAt: now });
}

/** A version is written once, from the filing the upper level approved. */
export async function insertVersion(db: EntityManager, record: Omit<VersionRecord, 'createdAt'> & { filingId: string }, createdBy: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO scheme.scheme_version (id, district_id, scheme_id, version, rules, note, filing_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
    [record.id, record.districtId, record.schemeId, record.version, JSON.stringify(record.rules), record.note, record.filingId, createdBy, now],
  );
}

export async function latestAssignmentOf(db: EntityManager, orgId: string): Promise<AssignmentRecord | null> {
  const [row] = await db.query(`SELECT ${assignmentColumns} FROM scheme.scheme_assignment WHERE org_id = $1 ORDER BY effective_from DESC LIMIT 1`, [orgId]);
  return row ?? null;
}

export async function insertAssignment(db: EntityManager, record: AssignmentRecord, createdBy: string, now: Date): Promise<void> {
  await db.insert(SchemeAssignmentEntity, { ...record, orgId: record.organizationId, createdBy, createdAt: now });
}

/** Serialises version numbering of one scheme. */
export async function lockScheme(db: EntityManager, schemeId: string): Promise<void> {
  await db.query(`SELECT 1 FROM scheme.scheme WHERE id = $1 FOR UPDATE`, [schemeId]);
}
