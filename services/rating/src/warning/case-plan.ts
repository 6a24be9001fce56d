import { DISPOSAL_CONSEQUENCE_CODES, OPEN_STATUSES, WarningCaseStatus, WarningTrigger } from './warning-rules';

/**
 * What a confirmed rating run does to warning and disposal cases, pure (the run's service writes it in the confirming
 * transaction). For a run of period P (the period before it, of the same kind, is P′):
 * - a member's case still undecided whose last period is P′ (or P, when P is corrected) continues: the run records
 *   P, the member's total and the run on it (what the outcome follows), and a member triggered again in P (warned,
 *   or put in disposal) has P added to the case's periods: the same case, no second one. Its status stays where the
 *   branch's work has it; with a next total below 50 only ESCALATED remains possible. A later period's run (P+1) then
 *   records its own total, the case's last period being P;
 * - otherwise a member triggered in P gets a case of P: a dual warning (OPEN), or, when the result carries a disposal
 *   consequence, a case in the disposal stage (ESCALATED, trigger DISPOSAL_CONSEQUENCE; also when warned: one case);
 * - a corrected run of P (superseding the standing one) withdraws a case of P it no longer triggers, if undecided (a
 *   disposal case: no disposal step taken yet); a disposal case with steps taken is kept, with a history line saying
 *   the consequence is gone (the branch ends the procedure by archiving early with the reason); an undecided dual
 *   warning of P whose corrected result now carries a disposal consequence moves to the disposal stage; a disposal
 *   case of P with no step whose corrected result only warns becomes a dual warning afresh.
 */

export type CaseTrigger = `${WarningTrigger}`;

/** What the plan reads of a member's result in the run. */
export interface ResultFacts {
  memberId: string;
  memberKind: 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
  status: 'RATED' | 'EXEMPT' | 'NOT_GRADED';
  total: number | null;
  warning: 'SCORE_BELOW_50' | 'DIRECT_UNQUALIFIED' | null;
  consequences: readonly { code: string; label: string }[];
  /** The explanation's dual-warning line, if any. */
  warningLine: string | null;
}

/** What the plan reads of an existing case. */
export interface CaseFacts {
  id: string;
  memberId: string;
  periodKey: string;
  warnedPeriods: readonly string[];
  status: WarningCaseStatus;
  trigger: CaseTrigger;
  disposalStep: string | null;
  nextPeriodKey: string | null;
}

export interface CasePlanInput {
  periodKey: string;
  /** The period just before, of the same kind. */
  previousKey: string;
  results: readonly ResultFacts[];
  /** Members of the superseded run who are not in this one. */
  droppedMemberIds: readonly string[];
  /** The members' cases of the period, and their undecided cases whose last period is the previous one or this one. */
  cases: readonly CaseFacts[];
}

interface NextFigures {
  total: number;
  disposal: string | null;
}

export type CaseChange =
  | { kind: 'OPEN'; memberId: string; trigger: CaseTrigger; note: string }
  | { kind: 'UPGRADE'; caseId: string; note: string }
  | { kind: 'WITHDRAW'; caseId: string; note: string }
  | { kind: 'KEEP'; caseId: string; note: string }
  | {
      kind: 'NEXT';
      caseId: string;
      /** null: the member has no rated result in the period any more (the figures of this period are cleared). */
      next: NextFigures | null;
      warnedPeriods: string[];
      /** Whether the period was added to, or taken from, the case's periods. */
      warned: 'AGAIN' | 'NO_LONGER' | null;
      /** Whether figures of this period were recorded before (a correction clears them). */
      hadNext: boolean;
    };

/** The disposal consequences of a result (an activist has none: the procedure is for party members). */
function disposalConsequences(r: ResultFacts): { code: string; label: string }[] {
  if (r.memberKind === 'ACTIVIST') return [];
  return r.consequences.filter((c) => DISPOSAL_CONSEQUENCE_CODES.includes(c.code));
}

/** What a result triggers: a disposal case, a dual warning, or nothing. */
export function triggerOf(r: ResultFacts | undefined): CaseTrigger | null {
  if (!r) return null;
  if (disposalConsequences(r).length > 0) return WarningTrigger.DISPOSAL_CONSEQUENCE;
  return r.warning;
}

/** The case's note: the disposal consequences, then the warning line. */
export function triggerNote(r: ResultFacts): string {
  const lines = [...disposalConsequences(r).map((c) => `评定结果运用：${c.label}`), r.warningLine ?? ''];
  return lines.filter(Boolean).join('；') || '双预警';
}

const isUndecided = (c: CaseFacts) => OPEN_STATUSES.includes(c.status);
/** A disposal case in which no disposal step has been taken: a correction may still withdraw it. */
const isUntouchedDisposal = (c: CaseFacts) =>
  c.trigger === WarningTrigger.DISPOSAL_CONSEQUENCE &&
  c.status === WarningCaseStatus.ESCALATED &&
  c.disposalStep === null;
const isWithdrawable = (c: CaseFacts) => isUndecided(c) || isUntouchedDisposal(c);

const CONSEQUENCE_GONE =
  '更正后的评定不再列入不合格党员处置范围；已办理处置步骤，本案不自动撤销，如终止处置请提前归档并写明原因';

/** The changes the run makes, in the order they are to be written (withdrawals before the openings that reuse a row). */
export function planCaseChanges(input: CasePlanInput): CaseChange[] {
  const { periodKey: P, previousKey } = input;
  const results = new Map(input.results.map((r) => [r.memberId, r]));
  const members = [...new Set([...results.keys(), ...input.droppedMemberIds])].sort();
  const casesOf = new Map<string, CaseFacts[]>();
  for (const c of input.cases) casesOf.set(c.memberId, [...(casesOf.get(c.memberId) ?? []), c]);
  const changes: CaseChange[] = [];
  const openings: CaseChange[] = [];
  for (const memberId of members) {
    const r = results.get(memberId);
    const cases = casesOf.get(memberId) ?? [];
    const own = cases.find((c) => c.periodKey === P);
    const continuing = cases
      .filter((c) => c.periodKey !== P && isUndecided(c))
      .find((c) => [previousKey, P].includes(c.warnedPeriods[c.warnedPeriods.length - 1]));
    const trigger = triggerOf(r);
    if (continuing) {
      // A case of the period itself (kept from before cases continued) holds this period's warning: not both.
      const warnedHere = trigger !== null && (!own || own.status === WarningCaseStatus.WITHDRAWN);
      const had = continuing.warnedPeriods.includes(P);
      const rated = r && r.status === 'RATED' && r.total !== null;
      const disposal = r
        ? disposalConsequences(r)
            .map((c) => c.label)
            .join('；') || null
        : null;
      changes.push({
        kind: 'NEXT',
        caseId: continuing.id,
        next: rated ? { total: r.total!, disposal } : null,
        warnedPeriods: warnedHere
          ? had
            ? [...continuing.warnedPeriods]
            : [...continuing.warnedPeriods, P]
          : continuing.warnedPeriods.filter((p) => p !== P),
        warned: warnedHere && !had ? 'AGAIN' : !warnedHere && had ? 'NO_LONGER' : null,
        hadNext: continuing.nextPeriodKey === P,
      });
      if (!own) continue;
    }
    if (!own) {
      if (trigger && r) openings.push({ kind: 'OPEN', memberId, trigger, note: triggerNote(r) });
      continue;
    }
    if (own.status === WarningCaseStatus.WITHDRAWN) {
      if (trigger && r && !continuing) openings.push({ kind: 'OPEN', memberId, trigger, note: triggerNote(r) });
      continue;
    }
    if (!trigger) {
      if (isWithdrawable(own)) changes.push({ kind: 'WITHDRAW', caseId: own.id, note: withdrawNote(own) });
      else if (own.trigger === WarningTrigger.DISPOSAL_CONSEQUENCE)
        changes.push({ kind: 'KEEP', caseId: own.id, note: CONSEQUENCE_GONE });
      continue;
    }
    if (trigger === WarningTrigger.DISPOSAL_CONSEQUENCE) {
      if (isUndecided(own)) changes.push({ kind: 'UPGRADE', caseId: own.id, note: triggerNote(r!) });
      continue;
    }
    // Warned, no disposal consequence any more.
    if (own.trigger !== WarningTrigger.DISPOSAL_CONSEQUENCE) continue;
    if (isUntouchedDisposal(own)) {
      changes.push({ kind: 'WITHDRAW', caseId: own.id, note: withdrawNote(own) });
      openings.push({ kind: 'OPEN', memberId, trigger, note: triggerNote(r!) });
    } else changes.push({ kind: 'KEEP', caseId: own.id, note: CONSEQUENCE_GONE });
  }
  return [...changes, ...openings];
}

function withdrawNote(c: CaseFacts): string {
  return c.trigger === WarningTrigger.DISPOSAL_CONSEQUENCE
    ? '更正后的评定不再列入不合格党员处置范围，尚未办理处置步骤，自动撤销'
    : '更正后的评定不再触发双预警，自动撤销';
}
