import { onlyUuids } from '@jifen/kit';
import { actorNameSql } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { QuotaRules } from './quota-rules';

export interface QuotaPolicyRecord extends QuotaRules {
  id: string;
  districtId: string;
  organizationId: string;
  cycle: number;
  reason: string | null;
  setBy: string;
  setAt: string;
  /** Who set it, by the name they acted under then. */
  setByName: string;
}

/** A policy checked and ready to save (or to preview): everything but its id and time. */
export type QuotaPolicyDraft = Omit<QuotaPolicyRecord, 'id' | 'setAt' | 'setByName'>;

const columns = `id, district_id, org_id, cycle, five_star_percent, four_star_percent, three_star_percent, reason, set_by,
  scope, rounding, base_floor, total_floor, tie_breakers, still_tied, overrides, interview_days, rectify_months,
  to_char(set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS set_at,
  ${actorNameSql('rating', 'set_by', 'set_at')} AS set_by_name`;

function toRecord(row: Record<string, any>): QuotaPolicyRecord {
  return {
    id: row.id,
    districtId: row.district_id,
    organizationId: row.org_id,
    cycle: row.cycle,
    fiveStarPercent: Number(row.five_star_percent),
    fourStarPercent: Number(row.four_star_percent),
    threeStarPercent: Number(row.three_star_percent),
    scope: row.scope,
    rounding: row.rounding,
    baseFloor: Number(row.base_floor),
    totalFloor: Number(row.total_floor),
    tieBreakers: row.tie_breakers,
    stillTied: row.still_tied,
    overrides: row.overrides,
    interviewDays: row.interview_days,
    rectifyMonths: row.rectify_months,
    reason: row.reason,
    setBy: row.set_by,
    setAt: row.set_at,
    setByName: row.set_by_name,
  };
}

/** Every policy ever set on the given organisations, oldest first (the history). */
export async function policiesOn(db: EntityManager, orgIds: readonly string[]): Promise<QuotaPolicyRecord[]> {
  const rows = await db.query(
    `SELECT ${columns} FROM rating.quota_policy WHERE org_id = ANY($1::uuid[]) ORDER BY set_at, seq`,
    [onlyUuids(orgIds)],
  );
  return rows.map(toRecord);
}

export async function insertPolicy(
  db: EntityManager,
  record: QuotaPolicyDraft & { id: string },
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO rating.quota_policy (id, district_id, org_id, cycle, five_star_percent, four_star_percent, three_star_percent, reason, set_by, set_at,
                                      scope, rounding, base_floor, total_floor, tie_breakers, still_tied, overrides, interview_days, rectify_months)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      record.id,
      record.districtId,
      record.organizationId,
      record.cycle,
      record.fiveStarPercent,
      record.fourStarPercent,
      record.threeStarPercent,
      record.reason,
      record.setBy,
      now,
      record.scope,
      record.rounding,
      record.baseFloor,
      record.totalFloor,
      record.tieBreakers,
      record.stillTied,
      JSON.stringify(record.overrides),
      record.interviewDays,
      record.rectifyMonths,
    ],
  );
}
