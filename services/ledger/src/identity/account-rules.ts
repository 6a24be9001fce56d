import { Caller, hasRight, isWithinScope, Right, Role, roleRights } from '@jifen/kit';
import { OrgLevel } from '../organization/org-level';

/** The roles a person's account can have (SYSTEM is the platform itself; ANONYMOUS is no one). */
export const accountRoles = [
  Role.DISTRICT,
  Role.TOWNSHIP,
  Role.BRANCH_SECRETARY,
  Role.BRANCH_RECORDER,
  Role.MEMBER,
] as const;
export type AccountRole = (typeof accountRoles)[number];

/** The roles an API key can act as: a branch's or committee's tool, never "a member". */
export const keyRoles = [Role.DISTRICT, Role.TOWNSHIP, Role.BRANCH_SECRETARY, Role.BRANCH_RECORDER] as const;
export type KeyRole = (typeof keyRoles)[number];

export const roleLabels: Record<AccountRole, string> = {
  DISTRICT: '区委组织部',
  TOWNSHIP: '镇(街道)党(工)委',
  BRANCH_SECRETARY: '党支部书记',
  BRANCH_RECORDER: '积分记录员',
  MEMBER: '党员',
};

/** The level of node each role sits at. A secretary or recorder may sit at a general branch (党总支) as well. */
const levelsOfRole: Record<AccountRole, readonly OrgLevel[]> = {
  DISTRICT: [OrgLevel.DISTRICT],
  TOWNSHIP: [OrgLevel.TOWNSHIP],
  BRANCH_SECRETARY: [OrgLevel.BRANCH, OrgLevel.GENERAL_BRANCH],
  BRANCH_RECORDER: [OrgLevel.BRANCH, OrgLevel.GENERAL_BRANCH],
  MEMBER: [OrgLevel.BRANCH],
};

export function roleFitsLevel(role: AccountRole, level: OrgLevel): boolean {
  return levelsOfRole[role].includes(level);
}

const rank: Record<Role, number> = {
  SYSTEM: 9,
  DISTRICT: 5,
  TOWNSHIP: 4,
  BRANCH_SECRETARY: 3,
  BRANCH_RECORDER: 2,
  MEMBER: 1,
  ANONYMOUS: 0,
};

/**
 * Whether `caller` may issue an account or key with `role` at the node at `path`: it needs the right to
 * manage access, the node must be in its scope, and at its own node it may only issue roles no higher than its own
 * (a secretary adds the branch's recorder and members; a township adds branch secretaries below it).
 */
export function mayIssue(caller: Caller, role: Role, path: string): boolean {
  if (!hasRight(caller, Right.MANAGE_ACCESS) || !isWithinScope(caller, path)) return false;
  if (caller.scopePath === null) return true;
  return path !== caller.scopePath || rank[role] <= rank[caller.role];
}

/** Rights a key may never hold: a tool does not hand out accounts or keys. */
const notForKeys: readonly Right[] = [Right.MANAGE_ACCESS];

/** The rights asked for a key that it cannot have: not its role's, not the issuer's own, or never a key's. */
export function rightsBeyond(role: KeyRole, rights: readonly Right[], issuer: Caller): Right[] {
  const issuerRights = issuer.rights ?? roleRights[issuer.role];
  return rights.filter(
    (right) => !roleRights[role].includes(right) || !issuerRights.includes(right) || notForKeys.includes(right),
  );
}

/**
 * Repeated wrong passwords slow an account down instead of locking it: after `freeFailures` in a row, each further
 * attempt must wait a delay that doubles from `firstDelaySeconds` up to `maxDelaySeconds`. An attempt within the delay
 * is not checked and answers exactly as a wrong password (or an unknown name); the right password after the delay still
 * signs in. So a stranger guessing gets at most one guess a minute per account, and cannot keep the owner out for
 * longer than a minute after they stop; the committee above sees the count (`failedLogins`) and may reset it.
 */
export const SIGN_IN_DELAY = { freeFailures: 5, firstDelaySeconds: 2, maxDelaySeconds: 60 } as const;

/** How long an account must wait after its `failures`-th wrong password in a row (0 while below the free failures). */
export function signInDelaySeconds(failures: number): number {
  if (failures < SIGN_IN_DELAY.freeFailures) return 0;
  const doublings = Math.min(failures - SIGN_IN_DELAY.freeFailures, 16);
  return Math.min(SIGN_IN_DELAY.firstDelaySeconds * 2 ** doublings, SIGN_IN_DELAY.maxDelaySeconds);
}

/** After a wrong password: the new count of failures in a row and, past the free ones, until when attempts wait. */
export function afterFailure(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const failures = failedLogins + 1;
  const delay = signInDelaySeconds(failures);
  return { failedLogins: failures, lockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null };
}

/** Whether a password may be checked now, or the account is still waiting out its delay. */
export function mayTrySignIn(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil === null || lockedUntil.getTime() <= now.getTime();
}

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,39}$/;

/** What is wrong with a new password, in Chinese; `null` when it will do. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 10) return '密码至少 10 位';
  if (password.length > 72) return '密码不能超过 72 位';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含字母和数字';
  if (password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** Sessions: the access token lives 15 minutes (kit), a refresh token 7 days and is replaced at each use. */
export const REFRESH_TTL_DAYS = 7;

/** API keys: how many calls a minute by default, and the most a key may be given. */
export const KEY_RATE_LIMIT = { default: 600, max: 6000 } as const;
