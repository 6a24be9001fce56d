import { isLocalDate } from '@jifen/kit/server';
import { addDays } from '@jifen/rules';
import { invalidWarningInput, WarningError, WarningErrorCode } from './warning-error';
import { addMonths } from './warning-input';

/**
 * Dual warning (双预警) and the disposal of unqualified members (不合格党员组织处置, 2024): pure rules.
 * Every function takes the day it is judged on; nothing here reads a clock or the database. Beside it: the input
 * cleaning (warning-input.ts), the outcome (warning-outcome.ts), what is overdue (overdue-rules.ts), who may act
 * (warning-access.ts) and the disposal procedure (disposal-rules.ts, disposal-step.ts).
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

/**
 * Why a case opened. DISPOSAL_CONSEQUENCE: the member's result carries a consequence of the scheme that puts them in
 * the disposal procedure (先锋指数: 不合格, 连续两年基本合格; a probationary member's 延长/取消预备期): such a case opens
 * in the disposal stage (ESCALATED), so that the disposal steps apply at once; a member also under dual warning in
 * that period has this one case, not two.
 */
export enum WarningTrigger {
  SCORE_BELOW_50 = 'SCORE_BELOW_50',
  DIRECT_UNQUALIFIED = 'DIRECT_UNQUALIFIED',
  DISPOSAL_CONSEQUENCE = 'DISPOSAL_CONSEQUENCE',
}

/** The consequence codes of rule documents that open a disposal case (the templates' 结果运用). */
export const DISPOSAL_CONSEQUENCE_CODES: readonly string[] = ['DISPOSAL', 'PROBATION_EXTENDED', 'PROBATION_CANCELLED'];

/** What a confirmed rating run did to a case: one line of its history (`rating.warning_case_event`). */
export enum CaseEventKind {
  OPENED = 'OPENED',
  DISPOSAL_OPENED = 'DISPOSAL_OPENED',
  NEXT_RATED = 'NEXT_RATED',
  NEXT_CLEARED = 'NEXT_CLEARED',
  WARNED_AGAIN = 'WARNED_AGAIN',
  NO_LONGER_WARNED = 'NO_LONGER_WARNED',
  UPGRADED = 'UPGRADED',
  WITHDRAWN = 'WITHDRAWN',
  KEPT = 'KEPT',
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

export type Verdict<T> = { ok: true; to: T } | { ok: false; reason: string };

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
