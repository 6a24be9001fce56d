import { onlyUuids } from '@jifen/kit';
import { actorNameSql } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { SchemeVisibility, visibleOwnerClause } from '../visibility/scheme-visibility';
import { FilingAction, FilingStatus } from './filing-workflow';

export interface FilingRecord {
  id: string;
  districtId: string;
  schemeId: string;
  organizationId: string;
  baseVersionId: string | null;
  rules: Record<string, unknown>;
  note: string | null;
  status: FilingStatus;
  effectiveFrom: string | null;
  versionId: string | null;
  decisionComment: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FilingEventRecord {
  filingId: string;
  action: FilingAction;
  actor: string;
  /** The name the actor acted under at the time (kit actor-names). */
  actorName: string;
  at: string;
  comment: string | null;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const filingColumns = `id, district_id AS "districtId", scheme_id AS "schemeId", owner_org_id AS "organizationId", base_version_id AS "baseVersionId",
  rules, note, status, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", version_id AS "versionId", decision_comment AS "decisionComment",
  ${iso('created_at')} AS "createdAt", ${iso('updated_at')} AS "updatedAt"`;

/** A filing is visible when its scheme is (the same owner): `AND` the scheme's owner in the caller's view. */
function visibleClause(visibility: SchemeVisibility | null, params: unknown[]): string {
  if (visibility === null) return '';
  return ` AND EXISTS (SELECT 1 FROM scheme.scheme s WHERE s.id = scheme_id${visibleOwnerClause('s', visibility, params)})`;
}

export async function findFilings(
  db: EntityManager,
  ids: readonly string[],
  visibility: SchemeVisibility | null,
): Promise<FilingRecord[]> {
  const params: unknown[] = [onlyUuids(ids)];
  return db.query(
    `SELECT ${filingColumns} FROM scheme.filing WHERE id = ANY($1::uuid[])${visibleClause(visibility, params)}`,
    params,
  );
}

/** The filing row, locked for a transition: two deciders at once queue here and the second sees the new status. */
export async function lockFiling(
  db: EntityManager,
  id: string,
  visibility: SchemeVisibility | null,
): Promise<FilingRecord | null> {
  const params: unknown[] = [onlyUuids([id])];
  const [row] = await db.query(
    `SELECT ${filingColumns} FROM scheme.filing WHERE id = ANY($1::uuid[])${visibleClause(visibility, params)} FOR UPDATE OF filing`,
    params,
  );
  return row ?? null;
}

export async function listFilings(
  db: EntityManager,
  visibility: SchemeVisibility | null,
  filter: { status?: FilingStatus | null; organizationIds?: readonly string[] | null; limit?: number },
): Promise<FilingRecord[]> {
  const params: unknown[] = [];
  let where = `TRUE${visibleClause(visibility, params)}`;
  if (filter.status) {
    params.push(filter.status);
    where += ` AND status = $${params.length}`;
  }
  if (filter.organizationIds) {
    params.push(onlyUuids(filter.organizationIds));
    where += ` AND owner_org_id = ANY($${params.length}::uuid[])`;
  }
  return db.query(
    `SELECT ${filingColumns} FROM scheme.filing WHERE ${where} ORDER BY updated_at DESC, id${filter.limit ? ` LIMIT ${Math.floor(filter.limit)}` : ''}`,
    params,
  );
}

export async function openFilingOf(db: EntityManager, schemeId: string): Promise<FilingRecord | null> {
  const [row] = await db.query(
    `SELECT ${filingColumns} FROM scheme.filing WHERE scheme_id = $1 AND status IN ('DRAFT', 'SUBMITTED', 'RETURNED')`,
    [schemeId],
  );
  return row ?? null;
}

export async function eventsOf(db: EntityManager, filingIds: readonly string[]): Promise<FilingEventRecord[]> {
  return db.query(
    `SELECT filing_id AS "filingId", action, actor, ${actorNameSql('scheme', 'actor', 'at')} AS "actorName", ${iso('at')} AS at, comment
       FROM scheme.filing_event WHERE filing_id = ANY($1::uuid[]) ORDER BY id`,
    [onlyUuids(filingIds)],
  );
}

export async function insertFiling(
  db: EntityManager,
  f: Omit<FilingRecord, 'createdAt' | 'updatedAt' | 'effectiveFrom' | 'versionId' | 'decisionComment'>,
  actor: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO scheme.filing (id, district_id, scheme_id, owner_org_id, base_version_id, rules, note, status, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $10)`,
    [
      f.id,
      f.districtId,
      f.schemeId,
      f.organizationId,
      f.baseVersionId,
      JSON.stringify(f.rules),
      f.note,
      f.status,
      actor,
      now,
    ],
  );
}

export async function updateFiling(
  db: EntityManager,
  id: string,
  change: {
    status: FilingStatus;
    rules?: Record<string, unknown>;
    note?: string | null;
    effectiveFrom?: string;
    versionId?: string;
    decisionComment?: string | null;
  },
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE scheme.filing SET status = $2,
       rules = coalesce($3::jsonb, rules),
       note = CASE WHEN $4::boolean THEN $5 ELSE note END,
       effective_from = coalesce($6::date, effective_from),
       version_id = coalesce($7::uuid, version_id),
       decision_comment = CASE WHEN $8::boolean THEN $9 ELSE decision_comment END,
       updated_at = $10
     WHERE id = $1`,
    [
      id,
      change.status,
      change.rules ? JSON.stringify(change.rules) : null,
      change.note !== undefined,
      change.note ?? null,
      change.effectiveFrom ?? null,
      change.versionId ?? null,
      change.decisionComment !== undefined,
      change.decisionComment ?? null,
      now,
    ],
  );
}

export async function insertEvent(
  db: EntityManager,
  filing: { id: string; districtId: string },
  action: FilingAction,
  actor: string,
  now: Date,
  comment: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO scheme.filing_event (filing_id, district_id, action, actor, at, comment) VALUES ($1, $2, $3, $4, $5, $6)`,
    [filing.id, filing.districtId, action, actor, now, comment],
  );
}
