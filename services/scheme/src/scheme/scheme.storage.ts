import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { SchemeVisibility, visibleOwnerClause } from '../visibility/scheme-visibility';
import { SchemeAssignmentEntity, SchemeEntity } from './scheme.entity';

export interface SchemeRecord {
  id: string;
  districtId: string;
  ownerOrganizationId: string;
  /** The owner's path as last seen from the ledger (see the scheme-owner-path migration). */
  ownerOrganizationPath: string | null;
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

const schemeColumns = `s.id, s.district_id AS "districtId", s.owner_org_id AS "ownerOrganizationId", s.owner_org_path::text AS "ownerOrganizationPath", s.name, s.description, s.template_code AS "templateCode"`;
const versionColumns = `v.id, v.district_id AS "districtId", v.scheme_id AS "schemeId", v.version, v.rules, v.note, to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;
const assignmentColumns = `id, district_id AS "districtId", org_id AS "organizationId", scheme_version_id AS "schemeVersionId", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"`;

/*
 * `visibility` (visibility/scheme-visibility.ts) is the caller's view, applied where the rows are read; `null`
 * reads everything (the platform itself, or a check that has already been made).
 */

export async function findSchemes(
  db: EntityManager,
  ids: readonly string[],
  visibility: SchemeVisibility | null,
): Promise<SchemeRecord[]> {
  const params: unknown[] = [onlyUuids(ids)];
  return db.query(
    `SELECT ${schemeColumns} FROM scheme.scheme s WHERE s.id = ANY($1::uuid[])${visibleOwnerClause('s', visibility, params)}`,
    params,
  );
}

export async function listSchemes(db: EntityManager, visibility: SchemeVisibility | null): Promise<SchemeRecord[]> {
  const params: unknown[] = [];
  return db.query(
    `SELECT ${schemeColumns} FROM scheme.scheme s WHERE TRUE${visibleOwnerClause('s', visibility, params)} ORDER BY s.name, s.id`,
    params,
  );
}

/** Versions by id; a version is visible when its scheme is. */
export async function findVersions(
  db: EntityManager,
  ids: readonly string[],
  visibility: SchemeVisibility | null,
): Promise<VersionRecord[]> {
  const params: unknown[] = [onlyUuids(ids)];
  return db.query(
    `SELECT ${versionColumns} FROM scheme.scheme_version v JOIN scheme.scheme s ON s.id = v.scheme_id WHERE v.id = ANY($1::uuid[])${visibleOwnerClause('s', visibility, params)}`,
    params,
  );
}

export async function versionsOfSchemes(
  db: EntityManager,
  schemeIds: readonly string[],
  visibility: SchemeVisibility | null,
): Promise<VersionRecord[]> {
  const params: unknown[] = [onlyUuids(schemeIds)];
  return db.query(
    `SELECT ${versionColumns} FROM scheme.scheme_version v JOIN scheme.scheme s ON s.id = v.scheme_id WHERE v.scheme_id = ANY($1::uuid[])${visibleOwnerClause('s', visibility, params)} ORDER BY v.version`,
    params,
  );
}

/**
 * Brings the stored path of an organisation's schemes up to date with the ledger's (after the node, or
 * one above it, moved; or on rows older than the column). Nothing is written when it is already right.
 */
export async function rememberOwnerPath(db: EntityManager, org: { id: string; path: string }): Promise<void> {
  await db.query(
    `UPDATE scheme.scheme SET owner_org_path = $2::ltree WHERE owner_org_id = $1::uuid AND owner_org_path IS DISTINCT FROM $2::ltree`,
    [org.id, org.path],
  );
}

/** Every assignment made on any of the given organisations (ancestors included by the caller). */
export async function assignmentsOn(db: EntityManager, orgIds: readonly string[]): Promise<AssignmentRecord[]> {
  return db.query(`SELECT ${assignmentColumns} FROM scheme.scheme_assignment WHERE org_id = ANY($1::uuid[])`, [
    onlyUuids(orgIds),
  ]);
}

export async function latestVersionNumber(db: EntityManager, schemeId: string): Promise<number> {
  const [row] = await db.query(
    `SELECT coalesce(max(version), 0) AS v FROM scheme.scheme_version WHERE scheme_id = $1`,
    [schemeId],
  );
  return Number(row.v);
}

export async function schemeNamed(db: EntityManager, ownerOrgId: string, name: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM scheme.scheme WHERE owner_org_id = $1 AND name = $2`, [ownerOrgId, name]);
  return rows.length > 0;
}

export async function assignmentAt(db: EntityManager, orgId: string, effectiveFrom: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM scheme.scheme_assignment WHERE org_id = $1 AND effective_from = $2`, [
    orgId,
    effectiveFrom,
  ]);
  return rows.length > 0;
}

export async function insertScheme(
  db: EntityManager,
  record: SchemeRecord,
  createdBy: string,
  now: Date,
): Promise<void> {
  await db.insert(SchemeEntity, {
    ...record,
    ownerOrgId: record.ownerOrganizationId,
    ownerOrgPath: record.ownerOrganizationPath,
    createdBy,
    createdAt: now,
  });
}

/** A version is written once, from the filing the upper level approved. */
export async function insertVersion(
  db: EntityManager,
  record: Omit<VersionRecord, 'createdAt'> & { filingId: string },
  createdBy: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO scheme.scheme_version (id, district_id, scheme_id, version, rules, note, filing_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
    [
      record.id,
      record.districtId,
      record.schemeId,
      record.version,
      JSON.stringify(record.rules),
      record.note,
      record.filingId,
      createdBy,
      now,
    ],
  );
}

export async function latestAssignmentOf(db: EntityManager, orgId: string): Promise<AssignmentRecord | null> {
  const [row] = await db.query(
    `SELECT ${assignmentColumns} FROM scheme.scheme_assignment WHERE org_id = $1 ORDER BY effective_from DESC LIMIT 1`,
    [orgId],
  );
  return row ?? null;
}

export async function insertAssignment(
  db: EntityManager,
  record: AssignmentRecord,
  createdBy: string,
  now: Date,
): Promise<void> {
  await db.insert(SchemeAssignmentEntity, { ...record, orgId: record.organizationId, createdBy, createdAt: now });
}

/** Serialises version numbering of one scheme. */
export async function lockScheme(db: EntityManager, schemeId: string): Promise<void> {
  await db.query(`SELECT 1 FROM scheme.scheme WHERE id = $1 FOR UPDATE`, [schemeId]);
}
