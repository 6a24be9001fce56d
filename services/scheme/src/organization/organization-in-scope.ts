import { fetchOrganizations, isWithinScope, OrganizationRef, RequestContext } from '@jifen/kit';
import { SchemeError, SchemeErrorCode } from '../scheme-error';

/**
 * The ledger owns organisations: ask it, with the caller's token. An organisation outside the caller's
 * scope (a sibling's, or an upper level's) answers as not found, whatever the ledger shows of it.
 */
export async function organizationInScope(
  ledgerUrl: string,
  ctx: RequestContext,
  id: string,
): Promise<OrganizationRef> {
  const org = await knownOrganization(ledgerUrl, ctx, id);
  if (!org || !isWithinScope(ctx.caller, org.path)) throw organizationNotFound(id);
  return org;
}

/** The organisation as the ledger shows it to the caller, or `null` when the ledger does not show it. */
export async function knownOrganization(
  ledgerUrl: string,
  ctx: RequestContext,
  id: string,
): Promise<OrganizationRef | null> {
  const [org] = await fetchOrganizations(ledgerUrl, ctx.token, [id]);
  return org ?? null;
}

function organizationNotFound(id: string): SchemeError {
  return new SchemeError(SchemeErrorCode.ORGANIZATION_NOT_FOUND, `找不到编号为 ${id} 的组织，或您无权访问它`, { id });
}
