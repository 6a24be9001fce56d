import { Caller, isWithinScope, Role } from '../context/caller';
import { isUuid } from '../ids';
import { Right } from './right';

const all = Object.values(Right);
const upper = [
  Right.READ,
  Right.OBJECT,
  Right.DRAFT_SCHEME,
  Right.APPROVE,
  Right.RATE,
  Right.FOLLOW_WARNINGS,
  Right.DISPOSE,
  Right.MANAGE_ORGS,
  Right.MANAGE_ACCESS,
  Right.EXPORT,
  Right.READ_AUDIT,
];

/** The rights of each role: the one table every service checks against. */
export const roleRights: Record<Role, readonly Right[]> = {
  SYSTEM: all,
  DISTRICT: upper,
  TOWNSHIP: upper,
  BRANCH_SECRETARY: [
    Right.READ,
    Right.DECLARE,
    Right.KEEP_REGISTER,
    Right.REVIEW,
    Right.OBJECT,
    Right.DRAFT_SCHEME,
    Right.FOLLOW_WARNINGS,
    Right.MANAGE_ACCESS,
    Right.EXPORT,
  ],
  BRANCH_RECORDER: [Right.READ, Right.DECLARE, Right.KEEP_REGISTER, Right.OBJECT, Right.FOLLOW_WARNINGS, Right.EXPORT],
  MEMBER: [Right.READ, Right.DECLARE, Right.OBJECT],
  ANONYMOUS: [],
};

/** Rights that act on what lies strictly below the caller's node (an upper level's decisions); the district's own node excepted where a service says so. */
export const rightsBelowOnly: readonly Right[] = [Right.APPROVE, Right.DISPOSE];

/** The caller's rights: a key's subset, else the role's. */
export function rightsOf(caller: Caller): readonly Right[] {
  const ofRole = roleRights[caller.role];
  return caller.rights ? caller.rights.filter((right) => ofRole.includes(right)) : ofRole;
}

export function hasRight(caller: Caller, right: Right): boolean {
  return rightsOf(caller).includes(right);
}

/**
 * Whether the caller may use `right` on the node at `path`: the right is theirs and the node is in their
 * scope; an upper level's decision (APPROVE, DISPOSE) only strictly below its own node.
 */
export function mayUse(caller: Caller, right: Right, path: string): boolean {
  if (!hasRight(caller, right) || !isWithinScope(caller, path)) return false;
  return !rightsBelowOnly.includes(right) || caller.scopePath === null || caller.scopePath !== path;
}

/** Whether a caller is a member acting for someone other than themself (a member may only see and declare for self). */
export function isOtherMember(caller: Caller, memberId: string): boolean {
  return caller.role === Role.MEMBER && caller.memberId !== memberId;
}

/** Whether the caller sees every member of its scope (everyone but a member, who sees only self). */
export function seesWholeRoster(caller: Caller): boolean {
  return caller.role !== Role.MEMBER;
}

/** A member id no row has: what a member caller without a well-formed member id is limited to (it matches nothing, and casts to uuid). */
const NO_MEMBER = '00000000-0000-0000-0000-000000000000';

/** The member a caller's member-level reads are limited to: the member themself, or `null` for no limit. Always a uuid. */
export function memberLimit(caller: Caller): string | null {
  if (caller.role !== Role.MEMBER) return null;
  return caller.memberId && isUuid(caller.memberId) ? caller.memberId : NO_MEMBER;
}
