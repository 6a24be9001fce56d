import { idOfLabel } from '../org-path';

/**
 * Who is calling and what they may reach. The gateway derives it (today: the development caller;
 * the access issue fills in real identities) and passes it to the subgraphs in a signed token.
 */
export enum Role {
  /** The platform itself: the launcher, demo loading, service-to-service calls. Sees everything. */
  SYSTEM = 'SYSTEM',
  /** 区委组织部 */
  DISTRICT = 'DISTRICT',
  /** 镇(街道)党(工)委 */
  TOWNSHIP = 'TOWNSHIP',
  /** 党支部书记 */
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  /** 积分记录员 */
  BRANCH_RECORDER = 'BRANCH_RECORDER',
  /** 党员 */
  MEMBER = 'MEMBER',
}

export interface Caller {
  readonly role: Role;
  /** ltree path of the organisation node the caller is bound to; `null` only for SYSTEM (no limit). */
  readonly scopePath: string | null;
  /** The account or key behind the call, for the audit log to come. */
  readonly subject: string;
}

export const systemCaller: Caller = Object.freeze({ role: Role.SYSTEM, scopePath: null, subject: 'system' });

/** True when `path` lies inside the caller's scope (the scope node itself included). */
export function isWithinScope(caller: Caller, path: string): boolean {
  if (caller.scopePath === null) return true;
  return path === caller.scopePath || path.startsWith(`${caller.scopePath}.`);
}

/** The districts a caller may see rows of (the first label of the scope path); `null`: all of them. */
export function callerDistricts(caller: Caller): string[] | null {
  if (caller.scopePath === null) return null;
  return [idOfLabel(caller.scopePath.split('.')[0])];
}
