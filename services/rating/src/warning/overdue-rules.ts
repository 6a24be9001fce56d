import { addDays } from '@jifen/rules';
import { daysBetween } from './warning-input';
import { DisposalMeasure, DisposalStepKind, measureLabel, stepLabel, WarningCaseStatus } from './warning-rules';

/** What is overdue on a case on a given day (interview, rectification, disposal progress), in Chinese. Pure. */

/** An escalated case with no disposal proposed after this many days is overdue (our choice; the rules set none). */
export const PROPOSE_WITHIN_DAYS = 30;
/** A disposal step with no next step after this many days is overdue (our choice; the rules set none). */
export const DISPOSAL_STALL_DAYS = 60;

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
