import { beijingDayStart } from '../../../lib/beijing-time';
import { operationLabel, OutcomeGroup, outcomeLabel } from './audit-labels';

export interface AuditEventLike {
  at: string;
  subjectName: string;
  kind: string;
  operation: string;
  outcome: string;
}

/** The filters a person sets: who (by name), what (in Chinese), the Beijing days, how it ended. Empty: all. */
export interface AuditFilter {
  who?: string | null;
  what?: string | null;
  days?: [string, string] | null;
  outcome?: OutcomeGroup | null;
}

/** The `before` the log is read from for the chosen days: the start of the day after the last (else now). */
export function untilOf(filter: AuditFilter): string | null {
  return filter.days ? beijingDayStart(filter.days[1], 1) : null;
}

/** Whether the entries read so far reach back past the first chosen day (no need to read further). */
export function reachedStart(filter: AuditFilter, oldestRead: string | undefined): boolean {
  return Boolean(filter.days && oldestRead && Date.parse(oldestRead) < Date.parse(beijingDayStart(filter.days[0])));
}

/** The entries that pass the filters, in their order. */
export function filterAudit<T extends AuditEventLike>(events: readonly T[], filter: AuditFilter): T[] {
  const from = filter.days ? Date.parse(beijingDayStart(filter.days[0])) : null;
  const until = filter.days ? Date.parse(beijingDayStart(filter.days[1], 1)) : null;
  return events.filter((event) => {
    const at = Date.parse(event.at);
    if (from !== null && at < from) return false;
    if (until !== null && at >= until) return false;
    if (filter.who && event.subjectName !== filter.who) return false;
    if (filter.what && operationLabel(event.kind, event.operation) !== filter.what) return false;
    if (filter.outcome && outcomeLabel(event.outcome).group !== filter.outcome) return false;
    return true;
  });
}

/** The distinct values of a field over the entries read, sorted, for a filter's choices. */
export function choicesOf<T extends AuditEventLike>(events: readonly T[], pick: (event: T) => string): string[] {
  return [...new Set(events.map(pick))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
