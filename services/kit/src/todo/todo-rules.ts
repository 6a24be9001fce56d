import { periodLabel, readPeriodKey } from '@jifen/rules/periods';
import { Caller, isWithinScope } from '../context/caller';
import { Right } from '../rights/right';
import { hasRight } from '../rights/rights';

/**
 * 待办: what waits on an organisation's committee (a township's, a branch's), one kind per piece of work. Each
 * service counts its own kinds; this file says which kinds a caller gets and how an item reads, in Chinese. Pure.
 */
export enum TodoKind {
  /** scheme: filings submitted by organisations below, awaiting approval. */
  FILING_TO_APPROVE = 'FILING_TO_APPROVE',
  /** rating: a previewed run not yet confirmed. */
  RUN_TO_CONFIRM = 'RUN_TO_CONFIRM',
  /** rating: warning cases whose secretary's interview is overdue. */
  INTERVIEW_OVERDUE = 'INTERVIEW_OVERDUE',
  /** rating: escalated cases whose disposal is overdue (no proposal, a stalled step, a period run out). */
  DISPOSAL_STALLED = 'DISPOSAL_STALLED',
  /** ledger: objections appealed to the upper level. */
  APPEAL_TO_DECIDE = 'APPEAL_TO_DECIDE',
  /** ledger: declarations awaiting the branch committee's first review. */
  DECLARATION_TO_REVIEW = 'DECLARATION_TO_REVIEW',
  /** ledger: objections awaiting the branch's answer. */
  OBJECTION_TO_ANSWER = 'OBJECTION_TO_ANSWER',
  /** ledger: publicity windows ending within `WINDOW_ENDING_DAYS` days. */
  WINDOW_ENDING = 'WINDOW_ENDING',
}

/** A publicity window ending within this many days (today included) is on the list. */
export const WINDOW_ENDING_DAYS = 3;

/** The Chinese names of the kinds (the enum's descriptions in the schema). */
export const todoKindLabels: Record<TodoKind, string> = {
  FILING_TO_APPROVE: '积分方案待审批',
  RUN_TO_CONFIRM: '评定结果待确认',
  INTERVIEW_OVERDUE: '预警约谈逾期',
  DISPOSAL_STALLED: '处置进展逾期',
  APPEAL_TO_DECIDE: '申诉待处理',
  DECLARATION_TO_REVIEW: '积分申报待初评',
  OBJECTION_TO_ANSWER: '异议待答复',
  WINDOW_ENDING: '公示即将期满',
};

/**
 * The rights of the mutation that does the work (any one suffices): approveFiling and decideAppeal need APPROVE,
 * confirmRatingRun RATE, the interview FOLLOW_WARNINGS, a disposal step FOLLOW_WARNINGS (the branch's proposal) or
 * DISPOSE (the upper level's), reviews, answers and closing a window REVIEW.
 */
export const todoKindRights: Record<TodoKind, readonly Right[]> = {
  FILING_TO_APPROVE: [Right.APPROVE],
  RUN_TO_CONFIRM: [Right.RATE],
  INTERVIEW_OVERDUE: [Right.FOLLOW_WARNINGS],
  DISPOSAL_STALLED: [Right.FOLLOW_WARNINGS, Right.DISPOSE],
  APPEAL_TO_DECIDE: [Right.APPROVE],
  DECLARATION_TO_REVIEW: [Right.REVIEW],
  OBJECTION_TO_ANSWER: [Right.REVIEW],
  WINDOW_ENDING: [Right.REVIEW],
};

/**
 * The kinds the caller gets on the organisation at `orgPath`: none outside the caller's scope, else those whose
 * work the caller's rights allow. APPROVE's items lie strictly below the node they are listed on (the services'
 * queries say so), so the right's "below only" holds for them.
 */
export function todoKindsFor(caller: Caller, orgPath: string): TodoKind[] {
  if (!isWithinScope(caller, orgPath)) return [];
  return Object.values(TodoKind).filter((kind) => todoKindRights[kind].some((right) => hasRight(caller, right)));
}

/** What a service counted of one kind (and, for runs, one period). */
export interface TodoCount {
  kind: TodoKind;
  count: number;
  /** The day the oldest item has waited since. */
  oldestSince: string | null;
  /** The nearest due day among them (a window's end, an interview's deadline). */
  dueOn: string | null;
  /** The oldest item's id: what to open first. */
  targetId: string | null;
  periodKey: string | null;
}

/** A period key as people say it (`2024-H1` → `2024 年度第 1 个半年`); the key itself when it is not one. */
export function periodName(key: string): string {
  const parts = readPeriodKey(key);
  return parts ? periodLabel(parts) : key;
}

/** The line a person reads, e.g. "3 份积分方案待审批". */
export function todoLabel(item: Pick<TodoCount, 'kind' | 'count' | 'periodKey'>): string {
  const n = item.count;
  switch (item.kind) {
    case TodoKind.FILING_TO_APPROVE:
      return `${n} 份积分方案待审批`;
    case TodoKind.RUN_TO_CONFIRM:
      return item.periodKey ? `${periodName(item.periodKey)}评星定级：${n} 个预览待确认` : `${n} 个评定预览待确认`;
    case TodoKind.INTERVIEW_OVERDUE:
      return `${n} 名预警党员约谈逾期`;
    case TodoKind.DISPOSAL_STALLED:
      return `${n} 件处置案件进展逾期`;
    case TodoKind.APPEAL_TO_DECIDE:
      return `${n} 件积分申诉待处理`;
    case TodoKind.DECLARATION_TO_REVIEW:
      return `${n} 条积分申报待初评`;
    case TodoKind.OBJECTION_TO_ANSWER:
      return `${n} 件异议待答复`;
    case TodoKind.WINDOW_ENDING:
      return `${n} 个公示 ${WINDOW_ENDING_DAYS} 天内期满或已期满，期满后请确认结果`;
  }
}

/** The counts the caller may see on the node, nonzero, labelled, in the kinds' order. */
export function todoItems(counts: readonly TodoCount[], kinds: readonly TodoKind[]): (TodoCount & { label: string })[] {
  const order = Object.values(TodoKind);
  return counts
    .filter((c) => c.count > 0 && kinds.includes(c.kind))
    .sort(
      (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.periodKey ?? '').localeCompare(b.periodKey ?? ''),
    )
    .map((c) => ({ ...c, label: todoLabel(c) }));
}
