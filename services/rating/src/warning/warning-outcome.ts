import { periodKeyAfter, readPeriodKey } from '@jifen/rules';
import { invalidWarningInput, WarningError, WarningErrorCode } from './warning-error';
import {
  assertCaseStep,
  WARNING_THRESHOLD,
  WarningCaseStatus,
  WarningMemberKind,
  WarningOutcome,
} from './warning-rules';

/**
 * The outcome of a dual warning (整改结果), pure: it follows the next period's confirmed rating, which the rating run
 * records on the case (`nextPeriodKey`, `nextTotal`, `nextDisposal`); nothing typed in can contradict it.
 * IMPROVED only when the recorded next total reaches 50 and the next result puts the member in no disposal;
 * ESCALATED only when it does not. With no next total recorded yet, no outcome.
 */

export interface OutcomeFacts {
  status: WarningCaseStatus;
  memberKind: WarningMemberKind;
  /** The periods the case was triggered in, the opening one first. */
  warnedPeriods: readonly string[];
  nextPeriodKey: string | null;
  nextTotal: number | null;
  /** The disposal consequence the next result carries (its label), if any. */
  nextDisposal: string | null;
}

/** The period whose confirmed rating decides the outcome: the one after the last period the case was triggered in. */
export function periodDeciding(warnedPeriods: readonly string[]): string | null {
  const last = warnedPeriods.length ? readPeriodKey(warnedPeriods[warnedPeriods.length - 1]) : null;
  return last ? periodKeyAfter(last) : null;
}

/** Whether the recorded next rating shows improvement: a total of 50 or more and no disposal consequence. */
export function improvedByRun(c: Pick<OutcomeFacts, 'nextTotal' | 'nextDisposal'>): boolean {
  return c.nextTotal !== null && Math.round(c.nextTotal * 10) >= WARNING_THRESHOLD * 10 && !c.nextDisposal;
}

const refused = (message: string, details: Record<string, unknown>) =>
  new WarningError(WarningErrorCode.WARNING_STEP_REFUSED, message, details);

/**
 * The status the outcome leads to. Refuses WITHDRAWN by hand, any outcome before the next period's rating is
 * confirmed (NEXT_RATING_REQUIRED), an outcome the recorded rating contradicts, and an activist's escalation.
 */
export function outcomeStep(c: OutcomeFacts, outcome: WarningOutcome): WarningCaseStatus {
  if (outcome === WarningOutcome.WITHDRAWN) {
    throw invalidWarningInput('撤销双预警由更正后的评定自动办理，不能手工认定', { outcome });
  }
  const next = assertCaseStep(c.status, outcome === WarningOutcome.IMPROVED ? 'IMPROVE' : 'ESCALATE');
  if (c.nextTotal === null || c.nextPeriodKey === null) {
    const deciding = periodDeciding(c.warnedPeriods);
    throw new WarningError(
      WarningErrorCode.NEXT_RATING_REQUIRED,
      `须先确认下一期${deciding ? `（${deciding}）` : ''}的评定：整改结果依据下一期评定的得分认定（达到 ${WARNING_THRESHOLD} 分为已转化提高，否则转入处置程序）`,
      { nextPeriodKey: deciding },
    );
  }
  const improved = improvedByRun(c);
  const figure = `下一期（${c.nextPeriodKey}）评定得分 ${c.nextTotal} 分`;
  if (outcome === WarningOutcome.IMPROVED && !improved) {
    throw refused(
      c.nextDisposal && c.nextTotal >= WARNING_THRESHOLD
        ? `${figure}，但评定结果为“${c.nextDisposal}”，不能认定为已转化提高`
        : `${figure}，低于 ${WARNING_THRESHOLD} 分，不能认定为已转化提高`,
      { nextTotal: c.nextTotal, nextPeriodKey: c.nextPeriodKey },
    );
  }
  if (outcome === WarningOutcome.ESCALATED && improved) {
    throw refused(`${figure}，已达到 ${WARNING_THRESHOLD} 分，应认定为已转化提高，不能转入处置程序`, {
      nextTotal: c.nextTotal,
      nextPeriodKey: c.nextPeriodKey,
    });
  }
  if (outcome === WarningOutcome.ESCALATED && c.memberKind === 'ACTIVIST') {
    throw refused('入党积极分子不适用不合格党员处置程序；如帮扶无效，请由党支部研究是否继续列为入党积极分子', {
      memberKind: c.memberKind,
    });
  }
  return next;
}
