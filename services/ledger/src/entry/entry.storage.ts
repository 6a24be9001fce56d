import { onlyUuids } from '@jifen/kit';
import { actorNameSql, queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { adjustPendingReviews } from '../rollup/branch-summary.storage';
import { ChainedContent, firstBrokenLink, GENESIS_HASH, linkHash, StoredLink, BrokenLink } from './entry-chain';
import { EntryKind, EntryState, entryStateOf } from './entry-state';

/** An entry as written, before it has its place in the branch's chain. */
export type EntryDraft = Omit<ChainedContent, 'seq' | 'recordedAt'>;

export interface ReviewRecord {
  decision: 'ACCEPTED' | 'REJECTED';
  /** What the entry is worth on its own, signed as the register shows it. */
  points: number | null;
  /** The points the committee set for a discretionary item (before any multiplier or sharing). */
  awarded: number | null;
  reason: string | null;
  reviewedBy: string;
  /** Who reviewed, as they were named then (kit actor-names). */
  reviewedByName: string;
  reviewedAt: string;
}

/** An entry with the decisions recorded on it. */
export interface EntryRecord extends ChainedContent {
  districtId: string;
  /** Who declared, as they were named then (kit actor-names). */
  declaredByName: string;
  hash: string;
  review: ReviewRecord | null;
  reversedBy: string | null;
  assemblyId: string | null;
  windowId: string | null;
  state: EntryState;
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

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

/** An entry with its review, the reversal that cancelled it, its assembly and the window that published it. */
const entryJoins = `
    FROM ledger.entry e
    LEFT JOIN ledger.entry_review r ON r.entry_id = e.id
    LEFT JOIN ledger.entry rv ON rv.reverses_entry_id = e.id
    LEFT JOIN ledger.assembly_entry ae ON ae.entry_id = e.id
    LEFT JOIN ledger.publicity_window w ON w.assembly_id = ae.assembly_id`;

const entrySelect = `
  SELECT e.id, e.district_id, e.branch_id, e.seq, e.prev_hash, e.hash, e.kind, e.member_id, e.scheme_version_id, e.item_code, e.item_label,
         to_char(e.occurred_on, 'YYYY-MM-DD') AS occurred_on, e.quantity, e.level, e.points, e.is_leading AS leading, e.contributors, e.matter, e.note,
         e.evidence_ids::text[] AS evidence_ids, e.reverses_entry_id, e.reason, e.declared_by, e.declared_by_role, e.recorded_at,
         r.decision, r.points AS review_points, r.awarded AS review_awarded, r.reason AS review_reason, r.reviewed_by, r.reviewed_at,
         rv.id AS reversed_by, ae.assembly_id, w.id AS window_id, w.status AS window_status${entryJoins}`;

/** Who declared and who reviewed, as they were named then, over a row of `entrySelect` called `alias`. */
const namesOf = (
  alias: string,
) => `${actorNameSql('ledger', `${alias}.declared_by`, `${alias}.recorded_at`)} AS declared_by_name,
  ${actorNameSql('ledger', `${alias}.reviewed_by`, `${alias}.reviewed_at`)} AS reviewed_by_name`;

function toLink(row: Record<string, any>): StoredLink {
  return {
    id: row.id,
    branchId: row.branch_id,
    seq: Number(row.seq),
    kind: row.kind,
    memberId: row.member_id,
    schemeVersionId: row.scheme_version_id,
    itemCode: row.item_code,
    itemLabel: row.item_label,
    occurredOn: row.occurred_on,
    quantity: num(row.quantity),
    level: row.level,
    points: num(row.points),
    leading: row.leading,
    contributors: row.contributors,
    matter: row.matter,
    note: row.note,
    evidenceIds: row.evidence_ids ?? [],
    reversesEntryId: row.reverses_entry_id,
    reason: row.reason,
    declaredBy: row.declared_by,
    declaredByRole: row.declared_by_role,
    recordedAt: new Date(row.recorded_at).toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function toRecord(row: Record<string, any>): EntryRecord {
  const review: ReviewRecord | null = row.decision
    ? {
        decision: row.decision,
        points: num(row.review_points),
        awarded: num(row.review_awarded),
        reason: row.review_reason,
        reviewedBy: row.reviewed_by,
        reviewedByName: row.reviewed_by_name,
        reviewedAt: new Date(row.reviewed_at).toISOString(),
      }
    : null;
  const { prevHash: _prev, ...link } = toLink(row);
  void _prev;
  return {
    ...link,
    districtId: row.district_id,
    declaredByName: row.declared_by_name,
    review,
    reversedBy: row.reversed_by,
    assemblyId: row.assembly_id,
    windowId: row.window_id,
    state: entryStateOf({
      reversed: row.reversed_by !== null,
      decision: review?.decision ?? null,
      assemblyId: row.assembly_id,
      windowStatus: row.window_status,
    }),
  };
}

/** Entries by id, limited to the caller's scope (the branch's path) and, for a member, to their own (`onlyMemberId`). */
export async function findEntries(
  db: EntityManager,
  ids: readonly string[],
  scopePath: string | null,
  onlyMemberId: string | null = null,
): Promise<EntryRecord[]> {
  const rows = await db.query(
    `SELECT s.*, ${namesOf('s')} FROM (${entrySelect} JOIN ledger.organization o ON o.id = e.branch_id
      WHERE e.id = ANY($1::uuid[]) AND ($2::ltree IS NULL OR o.path <@ $2::ltree) AND ($3::uuid IS NULL OR e.member_id = $3::uuid)) s`,
    [onlyUuids(ids), scopePath, onlyMemberId],
  );
  return rows.map(toRecord);
}

/**
 * The members' accepted entries dated within [from, to], in the order they happened, through the same joins as
 * every other entry read but with only what scoring counts with: a batch rescores members with dozens of entries
 * each, and the chain, the people and the times (parsed and copied for every row) were most of its cost.
 */
export async function acceptedEntriesOf(
  db: EntityManager,
  memberIds: readonly string[],
  from: string,
  to: string,
): Promise<ScoringEntry[]> {
  const rows: Record<string, any>[] = await queryPrepared(
    db,
    `SELECT e.id, e.member_id, e.kind, e.item_code, to_char(e.occurred_on, 'YYYY-MM-DD') AS occurred_on, e.quantity, e.level, e.points,
            e.is_leading, e.contributors, e.matter, r.awarded, rv.id IS NOT NULL AS reversed, w.id AS window_id${entryJoins}
      WHERE e.member_id = ANY($1::uuid[]) AND e.occurred_on BETWEEN $2 AND $3 AND r.decision = 'ACCEPTED'
      ORDER BY e.occurred_on, e.seq`,
    [onlyUuids(memberIds), from, to],
  );
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    kind: r.kind,
    itemCode: r.item_code,
    occurredOn: r.occurred_on,
    quantity: num(r.quantity),
    level: r.level,
    points: num(r.points),
    leading: r.is_leading,
    contributors: r.contributors,
    matter: r.matter,
    awarded: num(r.awarded),
    reversed: r.reversed,
    windowId: r.window_id,
  }));
}

/**
 * An accepted entry as scoring needs it (what it counts for, whether a reversal cancelled it, the window that
 * published it): nothing of the chain, the people or the times, which scoring never reads.
 */
export interface ScoringEntry extends Pick<
  ChainedContent,
  | 'id'
  | 'memberId'
  | 'itemCode'
  | 'occurredOn'
  | 'quantity'
  | 'level'
  | 'points'
  | 'leading'
  | 'contributors'
  | 'matter'
> {
  kind: 'CLAIM' | 'REVERSAL';
  /** The points the committee set for a discretionary item. */
  awarded: number | null;
  reversed: boolean;
  windowId: string | null;
}

export interface EntryFilter {
  memberIds?: readonly string[] | null;
  /** A member's own id (see `memberLimit`): only their entries, whatever else is asked. */
  onlyMemberId?: string | null;
  states?: readonly EntryState[] | null;
  from?: string | null;
  to?: string | null;
  first: number;
  offset: number;
}

/** A page of the entries under a node (newest first) with the total matching, in one statement. */
export async function pageEntries(
  db: EntityManager,
  nodePath: string | null,
  filter: EntryFilter,
): Promise<{ items: EntryRecord[]; total: number }> {
  const rows: Record<string, any>[] = await db.query(
    `WITH matching AS (
       SELECT * FROM (${entrySelect} JOIN ledger.organization o ON o.id = e.branch_id
        WHERE ($1::ltree IS NULL OR o.path <@ $1::ltree) AND ($2::uuid[] IS NULL OR e.member_id = ANY($2::uuid[])) AND ($8::uuid IS NULL OR e.member_id = $8::uuid)
          AND ($3::date IS NULL OR e.occurred_on >= $3) AND ($4::date IS NULL OR e.occurred_on <= $4)) s
       WHERE $5::text[] IS NULL OR (CASE
         WHEN s.reversed_by IS NOT NULL THEN 'REVERSED' WHEN s.decision IS NULL THEN 'DECLARED' WHEN s.decision = 'REJECTED' THEN 'REJECTED'
         WHEN s.assembly_id IS NULL THEN 'ACCEPTED' WHEN s.window_id IS NULL THEN 'CONFIRMED' WHEN s.window_status = 'OPEN' THEN 'PUBLISHED' ELSE 'FINAL' END) = ANY($5::text[]))
     SELECT (SELECT count(*)::int FROM matching) AS total, p.*, ${namesOf('p')} FROM (SELECT * FROM matching ORDER BY occurred_on DESC, seq DESC LIMIT $6 OFFSET $7) p
     RIGHT JOIN (SELECT 1) one ON TRUE`,
    [
      nodePath,
      filter.memberIds ? onlyUuids(filter.memberIds) : null,
      filter.from ?? null,
      filter.to ?? null,
      filter.states ?? null,
      filter.first,
      filter.offset,
      filter.onlyMemberId ?? null,
    ],
  );
  return { total: rows[0]?.total ?? 0, items: rows.filter((row) => row.id).map(toRecord) };
}

/** Declared entries of a branch within [from, to] that nobody has reviewed yet (and that are not withdrawn). */
export async function countUnreviewed(db: EntityManager, branchId: string, from: string, to: string): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM ledger.entry e
      WHERE e.branch_id = $1 AND e.kind = '${EntryKind.CLAIM}' AND e.occurred_on BETWEEN $2 AND $3
        AND NOT EXISTS (SELECT 1 FROM ledger.entry_review r WHERE r.entry_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM ledger.entry x WHERE x.reverses_entry_id = e.id)`,
    [branchId, from, to],
  );
  return row.n;
}

/** Walks a branch's whole chain in order and reports the first broken link. */
export async function verifyChain(
  db: EntityManager,
  branchId: string,
): Promise<{ checked: number; broken: BrokenLink | null }> {
  const rows = await db.query(`${entrySelect} WHERE e.branch_id = $1 ORDER BY e.seq`, [branchId]);
  const [head] = await queryPrepared(db, `SELECT last_seq, last_hash FROM ledger.entry_chain WHERE branch_id = $1`, [
    branchId,
  ]);
  const links = rows.map(toLink);
  return {
    checked: links.length,
    broken: firstBrokenLink(links, head ? { lastSeq: Number(head.last_seq), lastHash: head.last_hash } : null),
  };
}

/** How many entries (of any kind and state) the branch's register holds dated in [from, to]. */
export async function countEntriesDated(
  db: EntityManager,
  branchId: string,
  from: string,
  to: string,
): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM ledger.entry e WHERE e.branch_id = $1 AND e.occurred_on BETWEEN $2 AND $3`,
    [branchId, from, to],
  );
  return row.n;
}
