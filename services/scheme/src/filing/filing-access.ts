import { Caller, isSameOrBelow, isWithinScope, OrganizationRef, Role } from '@jifen/kit';

const DRAFTERS: readonly Role[] = [Role.SYSTEM, Role.DISTRICT, Role.TOWNSHIP, Role.BRANCH_SECRETARY];

/** A branch committee (or a committee above it) drafts and files its own scheme; a party group has none. */
export function mayDraft(caller: Caller, org: OrganizationRef): boolean {
  if (org.level === 'GROUP') return false;
  return DRAFTERS.includes(caller.role) && isWithinScope(caller, org.path);
}

/**
 * Only an upper level approves or returns a filing: a township or district committee whose node lies
 * strictly above the filing organisation. The district's own scheme has no upper level on the platform,
 * so the district organisation department decides it.
 */
export function mayDecide(caller: Caller, org: OrganizationRef): boolean {
  if (caller.role === Role.SYSTEM) return true;
  if (caller.role !== Role.DISTRICT && caller.role !== Role.TOWNSHIP) return false;
  if (caller.scopePath === null) return false;
  if (org.path === caller.scopePath) return caller.role === Role.DISTRICT && org.level === 'DISTRICT';
  return isSameOrBelow(org.path, caller.scopePath);
}
