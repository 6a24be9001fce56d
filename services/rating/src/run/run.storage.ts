import { isUuid, onlyUuids } from '@jifen/kit';
import { actorNameSql, queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { RatingChange, ResultFigures } from './run-diff';
import { ResultPlan, UnitPlan } from './run-plan';
import type { PendingBranch } from './not-ready';
import { PendingScore } from './rating-inputs';
import type { ReadScope } from '../rating-access';

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

export interface StoredResult extends Omit<ResultPlan, 'grade'> {
  runId: string;
  periodKey: string;
  gradeCode: string | null;
  gradeName: string | null;
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

const resultColumns = `x.run_id, run.period_key, x.member_id, x.district_id, x.branch_id, x.branch_path::text AS branch_path, x.unit_id, x.member_name, x.member_no,
  x.member_kind, x.status, x.total, x.base, x.star_points, x.grade_code, x.grade_name, x.stars, x.rank, x.warning, x.consequences, x.explanation`;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

function toResult(row: Record<string, any>): StoredResult {
  return {
    runId: row.run_id,
    periodKey: row.period_key,
    memberId: row.member_id,
    districtId: row.district_id,
    branchId: row.branch_id,
    branchPath: row.branch_path,
    unitId: row.unit_id,
    memberName: row.member_name,
    memberNo: row.member_no,
    memberKind: row.member_kind,
    status: row.status,
    total: num(row.total),
    base: num(row.base),
    starPoints: num(row.star_points),
    gradeCode: row.grade_code,
    gradeName: row.grade_name,
    stars: row.stars,
    rank: row.rank,
    warning: row.warning,
    consequences: row.consequences,
    explanation: row.explanation,
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

const RESULT_CHUNK = 5000;

/** A run's results in a few multi-row statements, whatever the number of members. */
export async function insertResults(db: EntityManager, runId: string, results: readonly ResultPlan[]): Promise<void> {
  const chunkJson = (from: number) =>
    JSON.stringify(
      results.slice(from, from + RESULT_CHUNK).map((r) => ({
        member_id: r.memberId,
        district_id: r.districtId,
        branch_id: r.branchId,
        branch_path: r.branchPath,
        unit_id: r.unitId,
        member_name: r.memberName,
        member_no: r.memberNo,
        member_kind: r.memberKind,
        status: r.status,
        total: r.total,
        base: r.base,
        star_points: r.starPoints,
        grade_code: r.grade?.code ?? null,
        grade_name: r.grade?.name ?? null,
        stars: r.stars,
        rank: r.rank,
        warning: r.warning,
        consequences: r.consequences,
        explanation: r.explanation,
      })),
    );
  let next = results.length > 0 ? chunkJson(0) : null;
  for (let i = 0; next !== null; i += RESULT_CHUNK) {
    const inserting = db.query(
      `INSERT INTO rating.rating_result (run_id, member_id, district_id, branch_id, branch_path, unit_id, member_name, member_no, member_kind, status,
                                         total, base, star_points, grade_code, grade_name, stars, rank, warning, consequences, explanation)
       SELECT $1, x.member_id, x.district_id, x.branch_id, x.branch_path::ltree, x.unit_id, x.member_name, x.member_no, x.member_kind, x.status,
              x.total, x.base, x.star_points, x.grade_code, x.grade_name, x.stars, x.rank, x.warning, x.consequences, x.explanation
         FROM jsonb_to_recordset($2::jsonb) AS x(member_id uuid, district_id uuid, branch_id uuid, branch_path text, unit_id uuid, member_name text,
              member_no text, member_kind text, status text, total numeric, base numeric, star_points numeric, grade_code text, grade_name text,
              stars smallint, rank integer, warning text, consequences jsonb, explanation jsonb)`,
      [runId, next],
    );
    // The next chunk is put into words while the database writes this one.
    next = i + RESULT_CHUNK < results.length ? chunkJson(i + RESULT_CHUNK) : null;
    await inserting;
  }
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

export interface ResultFilter {
  branchId?: string | null;
  stars?: number | null;
  warningOnly?: boolean;
  first: number;
  offset: number;
}

/** A page of a run's results: the ranked first (by unit and rank), then the rest by total. */
export async function pageResults(
  db: EntityManager,
  runId: string,
  filter: ResultFilter,
): Promise<{ items: StoredResult[]; total: number }> {
  const where = `x.run_id = $1 AND ($2::uuid IS NULL OR x.branch_id = $2) AND ($3::int IS NULL OR x.stars = $3) AND (NOT $4 OR x.warning IS NOT NULL)`;
  const branch = filter.branchId && isUuid(filter.branchId) ? filter.branchId : null;
  const args = [runId, branch, filter.stars ?? null, filter.warningOnly ?? false];
  const [rows, [{ n }]] = await Promise.all([
    db.query(
      `SELECT ${resultColumns} FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id WHERE ${where}
        ORDER BY x.stars DESC NULLS LAST, x.rank NULLS LAST, x.total DESC NULLS LAST, x.member_no LIMIT $5 OFFSET $6`,
      [...args, filter.first, filter.offset],
    ),
    db.query(`SELECT count(*)::int AS n FROM rating.rating_result x WHERE ${where}`, args),
  ]);
  return { items: rows.map(toResult), total: n };
}

/** The confirmed run's results of each period, for `$1` members and `$2` periods, inside the scope `$3`/`$4` (a member: only their own). */
const standingResults = `FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id
  WHERE x.member_id = ANY($1::uuid[]) AND run.period_key = ANY($2::text[]) AND run.status = 'CONFIRMED'
    AND ($3::ltree IS NULL OR x.branch_path <@ $3::ltree) AND ($4::uuid IS NULL OR x.member_id = $4::uuid)`;

/** The results that stand: those of the confirmed run of each period, for these members and periods, inside the scope (a member: only their own). */
export async function confirmedResults(
  db: EntityManager,
  memberIds: readonly string[],
  periodKeys: readonly string[],
  scope: ReadScope,
): Promise<StoredResult[]> {
  const ids = onlyUuids(memberIds);
  if (ids.length === 0 || periodKeys.length === 0) return [];
  const rows = await queryPrepared(db, `SELECT ${resultColumns} ${standingResults}`, [
    ids,
    periodKeys,
    scope.path,
    scope.memberId,
  ]);
  return rows.map(toResult);
}

/** A member's stars in a standing result (null: none); what a member list shows beside each name. */
export interface StandingStars {
  memberId: string;
  periodKey: string;
  stars: number | null;
}

/**
 * The stars of the results that stand, as `confirmedResults` finds them, without the rest of each result: a page of
 * 50 members reads no explanations (jsonb the database would turn into text and the service parse, for nothing).
 */
export async function confirmedStars(
  db: EntityManager,
  memberIds: readonly string[],
  periodKeys: readonly string[],
  scope: ReadScope,
): Promise<StandingStars[]> {
  const ids = onlyUuids(memberIds);
  if (ids.length === 0 || periodKeys.length === 0) return [];
  const rows = await queryPrepared(db, `SELECT x.member_id, run.period_key, x.stars ${standingResults}`, [
    ids,
    periodKeys,
    scope.path,
    scope.memberId,
  ]);
  return rows.map((r) => ({ memberId: r.member_id, periodKey: r.period_key, stars: r.stars }));
}

/** A run's results; only those under dual warning when `warnedOnly`. */
export async function resultsOfRun(db: EntityManager, runId: string, warnedOnly = false): Promise<StoredResult[]> {
  const rows = await db.query(
    `SELECT ${resultColumns} FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id WHERE x.run_id = $1 AND (NOT $2 OR x.warning IS NOT NULL)`,
    [runId, warnedOnly],
  );
  return rows.map(toResult);
}

/** What a version shows of each member, to compare versions: no explanations read. */
export async function figuresOfRun(db: EntityManager, runId: string): Promise<ResultFigures[]> {
  const rows = await db.query(
    `SELECT member_id, member_name, total, grade_name, stars, warning FROM rating.rating_result WHERE run_id = $1`,
    [runId],
  );
  return rows.map((r: Record<string, any>) => ({
    memberId: r.member_id,
    memberName: r.member_name,
    total: num(r.total),
    grade: r.grade_name,
    stars: r.stars,
    warning: r.warning,
  }));
}

/** The branches a run covers, by path. */
export async function branchPathsOfRun(db: EntityManager, runId: string): Promise<string[]> {
  const rows = await db.query(`SELECT DISTINCT branch_path::text AS path FROM rating.rating_result WHERE run_id = $1`, [
    runId,
  ]);
  return rows.map((r: { path: string }) => r.path);
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
