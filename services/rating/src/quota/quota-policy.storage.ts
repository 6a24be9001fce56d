import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { QuotaPolicyEntity } from './quota-policy.entity';
import { StarShares } from './quota-rules';

export interface QuotaPolicyRecord extends StarShares {
  id: string;
  districtId: string;
  organizationId: string;
  cycle: number;
  reason: string | null;
  setBy: string;
  setAt: string;
}

const columns = `id, district_id, org_id, cycle, five_star_percent, four_star_percent, three_star_percent, reason, set_by,
  to_char(set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS set_at`;

function toRecord(row: Record<string, any>): QuotaPolicyRecord {
  return {
    id: row.id,
    districtId: row.district_id,
    organizationId: row.org_id,
    cycle: row.cycle,
    fiveStarPercent: Number(row.five_star_percent),
    fourStarPercent: Number(row.four_star_percent),
    threeStarPercent: Number(row.three_star_percent),
    reason: row.reason,
    setBy: row.set_by,
    setAt: row.set_at,
  };
}

/** Every policy ever set on the given organisations, oldest first (the history). */
export async function policiesOn(db: EntityManager, orgIds: readonly string[]): Promise<QuotaPolicyRecord[]> {
  const rows = await db.query(`SELECT ${columns} FROM rating.quota_policy WHERE org_id = ANY($1::uuid[]) ORDER BY set_at, id`, [onlyUuids(orgIds)]);
  return rows.map(toRecord);
}

export async function insertPolicy(db: EntityManager, record: Omit<QuotaPolicyRecord, 'setAt'>, now: Date): Promise<void> {
  await db.insert(QuotaPolicyEntity, {
    id: record.id,
    districtId: record.districtId,
    orgId: record.organizationId,
    cycle: record.cycle,
    fiveStarPercent: String(record.fiveStarPercent),
    fourStarPercent: String(record.fourStarPercent),
    threeStarPercent: String(record.threeStarPercent),
    reason: record.reason,
    setBy: record.setBy,
    setAt: now,
  });
}
