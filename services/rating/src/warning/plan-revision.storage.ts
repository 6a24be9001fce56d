import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { CheckedRevision } from './plan-revision';

export interface PlanRevisionRecord extends CheckedRevision {
  caseId: string;
  districtId: string;
  seq: number;
  recordedBy: string;
  recordedAt: string;
}

export async function insertPlanRevision(db: EntityManager, r: PlanRevisionRecord): Promise<void> {
  await db.query(
    `INSERT INTO rating.plan_revision (case_id, seq, district_id, plan, deadline, plan_before, deadline_before, revised_on, revised_by, reason,
       recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      r.caseId,
      r.seq,
      r.districtId,
      r.plan,
      r.deadline,
      r.planBefore,
      r.deadlineBefore,
      r.revisedOn,
      r.revisedBy,
      r.reason,
      r.recordedBy,
      r.recordedAt,
    ],
  );
}

/** Every revision of these cases' plans, in the order made. */
export async function revisionsOfCases(db: EntityManager, caseIds: readonly string[]): Promise<PlanRevisionRecord[]> {
  return db.query(
    `SELECT r.case_id AS "caseId", r.seq, r.district_id AS "districtId", r.plan, to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
            r.plan_before AS "planBefore", to_char(r.deadline_before, 'YYYY-MM-DD') AS "deadlineBefore",
            to_char(r.revised_on, 'YYYY-MM-DD') AS "revisedOn", r.revised_by AS "revisedBy", r.reason, r.recorded_by AS "recordedBy",
            to_char(r.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt"
       FROM rating.plan_revision r WHERE r.case_id = ANY($1::uuid[]) ORDER BY r.case_id, r.seq`,
    [onlyUuids(caseIds)],
  );
}
