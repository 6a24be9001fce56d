import { Client } from 'pg';
import { BenchTarget } from './scenarios';
import type { EntryShape } from './writes';

/** The smallest district the benchmark accepts as M scale (M is 30,000 members). */
export const MIN_MEMBERS = 20_000;

/**
 * Finds what to measure in the database: the district with the most members and a confirmed rating run, the
 * period of its confirmed run that rated the most members, and its largest branch (a full page of 50 and more). Null when no such district exists.
 */
export async function findTarget(client: Client, today: string): Promise<BenchTarget | null> {
  const { rows: districts } = await client.query(
    `SELECT d.id, d.path::text AS path, d.name, count(m.id)::int AS members
       FROM ledger.organization d JOIN ledger.member m ON m.district_id = d.id AND m.status <> 'TRANSFERRED_OUT'
      WHERE d.level = 'DISTRICT' GROUP BY d.id ORDER BY members DESC LIMIT 1`,
  );
  const district = districts[0];
  if (!district) return null;
  const { rows: runs } = await client.query(
    `SELECT run.period_key FROM rating.rating_run run WHERE run.org_id = $1 AND run.status = 'CONFIRMED'
      ORDER BY (SELECT count(*) FROM rating.rating_result x WHERE x.run_id = run.id AND x.status = 'RATED') DESC, run.period_key DESC LIMIT 1`,
    [district.id],
  );
  if (!runs[0]) return null;
  const { rows: branches } = await client.query(
    `SELECT b.id, b.path::text AS path, count(m.id)::int AS members
       FROM ledger.organization b JOIN ledger.member m ON m.org_path <@ b.path AND m.status <> 'TRANSFERRED_OUT'
      WHERE b.level = 'BRANCH' AND b.path <@ $1::ltree GROUP BY b.id ORDER BY members DESC, b.id LIMIT 1`,
    [district.path],
  );
  return {
    districtId: district.id,
    districtPath: district.path,
    districtName: district.name,
    members: district.members,
    period: runs[0].period_key,
    branchId: branches[0].id,
    branchPath: branches[0].path,
    branchMembers: branches[0].members,
    today,
  };
}

/**
 * Branches of the district with their members, for recording entries: of those with 40 members and more, the ones
 * with the fewest entries dated from `since` on (so that every run records into a history like the first run's
 * instead of piling onto the same branches), largest first.
 */
export async function branchesWithMembers(
  client: Client,
  districtPath: string,
  count: number,
  since: string,
): Promise<{ id: string; path: string; memberIds: string[] }[]> {
  const { rows } = await client.query(
    `SELECT b.id, b.path::text AS path, array_agg(m.id ORDER BY m.member_no) AS member_ids,
            (SELECT count(*) FROM ledger.entry e WHERE e.branch_id = b.id AND e.occurred_on >= $3::date) AS recent
       FROM ledger.organization b JOIN ledger.member m ON m.org_path <@ b.path AND m.status = 'ACTIVE'
      WHERE b.level = 'BRANCH' AND b.path <@ $1::ltree
      GROUP BY b.id HAVING count(m.id) >= 40 ORDER BY recent, count(m.id) DESC, b.id LIMIT $2`,
    [districtPath, count, since],
  );
  return rows.map((r) => ({ id: r.id, path: r.path, memberIds: r.member_ids }));
}

/** Shapes of entries a branch has recorded (one per item), to record more like them on another day. */
export async function entryShapes(client: Client, branchId: string): Promise<EntryShape[]> {
  const { rows } = await client.query(
    `SELECT DISTINCT ON (e.item_code) e.item_code AS item, e.quantity, e.level, e.points, e.is_leading AS leading, e.contributors, e.matter
       FROM ledger.entry e JOIN ledger.entry_review r ON r.entry_id = e.id AND r.decision = 'ACCEPTED'
      WHERE e.branch_id = $1 AND e.kind = 'CLAIM'
      ORDER BY e.item_code, e.recorded_at DESC`,
    [branchId],
  );
  return rows.map(
    (r) =>
      Object.fromEntries(
        Object.entries({
          ...r,
          quantity: r.quantity === null ? null : Number(r.quantity),
          points: r.points === null ? null : Number(r.points),
        }).filter(([, v]) => v !== null),
      ) as EntryShape,
  );
}
