import { Caller, hasRight, isUuid, mayUse, Right, rightLabels } from '@jifen/kit';
import { isLocalDate } from '@jifen/kit/server';
import { addDays } from '@jifen/rules';
import { invalidWarningInput, WarningError, WarningErrorCode } from './warning-error';

/**
 * Dual warning (双预警) and the disposal of unqualified members (不合格党员组织处置, 2024): pure rules.
 * Every function takes the day it is judged on; nothing here reads a clock or the database.
 */

export enum WarningCaseStatus {
  OPEN = 'OPEN',
  INTERVIEWED = 'INTERVIEWED',
  HELPER_PAIRED = 'HELPER_PAIRED',
  RECTIFYING = 'RECTIFYING',
  IMPROVED = 'IMPROVED',
  ESCALATED = 'ESCALATED',
  WITHDRAWN = 'WITHDRAWN',
}

export const warningStatusLabel: Record<WarningCaseStatus, string> = {
  OPEN: '待约谈',
  INTERVIEWED: '已约谈，待结对帮扶',
  HELPER_PAIRED: '已结对帮扶，待制定整改计划',
  RECTIFYING: '限期整改中',
  IMPROVED: '已转化提高（结案）',
  ESCALATED: '已启动不合格党员处置程序',
  WITHDRAWN: '已撤销',
};

/** Statuses with no outcome yet: what a corrected run may withdraw (dashboards count these and the escalated cases still in disposal as open). */
export const OPEN_STATUSES: readonly WarningCaseStatus[] = [
  WarningCaseStatus.OPEN,
  WarningCaseStatus.INTERVIEWED,
  WarningCaseStatus.HELPER_PAIRED,
  WarningCaseStatus.RECTIFYING,
];

export enum WarningTrigger {
  SCORE_BELOW_50 = 'SCORE_BELOW_50',
  DIRECT_UNQUALIFIED = 'DIRECT_UNQUALIFIED',
}

export enum WarningOutcome {
  IMPROVED = 'IMPROVED',
  ESCALATED = 'ESCALATED',
  WITHDRAWN = 'WITHDRAWN',
}

export type WarningMemberKind = 'FULL' | 'PROBATIONARY' | 'ACTIVIST';

/** Below this total a member is warned (seed 004: 考核总分低于50分); a next total below it is no improvement. */
export const WARNING_THRESHOLD = 50;
export const DEFAULT_RECTIFY_MONTHS = 6;
export const MAX_RECTIFY_MONTHS = 12;
/** An escalated case with no disposal proposed after this many days is overdue (our choice; the rules set none). */
export const PROPOSE_WITHIN_DAYS = 30;
/** A disposal step with no next step after this many days is overdue (our choice; the rules set none). */
export const DISPOSAL_STALL_DAYS = 60;
const MAX_TEXT = 2000;
export const MAX_NAME = 200;

export type Verdict<T> = { ok: true; to: T } | { ok: false; reason: string };

// ---- days ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const dayOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS);

/** Calendar months later; a day the target month lacks becomes its last day (08-31 + 6 → 02-28). */
export function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayOfUtc(Date.UTC(y, m, Math.min(Number(day.slice(8, 10)), last)));
}

// ---- input cleaning -----------------------------------------------------------------------------

export function cleanText(value: string | null | undefined, what: string, max = MAX_TEXT): string {
  const text = (value ?? '').trim();
  if (!text || text.length > max) throw invalidWarningInput(`${what}不能为空，最多 ${max} 个字`, { field: what });
  return text;
}

export function optionalText(value: string | null | undefined, what: string, max = MAX_TEXT): string | null {
  return value == null || !value.trim() ? null : cleanText(value, what, max);
}

/** A day in [notBefore, today], with messages that name both ends. */
export function checkDay(
  day: string,
  what: string,
  today: string,
  notBefore: { day: string | null; what: string } | null,
): string {
  if (!isLocalDate(day)) throw invalidWarningInput(`${what}应为 YYYY-MM-DD 格式的日期，收到“${day}”`, { field: what });
  if (day > today) throw invalidWarningInput(`${what}（${day}）不能晚于今天（${today}）`, { field: what });
  if (notBefore?.day && day < notBefore.day)
    throw invalidWarningInput(`${what}（${day}）不能早于${notBefore.what}（${notBefore.day}）`, { field: what });
  return day;
}

// ---- the case workflow --------------------------------------------------------------------------

export type CaseAction = 'INTERVIEW' | 'PAIR_HELPER' | 'SET_PLAN' | 'REVISE_PLAN' | 'IMPROVE' | 'ESCALATE' | 'WITHDRAW';

const caseTransitions: Record<
  CaseAction,
  { from: readonly WarningCaseStatus[]; to: WarningCaseStatus; refusal: string }
> = {
  INTERVIEW: {
    from: [WarningCaseStatus.OPEN],
    to: WarningCaseStatus.INTERVIEWED,
    refusal: '只有待约谈的双预警可以登记书记约谈，且只登记一次',
  },
  PAIR_HELPER: {
    from: [WarningCaseStatus.INTERVIEWED],
    to: WarningCaseStatus.HELPER_PAIRED,
    refusal: '书记约谈之后才能结对帮扶，且只结对一次',
  },
  SET_PLAN: {
    from: [WarningCaseStatus.HELPER_PAIRED],
    to: WarningCaseStatus.RECTIFYING,
    refusal: '结对帮扶之后才能制定整改计划，且只制定一次',
  },
  REVISE_PLAN: {
    from: [WarningCaseStatus.RECTIFYING],
    to: WarningCaseStatus.RECTIFYING,
    refusal: '只有限期整改中的双预警可以修订整改计划（认定整改结果之后不能再修订）',
  },
  IMPROVE: {
    from: [WarningCaseStatus.RECTIFYING],
    to: WarningCaseStatus.IMPROVED,
    refusal: '制定整改计划之后才能认定整改结果，且只认定一次',
  },
  ESCALATE: {
    from: [WarningCaseStatus.RECTIFYING],
    to: WarningCaseStatus.ESCALATED,
    refusal: '制定整改计划之后才能认定整改结果，且只认定一次',
  },
  WITHDRAW: { from: OPEN_STATUSES, to: WarningCaseStatus.WITHDRAWN, refusal: '已认定整改结果的双预警不能撤销' },
};

/** The status an action leads to, or the Chinese reason it cannot be taken now. */
export function caseStep(status: WarningCaseStatus, action: CaseAction): Verdict<WarningCaseStatus> {
  const rule = caseTransitions[action];
  return rule.from.includes(status)
    ? { ok: true, to: rule.to }
    : { ok: false, reason: `${rule.refusal}（现为“${warningStatusLabel[status]}”）` };
}

/** Throws WARNING_STEP_REFUSED when the action cannot be taken now. */
export function assertCaseStep(status: WarningCaseStatus, action: CaseAction): WarningCaseStatus {
  const next = caseStep(status, action);
  if (!next.ok) throw new WarningError(WarningErrorCode.WARNING_STEP_REFUSED, next.reason, { status, action });
  return next.to;
}

/**
 * The rectification deadline (限期改正): `requested`, or the plan day plus the case's months (six by default);
 * after the plan day and at most one year after it.
 */
export function rectifyDeadline(planOn: string, months: number, requested?: string | null): string {
  const latest = addMonths(planOn, MAX_RECTIFY_MONTHS);
  if (requested == null)
    return addMonths(planOn, Math.min(Math.max(Math.trunc(months) || DEFAULT_RECTIFY_MONTHS, 1), MAX_RECTIFY_MONTHS));
  if (!isLocalDate(requested))
    throw invalidWarningInput(`整改期限应为 YYYY-MM-DD 格式的日期，收到“${requested}”`, { field: 'deadline' });
  if (requested <= planOn || requested > latest) {
    throw invalidWarningInput(
      `整改期限应在制定计划之后、最长不超过一年（${addDays(planOn, 1)} 至 ${latest}），收到 ${requested}`,
      { field: 'deadline' },
    );
  }
  return requested;
}

export interface OutcomeFacts {
  status: WarningCaseStatus;
  memberKind: WarningMemberKind;
  periodKey: string;
}

export interface OutcomeInput {
  outcome: WarningOutcome;
  nextPeriodKey?: string | null;
  nextTotal?: number | null;
}

/** Highest next-period total a case records (a period's total is far below it; the column holds 99999.9). */
const NEXT_TOTAL_MAX = 1000;

/** A next-period total as it is stored (one decimal): the checks compare what will be kept, not what was typed. */
export function storedNextTotal(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 10) / 10;
}

/** The status the outcome leads to; refuses WITHDRAWN by hand, improvement with a next total still below 50, activists' escalation. */
export function outcomeStep(c: OutcomeFacts, input: OutcomeInput): WarningCaseStatus {
  if (input.outcome === WarningOutcome.WITHDRAWN) {
    throw invalidWarningInput('撤销双预警由更正后的评定自动办理，不能手工认定', { outcome: input.outcome });
  }
  const next = assertCaseStep(c.status, input.outcome === WarningOutcome.IMPROVED ? 'IMPROVE' : 'ESCALATE');
  const nextTotal = storedNextTotal(input.nextTotal);
  if (nextTotal != null) {
    if (!Number.isFinite(nextTotal) || nextTotal < 0 || nextTotal > NEXT_TOTAL_MAX) {
      throw invalidWarningInput(`下一期得分应在 0 到 ${NEXT_TOTAL_MAX} 之间（保留一位小数），收到 ${input.nextTotal}`, {
        field: 'nextTotal',
      });
    }
    if (!input.nextPeriodKey)
      throw invalidWarningInput('填写下一期得分时请同时填写是哪一期', { field: 'nextPeriodKey' });
  }
  if (input.nextPeriodKey != null && input.nextPeriodKey.trim() === c.periodKey) {
    throw invalidWarningInput(`下一期不能是触发预警的同一期（${c.periodKey}）`, { field: 'nextPeriodKey' });
  }
  if (input.outcome === WarningOutcome.IMPROVED && nextTotal != null && nextTotal < WARNING_THRESHOLD) {
    throw new WarningError(
      WarningErrorCode.WARNING_STEP_REFUSED,
      `下一期（${input.nextPeriodKey}）得分 ${nextTotal} 仍低于 ${WARNING_THRESHOLD} 分，不能认定为已转化提高`,
      { nextTotal },
    );
  }
  if (input.outcome === WarningOutcome.ESCALATED && c.memberKind === 'ACTIVIST') {
    throw new WarningError(
      WarningErrorCode.WARNING_STEP_REFUSED,
      '入党积极分子不适用不合格党员处置程序；如帮扶无效，请由党支部研究是否继续列为入党积极分子',
      { memberKind: c.memberKind },
    );
  }
  return next;
}

// ---- disposal measures and steps (the procedure is in disposal-rules.ts) -------------------------------------------------------------------------------

export enum DisposalMeasure {
  RECTIFY_DEADLINE = 'RECTIFY_DEADLINE',
  ADVISE_WITHDRAWAL = 'ADVISE_WITHDRAWAL',
  REMOVAL = 'REMOVAL',
  PROBATION_EXTENDED = 'PROBATION_EXTENDED',
  PROBATION_CANCELLED = 'PROBATION_CANCELLED',
}

export const measureLabel: Record<DisposalMeasure, string> = {
  RECTIFY_DEADLINE: '限期改正',
  ADVISE_WITHDRAWAL: '劝其退党',
  REMOVAL: '除名',
  PROBATION_EXTENDED: '延长预备期',
  PROBATION_CANCELLED: '取消预备党员资格',
};

export enum DisposalStepKind {
  PROPOSED = 'PROPOSED',
  INVESTIGATED = 'INVESTIGATED',
  TALKED = 'TALKED',
  PRE_REVIEWED = 'PRE_REVIEWED',
  ASSEMBLY_VOTED = 'ASSEMBLY_VOTED',
  APPROVED = 'APPROVED',
  NOTIFIED = 'NOTIFIED',
  APPEALED = 'APPEALED',
  RECTIFICATION_REVIEWED = 'RECTIFICATION_REVIEWED',
  ARCHIVED = 'ARCHIVED',
}

export const stepLabel: Record<DisposalStepKind, string> = {
  PROPOSED: '支委会提出处置意见并报基层党委备案',
  INVESTIGATED: '调查核实',
  TALKED: '两名正式党员谈话',
  PRE_REVIEWED: '基层党委预审',
  ASSEMBLY_VOTED: '党员大会表决',
  APPROVED: '基层党委审批',
  NOTIFIED: '通知本人',
  APPEALED: '本人申诉',
  RECTIFICATION_REVIEWED: '限期改正期满评估',
  ARCHIVED: '材料归档',
};

// ---- overdue ------------------------------------------------------------------------------------

/** What `overdueItems` reads of a case: its own row (the disposal's current step is kept on it). */
export interface OverdueFacts {
  status: WarningCaseStatus;
  interviewDue: string;
  rectifyDeadline: string | null;
  outcomeOn: string | null;
  disposalMeasure: DisposalMeasure | null;
  disposalStep: DisposalStepKind | null;
  disposalStepOn: string | null;
  disposalDue: string | null;
}

/** Whether a running disposal is waiting out its rectification or extended probation (then its due day counts, not the stall). */
const waitsForDue = (c: OverdueFacts) =>
  c.disposalDue !== null &&
  (c.disposalStep === DisposalStepKind.NOTIFIED || c.disposalStep === DisposalStepKind.APPEALED);

/** What is overdue on `today`, in Chinese, one line per item; empty when nothing is. `overdueSql` in the storage says the same. */
export function overdueItems(c: OverdueFacts, today: string): string[] {
  const late = (due: string) => daysBetween(due, today);
  if (c.status === WarningCaseStatus.OPEN && today > c.interviewDue) {
    return [`书记约谈逾期：应于 ${c.interviewDue} 前约谈，已逾期 ${late(c.interviewDue)} 天`];
  }
  if (c.status === WarningCaseStatus.RECTIFYING && c.rectifyDeadline && today > c.rectifyDeadline) {
    return [`整改期限 ${c.rectifyDeadline} 已过 ${late(c.rectifyDeadline)} 天，尚未认定整改结果`];
  }
  if (c.status !== WarningCaseStatus.ESCALATED) return [];
  if (c.disposalStep === null) {
    const due = c.outcomeOn ? addDays(c.outcomeOn, PROPOSE_WITHIN_DAYS) : null;
    return due && today > due
      ? [`${c.outcomeOn} 转入处置程序，已逾 ${PROPOSE_WITHIN_DAYS} 天，支委会尚未提出处置意见`]
      : [];
  }
  if (c.disposalStep === DisposalStepKind.ARCHIVED) return [];
  const measure = c.disposalMeasure ? measureLabel[c.disposalMeasure] : '处置';
  if (waitsForDue(c)) {
    const what = c.disposalMeasure === DisposalMeasure.PROBATION_EXTENDED ? '延长的预备期' : '限期改正期限';
    return today > c.disposalDue!
      ? [`${what}已于 ${c.disposalDue} 届满（已过 ${late(c.disposalDue!)} 天），“${measure}”尚未评估办结`]
      : [];
  }
  const stalled = c.disposalStepOn ? late(c.disposalStepOn) : 0;
  return stalled > DISPOSAL_STALL_DAYS
    ? [`“${measure}”处置自 ${c.disposalStepOn}（${stepLabel[c.disposalStep]}）起 ${stalled} 天无进展`]
    : [];
}

// ---- who may act ----------------------------------------------------------------------------------

/** The rights a step on a case needs: the branch's work, or the upper level's decisions in a disposal. */
export type WarningRight = Right.FOLLOW_WARNINGS | Right.DISPOSE;

/**
 * The right a disposal step needs: the base-level committee's pre-review and approval are an upper level's
 * decisions (DISPOSE, strictly below the caller's node); every other step is the branch's (FOLLOW_WARNINGS),
 * as are the interview, the helper, the plan and the outcome.
 */
export function rightOfStep(step: DisposalStepKind): WarningRight {
  return step === DisposalStepKind.PRE_REVIEWED || step === DisposalStepKind.APPROVED
    ? Right.DISPOSE
    : Right.FOLLOW_WARNINGS;
}

/** Whether the caller may take a step needing `right` on a case of the branch at `branchPath` (the kit's `mayUse`). */
export function mayAct(caller: Caller, right: WarningRight, branchPath: string): boolean {
  return mayUse(caller, right, branchPath);
}

/** Throws FORBIDDEN when the caller may not; call once the case is known to be visible to the caller (else it is not found). */
export function assertMayAct(caller: Caller, right: WarningRight, branchPath: string): void {
  if (mayAct(caller, right, branchPath)) return;
  const message =
    right === Right.FOLLOW_WARNINGS
      ? `您的账号无权办理双预警和处置事项（需要“${rightLabels[right]}”权限）`
      : hasRight(caller, right)
        ? '您的账号无权在本级登记基层党委的预审或审批：须由上级党组织办理'
        : `您的账号无权办理基层党委的预审或审批（需要“${rightLabels[right]}”权限，由上级党组织办理）`;
  throw new WarningError(WarningErrorCode.FORBIDDEN, message, { right });
}

/** A helper member id, when given, is a UUID and not the warned member. */
export function checkHelperId(helperMemberId: string | null | undefined, memberId: string): string | null {
  if (helperMemberId == null || helperMemberId === '') return null;
  if (!isUuid(helperMemberId))
    throw invalidWarningInput(`帮扶人编号应为 UUID，收到“${helperMemberId}”`, { field: 'helperMemberId' });
  if (helperMemberId.toLowerCase() === memberId.toLowerCase())
    throw invalidWarningInput('帮扶人不能是被预警的党员本人', { field: 'helperMemberId' });
  return helperMemberId;
}
