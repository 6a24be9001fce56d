import { Caller, isWithinScope, labelOf, mayUse, memberLimit, Right, rightLabels } from '@jifen/kit';
import { organizationNotFound, RatingError, RatingErrorCode } from './rating-error';

/**
 * Who sees and does what in the rating service, on the kit's rights (`Right`, `mayUse`, `memberLimit`):
 * - every read is limited in SQL to the caller's subtree and, for a member, to the member themself (`ReadScope`);
 * - a member sees their own rating, stars and warning cases, and nothing organisation-wide (runs, results,
 *   quota policies, rollups, case lists): lists come back empty, lookups null, and the two fields that must
 *   answer (`quotaPolicy`, `ratingRollup`) refuse with FORBIDDEN;
 * - quota policies and rating runs need RATE on the node; the warning steps' rights are in warning-rules.ts.
 * Anything outside what the caller sees answers exactly as an unknown id; a node in scope without the right
 * answers FORBIDDEN ("您的账号无权…").
 */

/** What a caller's reads are limited to, as the storage's SQL takes it. */
export interface ReadScope {
  /** The subtree (ltree path) rows must lie in; `null`: no limit. */
  readonly path: string | null;
  /** The one member whose rows a member sees; `null`: no limit. */
  readonly memberId: string | null;
}

/** No limit: the service's own reads (previous grades, confirmation). */
export const EVERYTHING: ReadScope = Object.freeze({ path: null, memberId: null });

export function readScope(caller: Caller): ReadScope {
  return { path: caller.scopePath, memberId: memberLimit(caller) };
}

/** Whether the caller sees organisation-wide rating data (runs, results, quota policies, rollups, case lists): everyone but a member. */
export function seesOrganisationRatings(caller: Caller): boolean {
  return memberLimit(caller) === null;
}

/** An organisation as another service hands it over (`path` is @requires'd from the ledger). */
export interface OrgRef {
  readonly id: string;
  readonly path?: string | null;
}

/** Whether the node lies in the caller's scope; a path that does not end in the node's own id never does. */
export function isOrgInScope(caller: Caller, org: OrgRef): boolean {
  if (typeof org.path !== 'string' || typeof org.id !== 'string') return false;
  return org.path.split('.').pop() === labelOf(org.id) && isWithinScope(caller, org.path);
}

/** Whether the caller gets the node's organisation-wide lists (runs, policy history, warning cases): in scope and not a member. */
export function listsOfOrganisation(caller: Caller, org: OrgRef): boolean {
  return isOrgInScope(caller, org) && seesOrganisationRatings(caller);
}

/**
 * For the node's fields that must answer: a node out of scope answers as an unknown organisation; a member,
 * in scope but limited to self, is refused.
 */
export function assertSeesOrganisation(caller: Caller, org: OrgRef, what: string): void {
  if (!isOrgInScope(caller, org)) throw organizationNotFound(org.id);
  if (!seesOrganisationRatings(caller)) {
    throw new RatingError(RatingErrorCode.FORBIDDEN, `您的账号无权查看${what}：党员只能查看本人的评定结果和双预警`, {
      organizationId: org.id,
    });
  }
}

/** Whether the caller may set quota policies and run ratings on the node at `path` (RATE, in scope). */
export function mayRate(caller: Caller, path: string): boolean {
  return mayUse(caller, Right.RATE, path);
}

/** Call once the node is known to be in scope (out of scope answers as unknown before this). */
export function assertMayRate(caller: Caller, path: string, what: string, details: Record<string, unknown>): void {
  if (!mayRate(caller, path)) {
    throw new RatingError(RatingErrorCode.FORBIDDEN, `您的账号无权${what}（需要“${rightLabels[Right.RATE]}”权限）`, {
      ...details,
      right: Right.RATE,
    });
  }
}
