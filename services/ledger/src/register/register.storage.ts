import { onlyUuids } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { sqlDay, sqlInstant } from '../sql-format';
import type { PublicityEntrant } from './publicity-board';

export interface AssemblyRecord {
  id: string;
  districtId: string;
  branchId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  meetingOn: string;
  attendeeIds: string[];
  eligibleCount: number;
  entryCount: number;
  note: string | null;
  confirmedBy: string;
  confirmedAt: string;
}

export interface WindowRecord {
  id: string;
  districtId: string;
  branchId: string;
  assemblyId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  startsOn: string;
  endsOn: string;
  status: 'OPEN' | 'CLOSED';
  publishedBy: string;
  publishedAt: string;
  closedBy: string | null;
  closedAt: string | null;
}

const assemblyColumns = `a.id, a.district_id AS "districtId", a.branch_id AS "branchId", a.period_key AS "periodKey", ${sqlDay('a.period_start', 'periodStart')},
  ${sqlDay('a.period_end', 'periodEnd')}, ${sqlDay('a.meeting_on', 'meetingOn')}, a.attendee_ids::text[] AS "attendeeIds", a.eligible_count AS "eligibleCount",
  (SELECT count(*)::int FROM ledger.assembly_entry ae WHERE ae.assembly_id = a.id) AS "entryCount", a.note, a.confirmed_by AS "confirmedBy",
  ${sqlInstant('a.confirmed_at', 'confirmedAt')}`;

const windowColumns = `w.id, w.district_id AS "districtId", w.branch_id AS "branchId", w.assembly_id AS "assemblyId", w.period_key AS "periodKey",
  ${sqlDay('w.period_start', 'periodStart')}, ${sqlDay('w.period_end', 'periodEnd')}, ${sqlDay('w.starts_on', 'startsOn')}, ${sqlDay('w.ends_on', 'endsOn')},
  w.status, w.published_by AS "publishedBy", ${sqlInstant('w.published_at', 'publishedAt')}, w.closed_by AS "closedBy", ${sqlInstant('w.closed_at', 'closedAt')}`;

export async function insertAssembly(
  db: EntityManager,
  record: AssemblyRecord,
  entryIds: readonly string[],
): Promise<void> {
  await db.query(
    `INSERT INTO ledger.assembly (id, district_id, branch_id, period_key, period_start, period_end, meeting_on, attendee_ids, eligible_count, note, confirmed_by, confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11, $12)`,
    [
      record.id,
      record.districtId,
      record.branchId,
      record.periodKey,
      record.periodStart,
      record.periodEnd,
      record.meetingOn,
      record.attendeeIds,
      record.eligibleCount,
      record.note,
      record.confirmedBy,
      record.confirmedAt,
    ],
  );
  if (entryIds.length > 0) {
    await db.query(`INSERT INTO ledger.assembly_entry (entry_id, assembly_id) SELECT unnest($1::uuid[]), $2`, [
      entryIds,
      record.id,
    ]);
  }
}

/** Reviewed entries of a branch dated within [from, to] that no assembly has confirmed yet; locks the chain head so none slips in meanwhile. */
export async function entriesAwaitingAssembly(
  db: EntityManager,
  branchId: string,
  from: string,
  to: string,
): Promise<string[]> {
  await db.query(`SELECT 1 FROM ledger.entry_chain WHERE branch_id = $1 FOR UPDATE`, [branchId]);
  const rows: { id: string }[] = await db.query(
    `SELECT e.id FROM ledger.entry e JOIN ledger.entry_review r ON r.entry_id = e.id
      WHERE e.branch_id = $1 AND e.occurred_on BETWEEN $2 AND $3
        AND NOT EXISTS (SELECT 1 FROM ledger.assembly_entry ae WHERE ae.entry_id = e.id)
      ORDER BY e.seq`,
    [branchId, from, to],
  );
  return rows.map((r) => r.id);
}

/** Full members and probationary members on the branch's roster: who may attend the assembly (full members vote). */
export async function assemblyRoster(db: EntityManager, branchPath: string): Promise<{ id: string; kind: string }[]> {
  return db.query(
    `SELECT id, kind FROM ledger.member WHERE org_path <@ $1::ltree AND status <> 'TRANSFERRED_OUT' AND kind <> 'ACTIVIST'`,
    [branchPath],
  );
}

export async function findAssemblies(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
): Promise<AssemblyRecord[]> {
  return db.query(
    `SELECT ${assemblyColumns} FROM ledger.assembly a JOIN ledger.organization o ON o.id = a.branch_id
      WHERE a.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree)${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [onlyUuids(ids), scopePath],
  );
}

export async function assembliesOfBranches(db: EntityManager, branchIds: readonly string[]): Promise<AssemblyRecord[]> {
  return db.query(
    `SELECT ${assemblyColumns} FROM ledger.assembly a WHERE a.branch_id = ANY($1::uuid[]) ORDER BY a.period_start DESC, a.meeting_on DESC`,
    [onlyUuids(branchIds)],
  );
}

export async function insertWindow(db: EntityManager, record: WindowRecord): Promise<void> {
  await db.query(
    `INSERT INTO ledger.publicity_window (id, district_id, branch_id, assembly_id, period_key, period_start, period_end, starts_on, ends_on, status, published_by, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      record.id,
      record.districtId,
      record.branchId,
      record.assemblyId,
      record.periodKey,
      record.periodStart,
      record.periodEnd,
      record.startsOn,
      record.endsOn,
      record.status,
      record.publishedBy,
      record.publishedAt,
    ],
  );
}

export async function closeWindow(db: EntityManager, id: string, by: string, at: string): Promise<void> {
  await db.query(`UPDATE ledger.publicity_window SET status = 'CLOSED', closed_by = $2, closed_at = $3 WHERE id = $1`, [
    id,
    by,
    at,
  ]);
}

export async function findWindows(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  forUpdate = false,
): Promise<WindowRecord[]> {
  return db.query(
    `SELECT ${windowColumns} FROM ledger.publicity_window w JOIN ledger.organization o ON o.id = w.branch_id
      WHERE w.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree)${forUpdate ? ' FOR UPDATE OF w' : ''}`,
    [onlyUuids(ids), scopePath],
  );
}

export async function windowsOfBranches(db: EntityManager, branchIds: readonly string[]): Promise<WindowRecord[]> {
  return db.query(
    `SELECT ${windowColumns} FROM ledger.publicity_window w WHERE w.branch_id = ANY($1::uuid[]) ORDER BY w.starts_on DESC`,
    [onlyUuids(branchIds)],
  );
}

/** Everyone with a score for the branch's period, with their name, for the publicity list (one statement). */
export async function publicityEntrants(
  db: EntityManager,
  branchId: string,
  periodKey: string,
): Promise<PublicityEntrant[]> {
  const rows: {
    member_id: string;
    name: string;
    status: 'SCORED' | 'EXEMPT';
    total: string | null;
    grade_name: string | null;
  }[] = await db.query(
    `SELECT ps.member_id, m.name, ps.status, ps.total, ps.grade_name
         FROM ledger.period_score ps JOIN ledger.member m ON m.id = ps.member_id
        WHERE ps.branch_id = $1 AND ps.period_key = $2
        ORDER BY ps.total DESC NULLS LAST, m.member_no`,
    [onlyUuids([branchId])[0] ?? null, periodKey],
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    name: r.name,
    status: r.status,
    total: r.total === null ? null : Number(r.total),
    gradeName: r.grade_name,
  }));
}
