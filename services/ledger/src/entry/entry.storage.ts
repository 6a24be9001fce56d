import { onlyUuids } from '@jifen/kit';
import { actorNameSql, queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { ChainedContent, firstBrokenLink, StoredLink, BrokenLink } from './entry-chain';
import { EntryKind, EntryState, entryStateOf } from './entry-state';

// The register's reads: entries by id, by page, counted, for scoring, and the chain verified (writes: entry-write.storage.ts).

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
