import type { Right } from '../rights/right';
import { idOfLabel } from '../org-path';

/**
 * Who is calling and what they may reach. The gateway derives it from a session token or an API key
 * and passes it to the subgraphs in a signed internal token.
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
  /** No one signed in: may only log in (or refresh a session); reaches no node. */
  ANONYMOUS = 'ANONYMOUS',
}

export interface Caller {
  readonly role: Role;
  /** ltree path of the organisation node the caller is bound to; `null` only for SYSTEM (no limit). */
  readonly scopePath: string | null;
  /** The account or key behind the call (`account:<id>`, `key:<id>`, `system`), as the audit log names it. */
  readonly subject: string;
  /**
   * How people read who acted (署名), as the ledger named the account or key when the session began or the key was
   * checked: organisation, role and person, e.g. “青山村党支部 书记 张某”. Absent for the platform (see actorName).
   */
  readonly name?: string | null;
  /** For the MEMBER role: the member the account belongs to (a member sees and declares only for self). */
  readonly memberId?: string | null;
  /** An API key's rights (a subset of its role's); absent: all of the role's rights. */
  readonly rights?: readonly Right[];
  /** The API key the call came with, if any (for the audit log). */
  readonly keyId?: string | null;
}

export const systemCaller: Caller = Object.freeze({ role: Role.SYSTEM, scopePath: null, subject: 'system' });

/** A request with no session or key. Its scope path is a label no organisation path has, so no SQL scope filter matches it either. */
export const anonymousCaller: Caller = Object.freeze({
  role: Role.ANONYMOUS,
  scopePath: 'anonymous',
  subject: 'anonymous',
});

/** True when `path` lies inside the caller's scope (the scope node itself included). */
export function isWithinScope(caller: Caller, path: string): boolean {
  if (caller.role === Role.ANONYMOUS) return false;
  if (caller.scopePath === null) return true;
  return path === caller.scopePath || path.startsWith(`${caller.scopePath}.`);
}

/** The districts a caller may see rows of (the first label of the scope path); `null`: all of them. */
export function callerDistricts(caller: Caller): string[] | null {
  if (caller.scopePath === null) return null;
  if (caller.role === Role.ANONYMOUS) return [];
  return [idOfLabel(caller.scopePath.split('.')[0])];
}

/** What people read for a subject with no recorded name: the platform, a caller not signed in, a key or an account. */
export function fallbackActorName(subject: string): string {
  if (subject === 'system' || subject === 'gateway') return '平台';
  if (subject === 'anonymous') return '未登录的访问者';
  if (subject.startsWith('key:')) return '接口密钥';
  return '账号（未记录姓名）';
}

/** Who the caller is, as people read it (署名): the name its session or key carries, else a label of its kind. */
export function actorName(caller: Caller): string {
  return caller.name?.trim() || fallbackActorName(caller.subject);
}
