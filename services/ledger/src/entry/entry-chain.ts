import { createHash } from 'node:crypto';

/** The link before a branch's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: every field it was written with, in a fixed order. */
export interface ChainedContent {
  id: string;
  branchId: string;
  seq: number;
  kind: string;
  memberId: string;
  schemeVersionId: string;
  itemCode: string;
  itemLabel: string;
  occurredOn: string;
  quantity: number | null;
  level: string | null;
  points: number | null;
  leading: boolean | null;
  contributors: number | null;
  matter: string | null;
  note: string | null;
  evidenceIds: string[];
  reversesEntryId: string | null;
  reason: string | null;
  declaredBy: string;
  declaredByRole: string;
  recordedAt: string;
}

const tenths = (value: number | null) => (value === null ? null : Number(value).toFixed(1));

/** The canonical text of an entry: the same fields always give the same text, however they were read back. */
function canonicalEntry(entry: ChainedContent): string {
  return JSON.stringify([
    entry.id,
    entry.branchId,
    entry.seq,
    entry.kind,
    entry.memberId,
    entry.schemeVersionId,
    entry.itemCode,
    entry.itemLabel,
    entry.occurredOn,
    tenths(entry.quantity),
    entry.level,
    tenths(entry.points),
    entry.leading,
    entry.contributors,
    entry.matter,
    entry.note,
    [...entry.evidenceIds].sort(),
    entry.reversesEntryId,
    entry.reason,
    entry.declaredBy,
    entry.declaredByRole,
    entry.recordedAt,
  ]);
}

/** sha256 over the previous link and this entry's canonical text. */
export function linkHash(prevHash: string, entry: ChainedContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(entry)).digest('hex');
}

export interface StoredLink extends ChainedContent {
  prevHash: string;
  hash: string;
}

export interface BrokenLink {
  seq: number;
  entryId: string | null;
  problem: string;
}

/**
 * Walks a branch's entries in order and reports the first link that does not hold: a gap in the numbers,
 * a previous-hash that is not the last entry's hash, or a hash that does not match the entry's content.
 */
export function firstBrokenLink(
  links: readonly StoredLink[],
  chainHead: { lastSeq: number; lastHash: string } | null,
): BrokenLink | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const link of links) {
    if (link.seq !== expectedSeq)
      return { seq: expectedSeq, entryId: null, problem: `第 ${expectedSeq} 号记录缺失（下一条是第 ${link.seq} 号）` };
    if (link.prevHash !== prev)
      return {
        seq: link.seq,
        entryId: link.id,
        problem: `第 ${link.seq} 号记录所记的前一条哈希与第 ${link.seq - 1} 号记录不符`,
      };
    if (linkHash(prev, link) !== link.hash)
      return { seq: link.seq, entryId: link.id, problem: `第 ${link.seq} 号记录的内容与其哈希不符，记录可能被改动` };
    prev = link.hash;
    expectedSeq += 1;
  }
  if (chainHead && (chainHead.lastSeq !== expectedSeq - 1 || chainHead.lastHash !== prev)) {
    return {
      seq: chainHead.lastSeq,
      entryId: null,
      problem: `链尾记为第 ${chainHead.lastSeq} 号，但实际只有 ${expectedSeq - 1} 条完整记录，末尾记录可能被删除`,
    };
  }
  return null;
}
