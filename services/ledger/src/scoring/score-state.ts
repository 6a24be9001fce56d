import { addDays } from '@jifen/rules';

/** How settled a member's period score is. */
export enum ScoreState {
  /** Entries are still being declared, reviewed or confirmed. */
  PROVISIONAL = 'PROVISIONAL',
  /** Published for the whole period; the publicity window is running. */
  PUBLISHED = 'PUBLISHED',
  /** An objection (or an appeal) about this member is open: the score waits for its answer. */
  HELD = 'HELD',
  /** Publicity over for the whole period, every entry published, nothing open: filed upward. */
  FINAL = 'FINAL',
}

export const scoreStateLabel: Record<ScoreState, string> = {
  PROVISIONAL: '暂定',
  PUBLISHED: '公示中',
  HELD: '异议处理中',
  FINAL: '已确认',
};

export interface WindowSpan {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: 'OPEN' | 'CLOSED';
}

export interface ScoreStateFacts {
  period: { start: string; end: string };
  /** The branch's publicity windows whose period overlaps this one. */
  windows: readonly WindowSpan[];
  /** Windows in which this member has an open objection or appeal. */
  heldBy: readonly string[];
  /** Whether every reviewed entry of the member dated in the period is in a published batch, and which window's. */
  entryWindows: readonly (string | null)[];
}

/** Whether the windows' periods together cover [start, end] without a gap. */
function covers(windows: readonly WindowSpan[], start: string, end: string): boolean {
  let reached = start;
  for (const w of [...windows].sort((a, b) => a.periodStart.localeCompare(b.periodStart))) {
    if (w.periodStart > reached) return false;
    if (w.periodEnd >= reached) reached = addDays(w.periodEnd, 1);
    if (reached > end) return true;
  }
  return reached > end;
}

/**
 * A member's period score is HELD while an objection about them is open in a window over the period;
 * FINAL when closed windows cover the whole period and every entry of theirs in it was published in one;
 * PUBLISHED when windows cover the period and every entry was published, some window still running;
 * otherwise PROVISIONAL.
 */
export function scoreStateOf(facts: ScoreStateFacts): ScoreState {
  const overlapping = facts.windows.filter(
    (w) => w.periodStart <= facts.period.end && w.periodEnd >= facts.period.start,
  );
  if (overlapping.some((w) => facts.heldBy.includes(w.id))) return ScoreState.HELD;
  const published = new Set(overlapping.map((w) => w.id));
  const allEntriesPublished = facts.entryWindows.every((id) => id !== null && published.has(id));
  if (!allEntriesPublished || !covers(overlapping, facts.period.start, facts.period.end)) return ScoreState.PROVISIONAL;
  return overlapping.every((w) => w.status === 'CLOSED') ? ScoreState.FINAL : ScoreState.PUBLISHED;
}
