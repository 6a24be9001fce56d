import type { EntryFact, HonourLevel, Item, Period, RuleDocument, ScoreFacts } from '@jifen/rules';
import type { ScoringEntry } from '../entry/entry.storage';
import { ConditionRow, ExemptionRow, ScoringMemberRow } from './score-facts.storage';

/** What is known about one member over the cycle being scored. */
export interface MemberHistory {
  member: ScoringMemberRow;
  /** Accepted entries over the cycle, in the order they happened. */
  entries: readonly ScoringEntry[];
  /** Vote counts by period key. */
  votes: ReadonlyMap<string, Record<string, number>>;
  conditions: readonly ConditionRow[];
  exemption: ExemptionRow | null;
  previousGrades: readonly string[];
}

function itemsOf(doc: RuleDocument): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const component of doc.components) {
    for (const item of [...(component.items ?? []), ...(component.sections ?? []).flatMap((s) => s.items)])
      items.set(item.code, item);
  }
  return items;
}

/** Whether an accepted entry counts: a claim that no reversal has cancelled. */
export function counts(entry: ScoringEntry): boolean {
  return entry.kind === 'CLAIM' && !entry.reversed;
}

/** An accepted entry as the engine takes it; a discretionary item's points are the ones the committee set. */
function toFact(entry: ScoringEntry, item: Item): EntryFact {
  const fact: EntryFact = { id: entry.id, item: entry.itemCode, date: entry.occurredOn };
  if (entry.quantity !== null) fact.quantity = entry.quantity;
  if (entry.level !== null) fact.level = entry.level as HonourLevel;
  if (item.points.mode === 'DISCRETIONARY') fact.points = entry.awarded ?? entry.points ?? 0;
  if (entry.leading !== null) fact.leading = entry.leading;
  if (entry.contributors !== null) fact.contributors = entry.contributors;
  if (entry.matter !== null) fact.matter = entry.matter;
  return fact;
}

/**
 * The engine's facts for one member and period. Entries whose item the scheme in force no longer has
 * (a scheme revised mid-cycle) are left out and named in `dropped`.
 */
export function factsFor(
  doc: RuleDocument,
  period: Period,
  asOf: string,
  history: MemberHistory,
  yearKey: string,
): { facts: ScoreFacts; dropped: string[] } {
  const items = itemsOf(doc);
  const entries: EntryFact[] = [];
  const dropped: string[] = [];
  for (const entry of history.entries.filter(counts)) {
    const item = items.get(entry.itemCode);
    if (item) entries.push(toFact(entry, item));
    else dropped.push(entry.id);
  }
  const bands = new Set(doc.grading.bands.map((b) => b.code));
  const conditionCodes = new Set([...(doc.vetoes ?? []), ...(doc.directGrades ?? [])].map((c) => c.code));
  const facts: ScoreFacts = {
    period: period.key,
    asOf,
    memberKind: history.member.kind,
    entries,
    conditions: history.conditions
      .filter((c) => conditionCodes.has(c.code))
      .map((c) => ({ code: c.code, date: c.occurredOn, note: c.note })),
    previousGrades: history.previousGrades.filter((g) => bands.has(g)),
  };
  const votes = history.votes.get(period.key) ?? history.votes.get(yearKey);
  if (votes && doc.components.some((c) => c.kind === 'REVIEW')) facts.votes = votes;
  if (history.exemption)
    facts.exemption = {
      from: history.exemption.from,
      reason: history.exemption.reason,
      manualTotal: history.exemption.manualTotal,
    };
  return { facts, dropped };
}
