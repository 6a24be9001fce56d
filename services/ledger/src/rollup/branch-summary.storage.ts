import { EntityManager } from 'typeorm';

/**
 * Puts one transaction's score writes for these branches in order behind any other's: each branch's tally
 * row is locked (created when missing), in id order so that two transactions never wait on each other.
 * A branch's summary is rewritten from its scores after the lock, so it always sees every committed write.
 */
export async function lockBranches(db: EntityManager, branchIds: readonly string[]): Promise<void> {
  const ids = [...new Set(branchIds)].sort();
  for (const id of ids) {
    await db.query(
      `INSERT INTO ledger.branch_tally (branch_id, district_id)
       SELECT o.id, o.district_id FROM ledger.organization o WHERE o.id = $1
       ON CONFLICT (branch_id) DO UPDATE SET pending_reviews = ledger.branch_tally.pending_reviews`,
      [id],
    );
  }
}

/**
 * Rewrites the summaries of these (branch, period) pairs from the branches' period scores, in one statement,
 * each with a new revision (its scores changed, so the fingerprint of any scope holding it changes too).
 */
export async function refreshBranchSummaries(db: EntityManager, pairs: readonly { branchId: string; periodKey: string }[]): Promise<void> {
  const distinct = [...new Map(pairs.map((p) => [`${p.branchId}|${p.periodKey}`, p])).values()];
  if (distinct.length === 0) return;
  await db.query(
    `INSERT INTO ledger.branch_score_summary (branch_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count)
     SELECT p."branchId", p."periodKey", s.district_id, s.scored, s.exempt, s.total_sum, s.bands, s.grades, s.final_count
       FROM jsonb_to_recordset($1::jsonb) AS p("branchId" uuid, "periodKey" text)
      CROSS JOIN LATERAL ledger.branch_score_figures(p."branchId", p."periodKey") s
     ON CONFLICT (branch_id, period_key) DO UPDATE SET
       district_id = EXCLUDED.district_id, scored = EXCLUDED.scored, exempt = EXCLUDED.exempt, total_sum = EXCLUDED.total_sum,
       bands = EXCLUDED.bands, grades = EXCLUDED.grades, final_count = EXCLUDED.final_count,
       revision = nextval('ledger.score_revision')`,
    [JSON.stringify(distinct)],
  );
}

/**
 * Moves a branch's count of declarations awaiting first review by `delta` (a row is made on first use). The
 * proposed new row is never negative: PostgreSQL checks it against the constraint before it finds the conflict.
 */
export async function adjustPendingReviews(db: EntityManager, branchId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await db.query(
    `INSERT INTO ledger.branch_tally (branch_id, district_id, pending_reviews)
     SELECT o.id, o.district_id, greatest($2::int, 0) FROM ledger.organization o WHERE o.id = $1
     ON CONFLICT (branch_id) DO UPDATE SET pending_reviews = ledger.branch_tally.pending_reviews + $2::int`,
    [branchId, delta],
  );
}
