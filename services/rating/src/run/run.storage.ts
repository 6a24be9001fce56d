import { onlyUuids } from '@jifen/kit';
import { actorNameSql } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { RatingChange } from './run-diff';
import { UnitPlan } from './run-plan';
import type { PendingBranch } from './not-ready';
import { PendingScore } from './rating-inputs';

/** Rating runs (`rating.rating_run`), their quota units and the summaries written at confirmation; results: run-results.storage.ts. */

type RunStatus = 'PREVIEW' | 'CONFIRMED' | 'SUPERSEDED';

export interface RunSummary {
  /** Final scores read and rated. */
  scores: number;
  rated: number;
  exempt: number;
  notGraded: number;
  grades: { code: string; name: string; count: number }[];
  /** Per star level (5, 4, 3): places, members who took it, overflow from ties. */
  levels: { stars: number; places: number; taken: number; overflow: number }[];
  warnings: number;
  units: number;
}

export interface RunRecord {
  id: string;
  districtId: string;
  orgId: string;
  orgPath: string;
  orgName: string;
  periodKey: string;
  version: number;
  status: RunStatus;
  inputsDigest: string;
  /** The policies on the scope's paths when previewed: a policy set since makes the preview stale. */
  policyDigest: string;
  summary: RunSummary;
  /** Scores not yet final: how many, the first of them, and per branch (runs previewed before it was kept: none). */
  pending: { count: number; items: PendingScore[]; branches?: PendingBranch[] };
  changes: RatingChange[];
  comparedWith: string | null;
  createdBy: string;
  createdAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  /** The period's last day for the run's schemes (null for previews made before it was kept). */
  periodEnd: string | null;
  /** The day the committee decided (the rating meeting), set at confirmation: the warning cases it opens date from it. */
  decidedOn: string | null;
  /** Who previewed and who confirmed, as they were named then (kit actor-names); not stored on the run. */
  createdByName: string;
  confirmedByName: string | null;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const runColumns = `r.id, r.district_id, r.org_id, r.org_path::text AS org_path, r.org_name, r.period_key, r.version, r.status, r.inputs_digest, r.policy_digest,
  r.summary, r.pending, r.changes, r.compared_with, r.created_by, ${iso('r.created_at')} AS created_at, r.confirmed_by, ${iso('r.confirmed_at')} AS confirmed_at,
  to_char(r.period_end, 'YYYY-MM-DD') AS period_end, to_char(r.decided_on, 'YYYY-MM-DD') AS decided_on,
  ${actorNameSql('rating', 'r.created_by', 'r.created_at')} AS created_by_name,
  ${actorNameSql('rating', 'r.confirmed_by', 'r.confirmed_at')} AS confirmed_by_name`;

function toRun(row: Record<string, any>): RunRecord {
  return {
    id: row.id,
    districtId: row.district_id,
    orgId: row.org_id,
    orgPath: row.org_path,
    orgName: row.org_name,
    periodKey: row.period_key,
    version: row.version,
    status: row.status,
    inputsDigest: row.inputs_digest,
    policyDigest: row.policy_digest,
    summary: row.summary,
    pending: row.pending,
    changes: row.changes,
    comparedWith: row.compared_with,
    createdBy: row.created_by,
    createdAt: row.created_at,
    confirmedBy: row.confirmed_by,
    confirmedAt: row.confirmed_at,
    periodEnd: row.period_end,
    decidedOn: row.decided_on,
    createdByName: row.created_by_name,
    confirmedByName: row.confirmed_by_name,
  };
}

/** Serialises every run of one organisation and period inside the transaction (versions and confirmation). */
export async function lockOrgPeriod(db: EntityManager, orgId: string, periodKey: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [`rating-run:${orgId}:${periodKey}`]);
}

export async function latestRun(db: EntityManager, orgId: string, periodKey: string): Promise<RunRecord | null> {
  const rows = await db.query(
    `SELECT ${runColumns} FROM rating.rating_run r WHERE r.org_id = $1 AND r.period_key = $2 ORDER BY r.version DESC LIMIT 1`,
    [orgId, periodKey],
  );
  return rows[0] ? toRun(rows[0]) : null;
}

export async function confirmedRun(db: EntityManager, orgId: string, periodKey: string): Promise<RunRecord | null> {
  const rows = await db.query(
    `SELECT ${runColumns} FROM rating.rating_run r WHERE r.org_id = $1 AND r.period_key = $2 AND r.status = 'CONFIRMED'`,
    [orgId, periodKey],
  );
  return rows[0] ? toRun(rows[0]) : null;
}

/** Confirmed runs of the period on a node above or below `path` (not the node itself). */
export async function overlappingConfirmed(
  db: EntityManager,
  orgId: string,
  path: string,
  periodKey: string,
): Promise<RunRecord[]> {
  const rows = await db.query(
    `SELECT ${runColumns} FROM rating.rating_run r
      WHERE r.period_key = $1 AND r.status = 'CONFIRMED' AND r.org_id <> $2 AND (r.org_path @> $3::ltree OR r.org_path <@ $3::ltree)`,
    [periodKey, orgId, path],
  );
  return rows.map(toRun);
}

/** Runs by id, in the caller's scope. */
export async function findRuns(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
): Promise<RunRecord[]> {
  const rows = await db.query(
    `SELECT ${runColumns} FROM rating.rating_run r WHERE r.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR r.org_path <@ $2::ltree)`,
    [onlyUuids(ids), scopePath],
  );
  return rows.map(toRun);
}

/** Every run of an organisation (a period's, when given), the latest first. */
export async function runsOf(db: EntityManager, orgId: string, periodKey: string | null): Promise<RunRecord[]> {
  const rows = await db.query(
    `SELECT ${runColumns} FROM rating.rating_run r WHERE r.org_id = $1 AND ($2::text IS NULL OR r.period_key = $2) ORDER BY r.period_key DESC, r.version DESC`,
    [orgId, periodKey],
  );
  return rows.map(toRun);
}

export async function insertRun(db: EntityManager, run: RunRecord): Promise<void> {
  await db.query(
    `INSERT INTO rating.rating_run (id, district_id, org_id, org_path, org_name, period_key, version, status, inputs_digest, policy_digest, summary, pending,
                                    changes, compared_with, created_by, created_at, period_end)
     VALUES ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      run.id,
      run.districtId,
      run.orgId,
      run.orgPath,
      run.orgName,
      run.periodKey,
      run.version,
      run.status,
      run.inputsDigest,
      run.policyDigest,
      JSON.stringify(run.summary),
      JSON.stringify(run.pending),
      JSON.stringify(run.changes),
      run.comparedWith,
      run.createdBy,
      run.createdAt,
      run.periodEnd,
    ],
  );
}

export async function insertUnits(db: EntityManager, runId: string, units: readonly UnitPlan[]): Promise<void> {
  if (units.length === 0) return;
  await db.query(
    `INSERT INTO rating.quota_unit (run_id, unit_id, district_id, unit_path, unit_name, policy, allocation)
     SELECT $1, x.unit_id, x.district_id, x.unit_path::ltree, x.unit_name, x.policy, x.allocation
       FROM jsonb_to_recordset($2::jsonb) AS x(unit_id uuid, district_id uuid, unit_path text, unit_name text, policy jsonb, allocation jsonb)`,
    [
      runId,
      JSON.stringify(
        units.map((u) => ({
          unit_id: u.unitId,
          district_id: u.districtId,
          unit_path: u.unitPath,
          unit_name: u.unitName,
          policy: { ...u.policy, basis: u.basis, rules: u.rules },
          allocation: u.allocation,
        })),
      ),
    ],
  );
}

/**
 * A confirmed run's figures per branch (what rollups add up), from its results in one pass; written once, in the
 * confirming transaction. Grades per branch are ordered by code.
 */
export async function insertBranchSummaries(db: EntityManager, runId: string): Promise<void> {
  await db.query(
    `INSERT INTO rating.branch_rating_summary (run_id, period_key, district_id, branch_id, branch_path, rated, exempt, total_sum, stars5, stars4, stars3, warned, grades)
     SELECT run.id, run.period_key, b.district_id, b.branch_id, b.branch_path, sum(b.rated), sum(b.exempt), sum(b.total_sum), sum(b.s5), sum(b.s4), sum(b.s3), sum(b.warned),
            COALESCE(jsonb_agg(jsonb_build_object('code', b.grade_code, 'name', b.grade_name, 'count', b.n) ORDER BY b.grade_code, b.grade_name)
                     FILTER (WHERE b.grade_code IS NOT NULL), '[]')
       FROM (
         SELECT x.district_id, x.branch_id, x.branch_path, x.grade_code, x.grade_name, count(*)::int AS n,
                count(*) FILTER (WHERE x.status = 'RATED') AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT') AS exempt,
                COALESCE(sum(x.total) FILTER (WHERE x.status = 'RATED'), 0) AS total_sum,
                count(*) FILTER (WHERE x.stars = 5) AS s5, count(*) FILTER (WHERE x.stars = 4) AS s4, count(*) FILTER (WHERE x.stars = 3) AS s3,
                count(*) FILTER (WHERE x.warning IS NOT NULL) AS warned
           FROM rating.rating_result x
          WHERE x.run_id = $1
          GROUP BY x.district_id, x.branch_id, x.branch_path, x.grade_code, x.grade_name
       ) b
       JOIN rating.rating_run run ON run.id = $1
      GROUP BY run.id, run.period_key, b.district_id, b.branch_id, b.branch_path`,
    [runId],
  );
}

/** The run's per-node figures (`rating.node_rating_summary`), from its branch summaries: written once, at confirmation. */
export async function insertNodeSummaries(db: EntityManager, runId: string): Promise<void> {
  await db.query(`SELECT rating.insert_node_summaries($1::uuid)`, [runId]);
}

/** Marks a preview confirmed only if it still is a preview: false means someone else got there first. */
export async function markConfirmed(
  db: EntityManager,
  runId: string,
  by: string,
  at: Date,
  decidedOn: string,
): Promise<boolean> {
  const [, count] = await db.query(
    `UPDATE rating.rating_run SET status = 'CONFIRMED', confirmed_by = $2, confirmed_at = $3, decided_on = $4 WHERE id = $1 AND status = 'PREVIEW'`,
    [runId, by, at, decidedOn],
  );
  return count === 1;
}

export async function markSuperseded(db: EntityManager, runId: string): Promise<void> {
  await db.query(`UPDATE rating.rating_run SET status = 'SUPERSEDED' WHERE id = $1 AND status = 'CONFIRMED'`, [runId]);
}

export interface StoredUnit {
  unitId: string;
  unitPath: string;
  unitName: string;
  policy: Record<string, any>;
  allocation: Record<string, any>;
}

export async function unitsOfRuns(
  db: EntityManager,
  runIds: readonly string[],
): Promise<(StoredUnit & { runId: string })[]> {
  const rows = await db.query(
    `SELECT run_id, unit_id, unit_path::text AS unit_path, unit_name, policy, allocation FROM rating.quota_unit WHERE run_id = ANY($1::uuid[]) ORDER BY unit_path`,
    [onlyUuids(runIds)],
  );
  return rows.map((row: Record<string, any>) => ({
    runId: row.run_id,
    unitId: row.unit_id,
    unitPath: row.unit_path,
    unitName: row.unit_name,
    policy: row.policy,
    allocation: row.allocation,
  }));
}
