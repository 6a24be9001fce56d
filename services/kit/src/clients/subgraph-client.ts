import { INTERNAL_TOKEN_HEADER } from '../context/internal-token';
import { AppError, KitErrorCode } from '../errors/app-error';

/**
 * A batched service-to-service call: one GraphQL request to another subgraph, sent with the current
 * request's internal token so that the other service applies the same caller's scope.
 */
export async function callSubgraph<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new AppError(KitErrorCode.INTERNAL, '依赖的服务暂时无法访问，请稍后重试', { cause: String(error) });
  }
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new AppError(
      first?.extensions?.code ?? KitErrorCode.INTERNAL,
      first?.message ?? '依赖的服务返回了无效的结果',
    );
  }
  return body.data;
}

export interface OrganizationRef {
  id: string;
  path: string;
  districtId: string;
  level: string;
  name: string;
}

const organizationsQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Organization { id path districtId level name } }
}`;

/** Looks organisations up in the ledger (their owner), in the caller's scope; unknown ones come back `null`. */
export async function fetchOrganizations(
  ledgerUrl: string,
  token: string,
  ids: readonly string[],
): Promise<(OrganizationRef | null)[]> {
  if (ids.length === 0) return [];
  const data = await callSubgraph<{ _entities: (OrganizationRef | null)[] }>(ledgerUrl, token, organizationsQuery, {
    representations: ids.map((id) => ({ __typename: 'Organization', id })),
  });
  return data._entities;
}
