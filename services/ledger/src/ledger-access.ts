import { Caller, isWithinScope, Role } from '@jifen/kit';
import { LedgerError, LedgerErrorCode } from './ledger-error';

/** What a caller asks to do in a branch's register. */
export enum RegisterAction {
  /** Declare an entry (for oneself or someone else in the branch). */
  DECLARE = 'DECLARE',
  /** The branch committee's work: record, review, correct, confirm, publish, answer objections, votes, conditions. */
  KEEP = 'KEEP',
  /** Object to a published score, or appeal an answer. */
  OBJECT = 'OBJECT',
  /** An upper level's decision: an appeal, an exemption. */
  DECIDE = 'DECIDE',
}

const allowed: Record<RegisterAction, readonly Role[]> = {
  DECLARE: [Role.SYSTEM, Role.BRANCH_SECRETARY, Role.BRANCH_RECORDER, Role.MEMBER],
  KEEP: [Role.SYSTEM, Role.BRANCH_SECRETARY, Role.BRANCH_RECORDER],
  OBJECT: [Role.SYSTEM, Role.BRANCH_SECRETARY, Role.BRANCH_RECORDER, Role.MEMBER, Role.TOWNSHIP, Role.DISTRICT],
  DECIDE: [Role.SYSTEM, Role.TOWNSHIP, Role.DISTRICT],
};

const actionLabel: Record<RegisterAction, string> = {
  DECLARE: '申报积分',
  KEEP: '办理支部台账事项（记录、初评、冲正、评定、公示、答复异议）',
  OBJECT: '提出异议或申诉',
  DECIDE: '作出上级决定（申诉、不纳入积分管理审批）',
};

/** Whether a caller may do `action` in the branch at `branchPath`; an upper level decides only below itself. */
export function mayAct(caller: Caller, action: RegisterAction, branchPath: string): boolean {
  if (!allowed[action].includes(caller.role) || !isWithinScope(caller, branchPath)) return false;
  return action !== RegisterAction.DECIDE || caller.scopePath === null || caller.scopePath !== branchPath;
}

/** Refuses with a Chinese message that says who may. Scope misses are answered as not found by the caller's lookup. */
export function assertMayAct(caller: Caller, action: RegisterAction, branchPath: string): void {
  if (!mayAct(caller, action, branchPath)) {
    throw new LedgerError(LedgerErrorCode.FORBIDDEN, `您的角色不能${actionLabel[action]}`, { action });
  }
}
