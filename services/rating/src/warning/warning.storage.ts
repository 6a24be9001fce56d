import { randomUUID } from 'node:crypto';
import { onlyUuids, outermostPaths, pathAndAncestors } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import type { ReadScope } from '../rating-access';
import { CheckedStep, DisposalVote } from './disposal-rules';
import {
  DISPOSAL_STALL_DAYS,
  DisposalMeasure,
  DisposalStepKind,
  OPEN_STATUSES,
  PROPOSE_WITHIN_DAYS,
  WarningCaseStatus,
  WarningMemberKind,
  WarningOutcome,
  WarningTrigger,
} from './warning-rules';

export interface WarningCaseDraft {
  districtId: string;
  branchId: string;
  branchPath: string;
  memberId: string;
  memberName: string;
  memberKind: 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
  runId: string;
  periodKey: string;
  trigger: 'SCORE_BELOW_50' | 'DIRECT_UNQUALIFIED';
  total: number | null;
  triggerNote: string;
  interviewDays: number;
  rectifyMonths: number;
}

export interface WarningCaseRecord {
  id: string;
  districtId: string;
  branchId: string;
  branchPath: string;
  memberId: string;
  memberName: string;
  memberKind: WarningMemberKind;
  runId: string;
  periodKey: string;
  trigger: WarningTrigger;
  total: number | null;
  triggerNote: string;
  openedOn: string;
  interviewDue: string;
  rectifyMonths: number;
  status: WarningCaseStatus;
  interviewedOn: string | null;
  interviewedBy: string | null;
  interviewNote: string | null;
  helperName: string | null;
  helperMemberId: string | null;
  pairedOn: string | null;
  plan: string | null;
  plannedOn: string | null;
  rectifyDeadline: string | null;
  outcome: WarningOutcome | null;
  outcomeOn: string | null;
  outcomeBy: string | null;
  outcomeNote: string | null;
  nextPeriodKey: string | null;
  nextTotal: number | null;
  withdrawnByRun: string | null;
  disposalMeasure: DisposalMeasure | null;
  disposalStep: DisposalStepKind | null;
  disposalStepOn: string | null;
  disposalDue: string | null;
  updatedBy: string;
  updatedAt: string;
}

export interface DisposalStepRecord extends CheckedStep {
  id: string;
  caseId: string;
  districtId: string;
  seq: number;
  recordedBy: string;
  recordedAt: string;
}

export interface WarningCounts {
  open: number;
  overdue: number;
  escalated: number;
  closed: number;
  withdrawn: number;
}

export interface CaseFilter {
  statuses: readonly WarningCaseStatus[] | null;
  overdueOnly: boolean;
  today: string;
  first: number;
  offset: number;
}

const day = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${as}"`;

const caseColumns = `c.id, c.district_id AS "districtId", c.branch_id AS "branchId", c.branch_path::text AS "branchPath", c.member_id AS "memberId",
  c.member_name AS "memberName", c.member_kind AS "memberKind", c.run_id AS "runId", c.period_key AS "periodKey", c.trig AS "trigger",
  c.total::float8 AS total, c.trigger_note AS "triggerNote", ${day('c.opened_on', 'openedOn')}, ${day('c.interview_due', 'interviewDue')},
  c.rectify_months AS "rectifyMonths", c.status, ${day('c.interviewed_on', 'interviewedOn')}, c.interviewed_by AS "interviewedBy",
  c.interview_note AS "interviewNote", c.helper_name AS "helperName", c.helper_member_id AS "helperMemberId", ${day('c.paired_on', 'pairedOn')},
  c.plan, ${day('c.planned_on', 'plannedOn')}, ${day('c.rectify_deadline', 'rectifyDeadline')}, c.outcome, ${day('c.outcome_on', 'outcomeOn')},
  c.outcome_by AS "outcomeBy", c.outcome_note AS "outcomeNote", c.next_period_key AS "nextPeriodKey", c.next_total::float8 AS "nextTotal",
  c.withdrawn_by_run AS "withdrawnByRun", c.disposal_measure AS "disposalMeasure", c.disposal_step AS "disposalStep",
  ${day('c.disposal_step_on', 'disposalStepOn')}, ${day('c.disposal_due', 'disposalDue')}, c.updated_by AS "updatedBy",
  to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/**
 * True when case `c` has something overdue on the day in parameter `$n`: the same as `overdueItems` in the rules
 * (the warning-storage test holds the two together).
 */
export function overdueSql(today: string): string {
  return `COALESCE(
    (c.status = 'OPEN' AND ${today}::date > c.interview_due)
    OR (c.status = 'RECTIFYING' AND ${today}::date > c.rectify_deadline)
    OR (c.status = 'ESCALATED' AND (
      (c.disposal_step IS NULL AND ${today}::date > c.outcome_on + ${PROPOSE_WITHIN_DAYS})
      OR (c.disposal_step IS NOT NULL AND c.disposal_step <> 'ARCHIVED' AND CASE
            WHEN c.disposal_due IS NOT NULL AND c.disposal_step IN ('NOTIFIED', 'APPEALED') THEN ${today}::date > c.disposal_due
            ELSE ${today}::date > c.disposal_step_on + ${DISPOSAL_STALL_DAYS} END))), false)`;
}

/**
 * A case not finished: no outcome yet, or escalated with its disposal procedure not archived (处置中). What the
 * rollups count as open (未结): a committee still has work on each; overdue and escalated-in-progress are among them.
 */
const unfinishedSql = `(c.status = ANY($4::text[]) OR (c.status = 'ESCALATED' AND c.disposal_step IS DISTINCT FROM 'ARCHIVED'))`;

const resetWorkflow = `interviewed_on = NULL, interviewed_by = NULL, interview_note = NULL, helper_name = NULL, helper_member_id = NULL, paired_on = NULL,
  plan = NULL, planned_on = NULL, rectify_deadline = NULL, outcome = NULL, outcome_on = NULL, outcome_by = NULL, outcome_note = NULL,
  next_period_key = NULL, next_total = NULL, withdrawn_by_run = NULL, disposal_measure = NULL, disposal_step = NULL, disposal_step_on = NULL, disposal_due = NULL`;

/**
 * Opens cases on `openedOn` (the day the run was decided: the interview is due that many days after it; skips a
 * member who already has a case for that period), returns how many were opened. A case a corrected run had
 * withdrawn is opened again, afresh, when a later run triggers it again.
 */
export async function openWarningCases(
  db: EntityManager,
  drafts: readonly WarningCaseDraft[],
  openedOn: string,
): Promise<number> {
  const seen = new Set<string>();
  const rows = drafts
    .filter((d) => {
      const key = `${d.memberId}|${d.periodKey}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((d) => ({
      id: randomUUID(),
      district_id: d.districtId,
      branch_id: d.branchId,
      branch_path: d.branchPath,
      member_id: d.memberId,
      member_name: d.memberName,
      member_kind: d.memberKind,
      run_id: d.runId,
      period_key: d.periodKey,
      trig: d.trigger,
      total: d.total,
      trigger_note: d.triggerNote,
      interview_days: d.interviewDays,
      rectify_months: d.rectifyMonths,
    }));
  if (rows.length === 0) return 0;
  const [{ n }] = await db.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, district_id uuid, branch_id uuid, branch_path ltree, member_id uuid, member_name text,
         member_kind text, run_id uuid, period_key text, trig text, total numeric, trigger_note text, interview_days integer, rectify_months integer)
     ), written AS (
       INSERT INTO rating.warning_case AS w (id, district_id, branch_id, branch_path, member_id, member_name, member_kind, run_id, period_key, trig, total,
         trigger_note, opened_on, interview_due, rectify_months, status, updated_by, updated_at)
       SELECT id, district_id, branch_id, branch_path, member_id, member_name, member_kind, run_id, period_key, trig, total, trigger_note,
              $2::date, $2::date + interview_days, rectify_months, 'OPEN', 'system', now()
         FROM input
       ON CONFLICT (member_id, period_key) DO UPDATE SET
         district_id = EXCLUDED.district_id, branch_id = EXCLUDED.branch_id, branch_path = EXCLUDED.branch_path, member_name = EXCLUDED.member_name,
         member_kind = EXCLUDED.member_kind, run_id = EXCLUDED.run_id, trig = EXCLUDED.trig, total = EXCLUDED.total, trigger_note = EXCLUDED.trigger_note,
         opened_on = EXCLUDED.opened_on, interview_due = EXCLUDED.interview_due, rectify_months = EXCLUDED.rectify_months, status = 'OPEN',
         ${resetWorkflow}, updated_by = 'system', updated_at = now()
       WHERE w.status = 'WITHDRAWN'
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM written`,
    [JSON.stringify(rows), openedOn],
  );
  return n;
}

/** OPEN cases of the period for these members (their corrected run, decided on `on`, no longer triggers them) become WITHDRAWN; returns how many. */
export async function withdrawWarningCases(
  db: EntityManager,
  periodKey: string,
  memberIds: readonly string[],
  runId: string,
  on: string,
): Promise<number> {
  const ids = onlyUuids(memberIds);
  if (ids.length === 0) return 0;
  const [{ n }] = await db.query(
    `WITH changed AS (
       UPDATE rating.warning_case SET status = 'WITHDRAWN', outcome = 'WITHDRAWN', outcome_on = $4::date, outcome_by = 'system',
              outcome_note = '更正后的评定不再触发双预警，自动撤销', withdrawn_by_run = $3, updated_by = 'system', updated_at = now()
        WHERE period_key = $1 AND member_id = ANY($2::uuid[]) AND status = ANY($5::text[])
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM changed`,
    [periodKey, ids, runId, on, OPEN_STATUSES],
  );
  return n;
}

/** Counts for rollups, one statement for all paths: cases whose branch_path <@ path. */
export async function warningCounts(
  db: EntityManager,
  paths: readonly string[],
  today: string,
  periodKey: string | null,
): Promise<Map<string, WarningCounts>> {
  return countsUnder(await warningCountsByBranch(db, paths, today, periodKey), paths);
}

/**
 * Counts per branch path of the cases below any of `paths`: one scan of the period's cases (by the period index),
 * whatever the number of paths, where a join per path probed the index once per path. With `depth`, summed per
 * prefix of that many labels instead (a branch above that depth keeps its own path).
 */
export async function warningCountsByBranch(
  db: EntityManager,
  paths: readonly string[],
  today: string,
  periodKey: string | null,
  depth: number | null = null,
): Promise<(WarningCounts & { path: string })[]> {
  const roots = outermostPaths(paths);
  if (roots.length === 0) return [];
  return queryPrepared(
    db,
    `SELECT (CASE WHEN $5::int IS NULL THEN c.branch_path ELSE subpath(c.branch_path, 0, least(nlevel(c.branch_path), $5::int)) END)::text AS path,
            count(*) FILTER (WHERE ${unfinishedSql})::int AS open,
            count(*) FILTER (WHERE ${overdueSql('$2')})::int AS overdue,
            count(*) FILTER (WHERE c.status = 'ESCALATED')::int AS escalated,
            count(*) FILTER (WHERE c.status = 'IMPROVED')::int AS closed,
            count(*) FILTER (WHERE c.status = 'WITHDRAWN')::int AS withdrawn
       FROM rating.warning_case c
      WHERE c.branch_path <@ ANY($1::ltree[]) AND ($3::text IS NULL OR c.period_key = $3)
      GROUP BY 1`,
    [roots, today, periodKey, OPEN_STATUSES, depth],
  );
}

/** Each of `paths` with the sum of the branch counts at or below it (zeros when none). */
function countsUnder(
  byBranch: readonly (WarningCounts & { path: string })[],
  paths: readonly string[],
): Map<string, WarningCounts> {
  const counts = new Map(paths.map((path) => [path, { open: 0, overdue: 0, escalated: 0, closed: 0, withdrawn: 0 }]));
  for (const row of byBranch) {
    for (const path of pathAndAncestors(row.path)) {
      const c = counts.get(path);
      if (!c) continue;
      c.open += row.open;
      c.overdue += row.overdue;
      c.escalated += row.escalated;
      c.closed += row.closed;
      c.withdrawn += row.withdrawn;
    }
  }
  return counts;
}

/** The rows a read scope lets through: `$path` a subtree (null: all), `$member` a member limit (null: all). */
const inScope = (path: string, member: string) =>
  `($${path}::ltree IS NULL OR c.branch_path <@ $${path}::ltree) AND ($${member}::uuid IS NULL OR c.member_id = $${member}::uuid)`;

/** Cases by id inside the scope (a member: only their own); `forUpdate` locks them for the rest of the transaction. */
export async function findCases(
  db: EntityManager,
  ids: readonly string[],
  scope: ReadScope,
  forUpdate = false,
): Promise<WarningCaseRecord[]> {
  return db.query(
    `SELECT ${caseColumns} FROM rating.warning_case c
      WHERE c.id = ANY($1::uuid[]) AND ${inScope('2', '3')}${forUpdate ? ' FOR UPDATE' : ''}`,
    [onlyUuids(ids), scope.path, scope.memberId],
  );
}

/** A page of cases under each path (and inside the scope), newest first, each row tagged with the path it was asked under. */
export async function casesUnder(
  db: EntityManager,
  paths: readonly string[],
  scope: ReadScope,
  filter: CaseFilter,
): Promise<(WarningCaseRecord & { anchor: string })[]> {
  if (paths.length === 0) return [];
  return db.query(
    `SELECT p.path AS anchor, c.* FROM unnest($1::text[]) AS p(path)
      CROSS JOIN LATERAL (
        SELECT ${caseColumns} FROM rating.warning_case c
         WHERE c.branch_path <@ p.path::ltree AND ${inScope('2', '8')}
           AND ($3::text[] IS NULL OR c.status = ANY($3::text[])) AND (NOT $4::boolean OR ${overdueSql('$5')})
         ORDER BY c.opened_on DESC, c.member_name, c.id
         LIMIT $6 OFFSET $7
      ) c`,
    [
      [...new Set(paths)],
      scope.path,
      filter.statuses,
      filter.overdueOnly,
      filter.today,
      filter.first,
      filter.offset,
      scope.memberId,
    ],
  );
}

/** Every case of these members inside the scope (a member: only their own), newest period first. */
export async function casesOfMembers(
  db: EntityManager,
  memberIds: readonly string[],
  scope: ReadScope,
): Promise<WarningCaseRecord[]> {
  return db.query(
    `SELECT ${caseColumns} FROM rating.warning_case c
      WHERE c.member_id = ANY($1::uuid[]) AND ${inScope('2', '3')}
      ORDER BY c.opened_on DESC, c.period_key DESC`,
    [onlyUuids(memberIds), scope.path, scope.memberId],
  );
}

/** Writes what the workflow changes on a case (the trigger and the member stay as opened). */
export async function saveCase(db: EntityManager, c: WarningCaseRecord): Promise<void> {
  await db.query(
    `UPDATE rating.warning_case SET status = $2, interviewed_on = $3, interviewed_by = $4, interview_note = $5, helper_name = $6, helper_member_id = $7,
            paired_on = $8, plan = $9, planned_on = $10, rectify_deadline = $11, outcome = $12, outcome_on = $13, outcome_by = $14, outcome_note = $15,
            next_period_key = $16, next_total = $17, disposal_measure = $18, disposal_step = $19, disposal_step_on = $20, disposal_due = $21,
            updated_by = $22, updated_at = $23
      WHERE id = $1`,
    [
      c.id,
      c.status,
      c.interviewedOn,
      c.interviewedBy,
      c.interviewNote,
      c.helperName,
      c.helperMemberId,
      c.pairedOn,
      c.plan,
      c.plannedOn,
      c.rectifyDeadline,
      c.outcome,
      c.outcomeOn,
      c.outcomeBy,
      c.outcomeNote,
      c.nextPeriodKey,
      c.nextTotal,
      c.disposalMeasure,
      c.disposalStep,
      c.disposalStepOn,
      c.disposalDue,
      c.updatedBy,
      c.updatedAt,
    ],
  );
}

const stepColumns = `s.id, s.case_id AS "caseId", s.district_id AS "districtId", s.seq, s.measure, s.step, s.decided_by AS "decidedBy",
  ${day('s.decided_on', 'decidedOn')}, s.documents, s.vote, s.approval, s.result, s.participants, s.upper_opinion AS "upperOpinion",
  ${day('s.rectify_until', 'rectifyUntil')}, s.note, s.recorded_by AS "recordedBy",
  to_char(s.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt"`;

export async function insertDisposalStep(db: EntityManager, s: DisposalStepRecord): Promise<void> {
  await db.query(
    `INSERT INTO rating.disposal_step (id, case_id, district_id, seq, measure, step, decided_by, decided_on, documents, vote, approval, result, participants,
       upper_opinion, rectify_until, note, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      s.id,
      s.caseId,
      s.districtId,
      s.seq,
      s.measure,
      s.step,
      s.decidedBy,
      s.decidedOn,
      s.documents,
      s.vote === null ? null : JSON.stringify(s.vote),
      s.approval,
      s.result,
      s.participants,
      s.upperOpinion,
      s.rectifyUntil,
      s.note,
      s.recordedBy,
      s.recordedAt,
    ],
  );
}

/** Every disposal step of these cases, in the order recorded. */
export async function stepsOfCases(db: EntityManager, caseIds: readonly string[]): Promise<DisposalStepRecord[]> {
  const rows: (DisposalStepRecord & { vote: DisposalVote | null })[] = await db.query(
    `SELECT ${stepColumns} FROM rating.disposal_step s WHERE s.case_id = ANY($1::uuid[]) ORDER BY s.case_id, s.seq`,
    [onlyUuids(caseIds)],
  );
  return rows;
}
