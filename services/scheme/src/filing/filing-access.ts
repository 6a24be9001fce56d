import { Caller, hasRight, mayUse, OrganizationRef, Right } from '@jifen/kit';

/**
 * A committee drafts, revises, submits and withdraws the scheme of its own node or of a node below it
 * (Right.DRAFT_SCHEME in scope: a branch secretary, a township or district committee, not a recorder or
 * a member, nor a key issued without the right); a party group has no scheme of its own.
 */
export function mayDraft(caller: Caller, org: OrganizationRef): boolean {
  return org.level !== 'GROUP' && mayUse(caller, Right.DRAFT_SCHEME, org.path);
}

/**
 * Only an upper level approves or returns a filing, or assigns a node the scheme it runs: Right.APPROVE
 * strictly below the caller's node. The district's own scheme has no upper level on the platform, so
 * the district organisation department decides it at its own node.
 */
export function mayDecide(caller: Caller, org: OrganizationRef): boolean {
  if (mayUse(caller, Right.APPROVE, org.path)) return true;
  return org.level === 'DISTRICT' && org.path === caller.scopePath && hasRight(caller, Right.APPROVE);
}
