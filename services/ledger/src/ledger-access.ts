import { Caller, hasRight, isWithinScope, mayUse, memberLimit, Right, seesWholeRoster } from '@jifen/kit';
import { LedgerError, LedgerErrorCode } from './ledger-error';

/** What a caller asks to do in a branch's register; each action is one of the kit's rights. */
export enum RegisterAction {
  /** Declare an entry (for oneself or, as a member, to report another member of the branch). */
  DECLARE = 'DECLARE',
  /** The recorder's record keeping: attendance, imports, votes, the roster, recomputing scores, evidence. */
  KEEP = 'KEEP',
  /** The branch committee's (支委会) decisions: review, reverse, confirm, publish, answer objections, conditions, exemptions. */
  REVIEW = 'REVIEW',
  /** Object to a published score, or appeal an answer. */
  OBJECT = 'OBJECT',
  /** An upper level's decision below itself: an appeal, an exemption. */
  DECIDE = 'DECIDE',
}

/** The right each action needs: the one table the ledger checks against (the kit's `roleRights` says who holds it). */
const actionRight: Record<RegisterAction, Right> = {
  DECLARE: Right.DECLARE,
  KEEP: Right.KEEP_REGISTER,
  REVIEW: Right.REVIEW,
  OBJECT: Right.OBJECT,
  DECIDE: Right.APPROVE,
};

const actionLabel: Record<RegisterAction, string> = {
  DECLARE: '申报积分',
  KEEP: '记录台账（登记出席、导入记录、录入评议票数、维护党员名册、重算积分、上传证明材料）',
  REVIEW: '作出支委会决定（初评、冲正、大会评定、公示、答复异议、登记否决情形、不纳入积分管理）',
  OBJECT: '提出异议或申诉',
  DECIDE: '作出上级决定（处理申诉、审批不纳入积分管理）',
};

/** Whether a caller may do `action` in the branch at `branchPath`: the right is theirs and the branch in scope; an upper level decides only below itself. */
export function mayAct(caller: Caller, action: RegisterAction, branchPath: string): boolean {
  return mayUse(caller, actionRight[action], branchPath);
}

/** Refuses with a Chinese message that names what the account may not do. Scope misses are answered as not found by the caller's lookup, before this. */
export function assertMayAct(caller: Caller, action: RegisterAction, branchPath: string): void {
  if (mayAct(caller, action, branchPath)) return;
  const right = actionRight[action];
  if (hasRight(caller, right) && isWithinScope(caller, branchPath)) {
    throw new LedgerError(
      LedgerErrorCode.FORBIDDEN,
      `您的账号无权对本级组织${actionLabel[action]}，上级决定只能针对下级组织作出`,
      { action, right },
    );
  }
  throw new LedgerError(LedgerErrorCode.FORBIDDEN, `您的账号无权${actionLabel[action]}`, { action, right });
}

/** Whether a caller holds any of the actions' rights on the branch (uploading evidence serves a declaration as well as the register). */
export function assertMayActAny(caller: Caller, actions: readonly RegisterAction[], branchPath: string): void {
  if (actions.some((action) => mayAct(caller, action, branchPath))) return;
  throw new LedgerError(LedgerErrorCode.FORBIDDEN, `您的账号无权${actions.map((a) => actionLabel[a]).join('或')}`, {
    actions,
    rights: actions.map((a) => actionRight[a]),
  });
}

/**
 * Whether a caller may create, rename or move the node at `nodePath` (`null`: a new district, which has no parent):
 * MANAGE_ORGS, and the node strictly below the caller's own (a township creates branches under itself, never
 * renames or moves itself); only the platform (no scope limit) creates a district.
 */
export function mayManageOrgAt(caller: Caller, nodePath: string | null): boolean {
  if (!hasRight(caller, Right.MANAGE_ORGS)) return false;
  if (caller.scopePath === null) return true;
  return nodePath !== null && isWithinScope(caller, nodePath) && nodePath !== caller.scopePath;
}

export function assertMayManageOrgAt(caller: Caller, nodePath: string | null): void {
  if (mayManageOrgAt(caller, nodePath)) return;
  if (!hasRight(caller, Right.MANAGE_ORGS)) {
    throw new LedgerError(LedgerErrorCode.FORBIDDEN, '您的账号无权管理组织（新建、更名、调整隶属关系）', {
      right: Right.MANAGE_ORGS,
    });
  }
  if (nodePath === null)
    throw new LedgerError(LedgerErrorCode.FORBIDDEN, '只有平台管理员可以新建区(县)级组织', {
      right: Right.MANAGE_ORGS,
    });
  throw new LedgerError(LedgerErrorCode.FORBIDDEN, '您的账号只能管理本级以下的组织，不能更名或移动本级组织', {
    right: Right.MANAGE_ORGS,
  });
}

/** Register exports (登记表、总台账、公示名单) of the node at `path`. */
export function assertMayExport(caller: Caller, path: string): void {
  if (mayUse(caller, Right.EXPORT, path)) return;
  throw new LedgerError(LedgerErrorCode.FORBIDDEN, '您的账号无权导出台账', { right: Right.EXPORT });
}

/**
 * The branch's publicity list (公示名单: names, totals, grades, the window) at `branchPath` for a period, published
 * or not yet. Whoever may export the register has it any time (to prepare the board); any other caller who reads
 * the branch has it once a window has published the period (a member: their own branch's list, during and after
 * the window, as on the paper board); a read-only key sees the list but may not download it.
 */
export function mayReadPublicityList(caller: Caller, branchPath: string, published: boolean): boolean {
  if (mayUse(caller, Right.EXPORT, branchPath)) return true;
  return published && mayUse(caller, Right.READ, branchPath);
}

/** The 公示名单 as a file: the EXPORT right, or a member of the branch once the period is published. */
export function assertMayDownloadPublicityList(caller: Caller, branchPath: string, published: boolean): void {
  if (mayUse(caller, Right.EXPORT, branchPath)) return;
  if (memberLimit(caller) !== null && mayUse(caller, Right.READ, branchPath)) {
    if (published) return;
    throw new LedgerError(LedgerErrorCode.FORBIDDEN, '本期积分尚未公示，公示开始后党员才能查看和下载公示名单', {
      right: Right.READ,
    });
  }
  throw new LedgerError(LedgerErrorCode.FORBIDDEN, '您的账号无权导出台账', { right: Right.EXPORT });
}

/** Whole-branch figures (score pages, digests, rollups) are not a member's: a member sees self and the publicity list. */
export function assertSeesWholeRoster(caller: Caller, what: string): void {
  if (seesWholeRoster(caller)) return;
  throw new LedgerError(LedgerErrorCode.FORBIDDEN, `您的账号无权查看${what}，党员只能查看本人的积分和本支部的公示`, {
    what,
  });
}

/**
 * What a member's reads are limited to: their own member id, and their own account for what they raised
 * (objections). `null`: no limit beyond the scope.
 */
export interface MemberReach {
  memberId: string;
  subject: string;
}

export function memberReach(caller: Caller): MemberReach | null {
  const memberId = memberLimit(caller);
  return memberId === null ? null : { memberId, subject: caller.subject };
}

/** Whether a caller may appeal an objection's answer: whoever raised it, or the member it is about (the platform too). */
export function mayAppeal(caller: Caller, objection: { raisedBy: string; memberId: string }): boolean {
  if (caller.scopePath === null && hasRight(caller, Right.OBJECT)) return true;
  return objection.raisedBy === caller.subject || (!!caller.memberId && caller.memberId === objection.memberId);
}
