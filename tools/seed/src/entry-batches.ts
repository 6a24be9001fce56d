/** Entries in batches for the ledger's batch calls (at most 1,000 entries a call). */
import { MemberEntry } from './branch-cycle';

const MAX_BATCH = 1000;

/** Entries grouped member by member into batches of at most 1,000 (a member's entries never split unless they alone exceed it). */
export function batchesOf(entries: readonly MemberEntry[], max = MAX_BATCH): MemberEntry[][] {
  const batches: MemberEntry[][] = [];
  let current: MemberEntry[] = [];
  let i = 0;
  while (i < entries.length) {
    let j = i;
    while (j < entries.length && entries[j].memberIndex === entries[i].memberIndex) j++;
    const member = entries.slice(i, j);
    if (current.length + member.length > max && current.length > 0) {
      batches.push(current);
      current = [];
    }
    for (let k = 0; k < member.length; k += max) {
      const part = member.slice(k, k + max);
      if (current.length + part.length > max) {
        batches.push(current);
        current = [];
      }
      current.push(...part);
    }
    i = j;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Entries in date order, in batches of at most `max` that span at most `maxDays` distinct days: the ledger asks the
 * scheme service which version was in force on each day of a batch, one field per day, so a batch of few days keeps
 * that question (and the scheme service's cache of questions) small.
 */
export function batchesByDate(entries: readonly MemberEntry[], maxDays: number, max = MAX_BATCH): MemberEntry[][] {
  const sorted = [...entries].sort((a, b) => a.draft.occurredOn.localeCompare(b.draft.occurredOn));
  const batches: MemberEntry[][] = [];
  let current: MemberEntry[] = [];
  let days = new Set<string>();
  for (const entry of sorted) {
    const day = entry.draft.occurredOn;
    if (current.length >= max || (!days.has(day) && days.size >= maxDays)) {
      batches.push(current);
      current = [];
      days = new Set();
    }
    current.push(entry);
    days.add(day);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
