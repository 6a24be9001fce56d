import { fetchOrganizations, OrganizationRef, RequestContext } from '@jifen/kit';
import { SchemeError, SchemeErrorCode } from '../scheme-error';

/** The ledger owns organisations: ask it, in the caller's scope; one outside it answers as not found. */
export async function organizationInScope(ledgerUrl: string, ctx: RequestContext, id: string): Promise<OrganizationRef> {
  const [org] = await fetchOrganizations(ledgerUrl, ctx.token, [id]);
  if (!org) throw new SchemeError(SchemeErrorCode.ORGANIZATION_NOT_FOUND, `找不到编号为 ${id} 的组织，或您无权访问它`, { id });
  return org;
}
