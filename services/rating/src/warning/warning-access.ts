import { Caller, hasRight, mayUse, Right, rightLabels } from '@jifen/kit';
import { WarningError, WarningErrorCode } from './warning-error';
import { DisposalStepKind } from './warning-rules';

/** Who may take a step on a warning case or in its disposal: the branch's work, or the upper level's decisions. */

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
