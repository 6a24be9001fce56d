import { isUuid, onlyUuids } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import type { ReadScope } from '../rating-access';
import { ResultFigures } from './run-diff';
import { ResultPlan } from './run-plan';

/** A run's results (`rating.rating_result`): written at preview, read as pages, as standing ratings and to compare versions. */

export interface StoredResult extends Omit<ResultPlan, 'grade'> {
  runId: string;
  periodKey: string;
  gradeCode: string | null;
  gradeName: string | null;
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

/** What the run's cases are decided from, per member: the figures, the warning and its line, the consequences (no other explanation read). */
export interface CaseResult {
  memberId: string;
  memberName: string;
  memberKind: StoredResult['memberKind'];
  districtId: string;
  branchId: string;
  branchPath: string;
  status: StoredResult['status'];
  total: number | null;
  warning: StoredResult['warning'];
  consequences: { code: string; label: string }[];
  warningLine: string | null;
}

export async function caseResultsOfRun(db: EntityManager, runId: string): Promise<CaseResult[]> {
  const rows = await db.query(
    `SELECT x.member_id, x.member_name, x.member_kind, x.district_id, x.branch_id, x.branch_path::text AS branch_path, x.status, x.total, x.warning,
            x.consequences,
            CASE WHEN x.warning IS NOT NULL THEN (SELECT l FROM jsonb_array_elements_text(x.explanation) AS l WHERE l LIKE '%双预警%' LIMIT 1) END AS warning_line
       FROM rating.rating_result x WHERE x.run_id = $1`,
    [runId],
  );
  return rows.map((r: Record<string, any>) => ({
    memberId: r.member_id,
    memberName: r.member_name,
    memberKind: r.member_kind,
    districtId: r.district_id,
    branchId: r.branch_id,
    branchPath: r.branch_path,
    status: r.status,
    total: num(r.total),
    warning: r.warning,
    consequences: r.consequences ?? [],
    warningLine: r.warning_line,
  }));
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
