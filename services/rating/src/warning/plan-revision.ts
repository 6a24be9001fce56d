import { addDays } from '@jifen/rules';
import { isLocalDate } from '@jifen/kit/server';
import { invalidWarningInput } from './warning-error';
import { addMonths, checkDay, cleanText, MAX_NAME, optionalText } from './warning-input';
import { assertCaseStep, MAX_RECTIFY_MONTHS, WarningCaseStatus } from './warning-rules';

/** What a revision reads of its case: the plan in force and the day it was first set (the legal bound runs from it). */
export interface RevisableCase {
  status: WarningCaseStatus;
  plan: string | null;
  plannedOn: string | null;
  rectifyDeadline: string | null;
}

export interface PlanRevisionInput {
  /** The revised plan; unchanged when not given. */
  plan?: string | null;
  /** The revised deadline; unchanged when not given. */
  deadline?: string | null;
  revisedOn: string;
  /** Who decided the revision (e.g. 党支部委员会). */
  revisedBy: string;
  /** Why (e.g. the member's long illness, new duties). */
  reason: string;
}

/** A checked revision: the plan and deadline after it, and those it replaces. */
export interface CheckedRevision {
  plan: string;
  deadline: string;
  planBefore: string;
  deadlineBefore: string;
  revisedOn: string;
  revisedBy: string;
  reason: string;
}

/**
 * A revision of the rectification plan (整改计划) while the member rectifies: the plan, the deadline or both, dated
 * between the last change and today, with who decided it and why. 限期改正 lasts six months normally and at most one
 * year: a revised deadline stays within a year of the day the plan was first set, and after the revision day.
 */
export function checkPlanRevision(
  c: RevisableCase,
  input: PlanRevisionInput,
  lastChangedOn: string,
  today: string,
): CheckedRevision {
  assertCaseStep(c.status, 'REVISE_PLAN');
  const planBefore = c.plan!;
  const deadlineBefore = c.rectifyDeadline!;
  const revisedOn = checkDay(input.revisedOn, '修订日期', today, {
    day: lastChangedOn,
    what: '上次制定或修订计划的日期',
  });
  const revisedBy = cleanText(input.revisedBy, '修订决定人或机构', MAX_NAME);
  const reason = cleanText(input.reason, '修订理由');
  const plan = optionalText(input.plan, '整改计划') ?? planBefore;
  let deadline = deadlineBefore;
  if (input.deadline != null && input.deadline !== '') {
    const latest = addMonths(c.plannedOn!, MAX_RECTIFY_MONTHS);
    const earliest = addDays(revisedOn, 1);
    if (!isLocalDate(input.deadline))
      throw invalidWarningInput(`修订后的整改期限应为 YYYY-MM-DD 格式的日期，收到“${input.deadline}”`, {
        field: 'deadline',
      });
    if (input.deadline < earliest || input.deadline > latest) {
      throw invalidWarningInput(
        `修订后的整改期限应在修订日期之后、自 ${c.plannedOn} 制定计划起最长不超过一年（${earliest} 至 ${latest}），收到 ${input.deadline}`,
        { field: 'deadline' },
      );
    }
    deadline = input.deadline;
  }
  if (plan === planBefore && deadline === deadlineBefore)
    throw invalidWarningInput('修订须改变整改计划或整改期限（与现行的相同）', { field: 'plan' });
  return { plan, deadline, planBefore, deadlineBefore, revisedOn, revisedBy, reason };
}
