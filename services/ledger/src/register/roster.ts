import { EntityManager } from 'typeorm';
import { RosterMember } from '../import';
import { BranchRef } from '../scoring/score-keeper';

/** The branch's roster (its groups' members too) as an import matches rows against it. */
export async function rosterOf(db: EntityManager, branch: BranchRef): Promise<RosterMember[]> {
  const rows: { id: string; member_no: string; name: string; status: string }[] = await db.query(
    `SELECT id, member_no, name, status FROM ledger.member WHERE org_path <@ $1::ltree ORDER BY member_no`,
    [branch.path],
  );
  return rows.map((row) => ({ id: row.id, memberNo: row.member_no, name: row.name, active: row.status === 'ACTIVE' }));
}
