import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import type { ReadScope } from '../rating-access';
import { overdueSql } from './warning-counts.storage';
import {
  DisposalMeasure,
  DisposalStepKind,
  WarningCaseStatus,
  WarningMemberKind,
  WarningOutcome,
  WarningTrigger,
} from './warning-rules';

/**
 * Warning and disposal cases (`rating.warning_case`) as the workflow reads and writes them. What a rating run does to
 * cases: case-run.storage.ts; counts for rollups: warning-counts.storage.ts; disposal steps: disposal-step.storage.ts.
 */

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
  /** The periods the case was triggered in, the opening one first (a member warned again continues the case). */
  warnedPeriods: string[];
  /** The next period's confirmed rating, recorded by its run (never typed): the outcome follows it. */
  nextPeriodKey: string | null;
  nextTotal: number | null;
  nextRunId: string | null;
  /** The disposal consequence that next result carries (its label), if any. */
  nextDisposal: string | null;
  /** The day that next run was decided: no outcome is dated before it. */
  nextDecidedOn: string | null;
  withdrawnByRun: string | null;
  disposalMeasure: DisposalMeasure | null;
  disposalStep: DisposalStepKind | null;
  disposalStepOn: string | null;
  disposalDue: string | null;
  updatedBy: string;
  updatedAt: string;
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
  c.warned_periods AS "warnedPeriods", c.next_run_id AS "nextRunId", c.next_disposal AS "nextDisposal", ${day('c.next_decided_on', 'nextDecidedOn')},
  c.withdrawn_by_run AS "withdrawnByRun", c.disposal_measure AS "disposalMeasure", c.disposal_step AS "disposalStep",
  ${day('c.disposal_step_on', 'disposalStepOn')}, ${day('c.disposal_due', 'disposalDue')}, c.updated_by AS "updatedBy",
  to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

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

/** Writes what the workflow changes on a case (the trigger, the member and the next rating's figures stay as the runs wrote them). */
export async function saveCase(db: EntityManager, c: WarningCaseRecord): Promise<void> {
  await db.query(
    `UPDATE rating.warning_case SET status = $2, interviewed_on = $3, interviewed_by = $4, interview_note = $5, helper_name = $6, helper_member_id = $7,
            paired_on = $8, plan = $9, planned_on = $10, rectify_deadline = $11, outcome = $12, outcome_on = $13, outcome_by = $14, outcome_note = $15,
            disposal_measure = $16, disposal_step = $17, disposal_step_on = $18, disposal_due = $19, updated_by = $20, updated_at = $21
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
      c.disposalMeasure,
      c.disposalStep,
      c.disposalStepOn,
      c.disposalDue,
      c.updatedBy,
      c.updatedAt,
    ],
  );
}
