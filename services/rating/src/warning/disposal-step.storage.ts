import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { CheckedStep, DisposalVote } from './disposal-step';

/** The disposal procedure's steps of warning cases (append-only rows of `rating.disposal_step`). */

const day = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${as}"`;

export interface DisposalStepRecord extends CheckedStep {
  id: string;
  caseId: string;
  districtId: string;
  seq: number;
  recordedBy: string;
  recordedAt: string;
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
