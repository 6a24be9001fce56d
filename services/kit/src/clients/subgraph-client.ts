import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DocumentNode, print } from 'graphql';
import { INTERNAL_TOKEN_HEADER } from '../context/internal-token';
import { AppError, KitErrorCode } from '../errors/app-error';
import { ledgerGraphql } from '../generated/ledger';

/**
 * A batched service-to-service call: one GraphQL request to another subgraph, sent with the current
 * request's internal token so that the other service applies the same caller's scope. A service passes a typed
 * document (generated from the called subgraph's committed SDL, see codegen.ts), so the answer and the variables are
 * checked by tsc; a query string (untyped) is for loaders outside the services, such as the demo.
 */
export async function callSubgraph<TResult, TVariables extends Record<string, unknown>>(
  url: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult>;
export async function callSubgraph<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T>;
export async function callSubgraph(
  url: string,
  token: string,
  document: DocumentNode | string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const query = typeof document === 'string' ? document : documentText(document);
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
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new AppError(
      first?.extensions?.code ?? KitErrorCode.INTERNAL,
      first?.message ?? '依赖的服务返回了无效的结果',
    );
  }
  return body.data;
}

const printed = new WeakMap<DocumentNode, string>();

/** A document's text, printed once per document. */
function documentText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** How the client preset types an `_entities` member that matched none of the document's `... on Type` fragments. */
type OtherEntity = Record<PropertyKey, never>;

/**
 * The entities of an `_entities` answer to representations of one type (named for the reader), position for
 * position (`null` where the subgraph found none, unknown or out of the caller's scope), typed as the document's
 * `... on Type` fragment.
 */
export function entitiesOf<E extends object>(
  entities: readonly (E | null)[],
  _typename: string,
): (Exclude<E, OtherEntity> | null)[] {
  return entities as (Exclude<E, OtherEntity> | null)[];
}

export interface OrganizationRef {
  id: string;
  path: string;
  districtId: string;
  level: string;
  name: string;
}

const organizationsQuery = ledgerGraphql(`query OrganizationsForPeer($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Organization { id path districtId level name } }
}`);

/** Looks organisations up in the ledger (their owner), in the caller's scope; unknown ones come back `null`. */
export async function fetchOrganizations(
  ledgerUrl: string,
  token: string,
  ids: readonly string[],
): Promise<(OrganizationRef | null)[]> {
  if (ids.length === 0) return [];
  const data = await callSubgraph(ledgerUrl, token, organizationsQuery, {
    representations: ids.map((id) => ({ __typename: 'Organization', id })),
  });
  return entitiesOf(data._entities, 'Organization');
}
