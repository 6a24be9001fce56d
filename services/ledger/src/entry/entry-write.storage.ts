import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { adjustPendingReviews } from '../rollup/branch-summary.storage';
import { ChainedContent, GENESIS_HASH, linkHash, StoredLink } from './entry-chain';
import { EntryKind } from './entry-state';
import { ReviewRecord } from './entry.storage';

// The register's writes: entries appended to a branch's hash chain, and the reviews recorded on them (reads: entry.storage.ts).

/** An entry as written, before it has its place in the branch's chain. */
export type EntryDraft = Omit<ChainedContent, 'seq' | 'recordedAt'>;

/**
 * Appends entries to a branch's chain: the chain head is locked, each entry gets the next number and a hash
 * over the previous one, and all are inserted in one statement.
 */
export async function appendEntries(
  db: EntityManager,
  districtId: string,
  branchId: string,
  drafts: readonly EntryDraft[],
  now: Date,
): Promise<StoredLink[]> {
  if (drafts.length === 0) return [];
  await queryPrepared(
    db,
    `INSERT INTO ledger.entry_chain (branch_id, last_seq, last_hash) VALUES ($1, 0, $2) ON CONFLICT (branch_id) DO NOTHING`,
    [branchId, GENESIS_HASH],
  );
  const [head] = await queryPrepared(
    db,
    `SELECT last_seq, last_hash FROM ledger.entry_chain WHERE branch_id = $1 FOR UPDATE`,
    [branchId],
  );
  let seq = Number(head.last_seq);
  let prev: string = head.last_hash;
  const recordedAt = now.toISOString();
  const links: StoredLink[] = drafts.map((draft) => {
    seq += 1;
    const content: ChainedContent = { ...draft, seq, recordedAt };
    const hash = linkHash(prev, content);
    const link = { ...content, prevHash: prev, hash };
    prev = hash;
    return link;
  });
  await queryPrepared(
    db,
    `INSERT INTO ledger.entry (id, district_id, branch_id, seq, prev_hash, hash, kind, member_id, scheme_version_id, item_code, item_label,
                               occurred_on, quantity, level, points, is_leading, contributors, matter, note, evidence_ids, reverses_entry_id,
                               reason, declared_by, declared_by_role, recorded_at)
     SELECT x.id, $2, x."branchId", x.seq, x."prevHash", x.hash, x.kind, x."memberId", x."schemeVersionId", x."itemCode", x."itemLabel",
            x."occurredOn", x.quantity, x.level, x.points, x."leading", x.contributors, x.matter, x.note,
            ARRAY(SELECT jsonb_array_elements_text(x."evidenceIds"))::uuid[], x."reversesEntryId", x.reason, x."declaredBy", x."declaredByRole", x."recordedAt"
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "branchId" uuid, seq bigint, "prevHash" text, hash text, kind text, "memberId" uuid,
            "schemeVersionId" uuid, "itemCode" text, "itemLabel" text, "occurredOn" date, quantity numeric, level text, points numeric, "leading" boolean,
            contributors integer, matter text, note text, "evidenceIds" jsonb, "reversesEntryId" uuid, reason text, "declaredBy" text,
            "declaredByRole" text, "recordedAt" timestamptz)`,
    [JSON.stringify(links), districtId],
  );
  await queryPrepared(db, `UPDATE ledger.entry_chain SET last_seq = $2, last_hash = $3 WHERE branch_id = $1`, [
    branchId,
    seq,
    prev,
  ]);
  // A declaration awaits first review; a reversal of one that never got it takes it off the list.
  const reversed = drafts.filter((d) => d.kind === EntryKind.REVERSAL).map((d) => d.reversesEntryId);
  const [{ unreviewed }] =
    reversed.length === 0
      ? [{ unreviewed: 0 }]
      : await db.query(
          `SELECT count(*)::int AS unreviewed FROM ledger.entry e WHERE e.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM ledger.entry_review r WHERE r.entry_id = e.id)`,
          [reversed],
        );
  await adjustPendingReviews(db, branchId, drafts.filter((d) => d.kind === EntryKind.CLAIM).length - unreviewed);
  return links;
}

/** Records review decisions (one per entry: the primary key refuses a second). */
export async function insertReviews(
  db: EntityManager,
  districtId: string,
  branchId: string,
  reviews: readonly ({ entryId: string } & ReviewRecord)[],
): Promise<void> {
  if (reviews.length === 0) return;
  await queryPrepared(
    db,
    `INSERT INTO ledger.entry_review (entry_id, district_id, branch_id, decision, points, awarded, reason, reviewed_by, reviewed_at)
     SELECT x."entryId", $2, $3, x.decision, x.points, x.awarded, x.reason, x."reviewedBy", x."reviewedAt"
       FROM jsonb_to_recordset($1::jsonb) AS x("entryId" uuid, decision text, points numeric, awarded numeric, reason text, "reviewedBy" text, "reviewedAt" timestamptz)`,
    [JSON.stringify(reviews), districtId, branchId],
  );
  // Reviews of declarations take them off the list awaiting review (a reversal's own review is not one).
  const [{ claims }] = await queryPrepared(
    db,
    `SELECT count(*)::int AS claims FROM ledger.entry WHERE id = ANY($1::uuid[]) AND kind = 'CLAIM'`,
    [reviews.map((r) => r.entryId)],
  );
  await adjustPendingReviews(db, branchId, -claims);
}
