import { randomUUID } from 'node:crypto';
import { onlyUuids } from '@jifen/kit';
import { actorNameSql } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { CaseFacts, CaseTrigger } from './case-plan';
import { CaseEventKind, OPEN_STATUSES } from './warning-rules';

/**
 * What a confirmed rating run writes on cases (case-plan.ts decides it): cases opened (a dual warning, or a case in the
 * disposal stage), the next period's figures recorded, cases withdrawn or moved to disposal, and the history lines
 * (`rating.warning_case_event`), all in the confirming transaction, each naming who confirmed.
 */

export interface WarningCaseDraft {
  districtId: string;
  branchId: string;
  branchPath: string;
  memberId: string;
  memberName: string;
  memberKind: 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
  runId: string;
  periodKey: string;
  trigger: CaseTrigger;
  total: number | null;
  triggerNote: string;
  interviewDays: number;
  rectifyMonths: number;
}

/** Who confirmed the run: the subject (what is compared) and the name people read (a case's 认定人 for a disposal case). */
export interface RunActor {
  subject: string;
  name: string;
}

export interface CaseEvent {
  caseId: string;
  districtId: string;
  kind: `${CaseEventKind}`;
  periodKey: string;
  runId: string;
  total: number | null;
  note: string;
}

export interface CaseEventRecord extends Omit<CaseEvent, 'districtId' | 'kind'> {
  kind: CaseEventKind;
  seq: number;
  /** Who confirmed the run, by name as they were named then. */
  recordedBy: string;
  recordedAt: string;
}

const resetWorkflow = `interviewed_on = NULL, interviewed_by = NULL, interview_note = NULL, helper_name = NULL, helper_member_id = NULL, paired_on = NULL,
  plan = NULL, planned_on = NULL, rectify_deadline = NULL, next_period_key = NULL, next_total = NULL, next_run_id = NULL, next_disposal = NULL,
  next_decided_on = NULL,
  withdrawn_by_run = NULL, disposal_measure = NULL, disposal_step = NULL, disposal_step_on = NULL, disposal_due = NULL`;

/**
 * Opens cases on `openedOn` (the day the run was decided: the interview is due that many days after it): a dual
 * warning OPEN, a disposal consequence ESCALATED at once (认定人: who confirmed the run). A member's case of the period
 * that a corrected run had withdrawn is opened again, afresh (its history kept); any other existing case is left.
 * Returns the cases opened.
 */
export async function openCases(
  db: EntityManager,
  drafts: readonly WarningCaseDraft[],
  openedOn: string,
  by: RunActor,
): Promise<{ id: string; memberId: string; trigger: CaseTrigger; districtId: string }[]> {
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
      disposal: d.trigger === 'DISPOSAL_CONSEQUENCE',
    }));
  if (rows.length === 0) return [];
  return db.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, district_id uuid, branch_id uuid, branch_path ltree, member_id uuid, member_name text,
         member_kind text, run_id uuid, period_key text, trig text, total numeric, trigger_note text, interview_days integer, rectify_months integer,
         disposal boolean)
     )
     INSERT INTO rating.warning_case AS w (id, district_id, branch_id, branch_path, member_id, member_name, member_kind, run_id, period_key, trig, total,
       trigger_note, opened_on, interview_due, rectify_months, status, outcome, outcome_on, outcome_by, outcome_note, warned_periods, updated_by, updated_at)
     SELECT id, district_id, branch_id, branch_path, member_id, member_name, member_kind, run_id, period_key, trig, total, trigger_note,
            $2::date, $2::date + interview_days, rectify_months, CASE WHEN disposal THEN 'ESCALATED' ELSE 'OPEN' END,
            CASE WHEN disposal THEN 'ESCALATED' END, CASE WHEN disposal THEN $2::date END, CASE WHEN disposal THEN $3 END,
            CASE WHEN disposal THEN trigger_note END, ARRAY[period_key], $4, now()
       FROM input
     ON CONFLICT (member_id, period_key) DO UPDATE SET
       district_id = EXCLUDED.district_id, branch_id = EXCLUDED.branch_id, branch_path = EXCLUDED.branch_path, member_name = EXCLUDED.member_name,
       member_kind = EXCLUDED.member_kind, run_id = EXCLUDED.run_id, trig = EXCLUDED.trig, total = EXCLUDED.total, trigger_note = EXCLUDED.trigger_note,
       opened_on = EXCLUDED.opened_on, interview_due = EXCLUDED.interview_due, rectify_months = EXCLUDED.rectify_months, status = EXCLUDED.status,
       outcome = EXCLUDED.outcome, outcome_on = EXCLUDED.outcome_on, outcome_by = EXCLUDED.outcome_by, outcome_note = EXCLUDED.outcome_note,
       warned_periods = EXCLUDED.warned_periods, ${resetWorkflow}, updated_by = EXCLUDED.updated_by, updated_at = now()
     WHERE w.status = 'WITHDRAWN'
     RETURNING w.id, w.member_id AS "memberId", w.trig AS "trigger", w.district_id AS "districtId"`,
    [JSON.stringify(rows), openedOn, by.name, by.subject],
  );
}

/**
 * The cases a run of `periodKey` may change, locked: the members' cases of the period, and their undecided cases
 * whose last period is the one before (`previousKey`) or this one (a correction of the period they continued into).
 */
export async function casesForRun(
  db: EntityManager,
  periodKey: string,
  previousKey: string,
  memberIds: readonly string[],
): Promise<(CaseFacts & { districtId: string })[]> {
  const ids = onlyUuids(memberIds);
  if (ids.length === 0) return [];
  return db.query(
    `SELECT c.id, c.member_id AS "memberId", c.period_key AS "periodKey", c.warned_periods AS "warnedPeriods", c.status, c.trig AS "trigger",
            c.disposal_step AS "disposalStep", c.next_period_key AS "nextPeriodKey", c.district_id AS "districtId"
       FROM rating.warning_case c
      WHERE c.member_id = ANY($1::uuid[])
        AND (c.period_key = $2 OR (c.status = ANY($4::text[]) AND c.warned_periods[cardinality(c.warned_periods)] IN ($2, $3)))
      ORDER BY c.member_id, c.period_key
      FOR UPDATE`,
    [ids, periodKey, previousKey, OPEN_STATUSES],
  );
}

/** Withdraws these cases (a corrected run no longer triggers them); the statement re-checks that each may still be. Returns how many were. */
export async function withdrawCases(
  db: EntityManager,
  cases: readonly { id: string; note: string }[],
  runId: string,
  on: string,
  by: RunActor,
): Promise<number> {
  if (cases.length === 0) return 0;
  const [, count] = await db.query(
    `UPDATE rating.warning_case c SET status = 'WITHDRAWN', outcome = 'WITHDRAWN', outcome_on = $2::date, outcome_by = $3, outcome_note = x.note,
            withdrawn_by_run = $4, updated_by = $5, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, note text)
      WHERE c.id = x.id AND (c.status = ANY($6::text[]) OR (c.trig = 'DISPOSAL_CONSEQUENCE' AND c.status = 'ESCALATED' AND c.disposal_step IS NULL))`,
    [JSON.stringify(cases), on, by.name, runId, by.subject, OPEN_STATUSES],
  );
  return count;
}

/** Moves undecided dual warnings of the period to the disposal stage: their corrected result carries a disposal consequence. */
export async function upgradeCases(
  db: EntityManager,
  cases: readonly { id: string; note: string }[],
  runId: string,
  on: string,
  by: RunActor,
): Promise<void> {
  if (cases.length === 0) return;
  await db.query(
    `UPDATE rating.warning_case c SET trig = 'DISPOSAL_CONSEQUENCE', trigger_note = x.note, run_id = $4, status = 'ESCALATED', outcome = 'ESCALATED',
            outcome_on = GREATEST($2::date, c.opened_on), outcome_by = $3, outcome_note = x.note, updated_by = $5, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, note text)
      WHERE c.id = x.id AND c.status = ANY($6::text[])`,
    [JSON.stringify(cases), on, by.name, runId, by.subject, OPEN_STATUSES],
  );
}

export interface NextRow {
  id: string;
  /** Whether to write the next figures (false: leave them). */
  touch: boolean;
  nextPeriodKey: string | null;
  nextTotal: number | null;
  nextDisposal: string | null;
  warnedPeriods: string[];
}

/** Records the next period's figures and the case's periods, as the run (decided on `decidedOn`) found them. */
export async function recordNext(
  db: EntityManager,
  rows: readonly NextRow[],
  runId: string,
  decidedOn: string,
  by: RunActor,
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE rating.warning_case c SET
            next_period_key = CASE WHEN x.touch THEN x.next_period_key ELSE c.next_period_key END,
            next_total = CASE WHEN x.touch THEN x.next_total ELSE c.next_total END,
            next_run_id = CASE WHEN x.touch THEN (CASE WHEN x.next_total IS NULL THEN NULL ELSE $2::uuid END) ELSE c.next_run_id END,
            next_disposal = CASE WHEN x.touch THEN x.next_disposal ELSE c.next_disposal END,
            next_decided_on = CASE WHEN x.touch THEN (CASE WHEN x.next_total IS NULL THEN NULL ELSE $4::date END) ELSE c.next_decided_on END,
            warned_periods = x.warned_periods, updated_by = $3, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, touch boolean, next_period_key text, next_total numeric, next_disposal text, warned_periods text[])
      WHERE c.id = x.id`,
    [
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          touch: r.touch,
          next_period_key: r.nextPeriodKey,
          next_total: r.nextTotal,
          next_disposal: r.nextDisposal,
          warned_periods: r.warnedPeriods,
        })),
      ),
      runId,
      by.subject,
      decidedOn,
    ],
  );
}

/** Appends history lines, numbered after each case's last. */
export async function insertCaseEvents(
  db: EntityManager,
  events: readonly CaseEvent[],
  recordedBy: string,
  recordedAt: string,
): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO rating.warning_case_event (case_id, seq, district_id, kind, period_key, run_id, total, note, recorded_by, recorded_at)
     SELECT e.case_id, COALESCE(m.seq, 0) + row_number() OVER (PARTITION BY e.case_id ORDER BY e.ord), e.district_id, e.kind, e.period_key, e.run_id,
            e.total, e.note, $2, $3
       FROM jsonb_to_recordset($1::jsonb) AS e(ord integer, case_id uuid, district_id uuid, kind text, period_key text, run_id uuid, total numeric, note text)
       LEFT JOIN LATERAL (SELECT max(v.seq) AS seq FROM rating.warning_case_event v WHERE v.case_id = e.case_id) m ON true`,
    [
      JSON.stringify(
        events.map((e, ord) => ({
          ord,
          case_id: e.caseId,
          district_id: e.districtId,
          kind: e.kind,
          period_key: e.periodKey,
          run_id: e.runId,
          total: e.total,
          note: e.note,
        })),
      ),
      recordedBy,
      recordedAt,
    ],
  );
}

/** Every history line of these cases, in order. */
export async function eventsOfCases(
  db: EntityManager,
  caseIds: readonly string[],
): Promise<(CaseEventRecord & { caseId: string })[]> {
  return db.query(
    `SELECT e.case_id AS "caseId", e.seq, e.kind, e.period_key AS "periodKey", e.run_id AS "runId", e.total::float8 AS total, e.note,
            ${actorNameSql('rating', 'e.recorded_by', 'e.recorded_at')} AS "recordedBy",
            to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt"
       FROM rating.warning_case_event e WHERE e.case_id = ANY($1::uuid[]) ORDER BY e.case_id, e.seq`,
    [onlyUuids(caseIds)],
  );
}
