/** Where an entry stands in the register's workflow, derived from the decisions recorded on it. */
export enum EntryState {
  DECLARED = 'DECLARED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  CONFIRMED = 'CONFIRMED',
  PUBLISHED = 'PUBLISHED',
  FINAL = 'FINAL',
  REVERSED = 'REVERSED',
}

export const entryStateLabel: Record<EntryState, string> = {
  DECLARED: '已申报',
  ACCEPTED: '已初评',
  REJECTED: '未通过',
  CONFIRMED: '已评定',
  PUBLISHED: '公示中',
  FINAL: '已确认',
  REVERSED: '已冲正',
};

export enum EntryKind {
  CLAIM = 'CLAIM',
  REVERSAL = 'REVERSAL',
}

export interface EntryStateFacts {
  reversed: boolean;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  assemblyId: string | null;
  windowStatus: 'OPEN' | 'CLOSED' | null;
}

/** The state of an entry from the rows about it: a reversal overrides everything, then review, assembly and publicity. */
export function entryStateOf(facts: EntryStateFacts): EntryState {
  if (facts.reversed) return EntryState.REVERSED;
  if (facts.decision === null) return EntryState.DECLARED;
  if (facts.decision === 'REJECTED') return EntryState.REJECTED;
  if (facts.assemblyId === null) return EntryState.ACCEPTED;
  if (facts.windowStatus === null) return EntryState.CONFIRMED;
  return facts.windowStatus === 'OPEN' ? EntryState.PUBLISHED : EntryState.FINAL;
}
