/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": typeof types.ScopeSetQuotaPolicyDocument,
    "mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }": typeof types.ScopeSetQuotaPolicy2Document,
};
const documents: Documents = {
    "mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }": types.ScopeSetQuotaPolicyDocument,
    "mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }": types.ScopeSetQuotaPolicy2Document,
};

/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = ratingGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function ratingGraphql(source: string): unknown;

/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"): (typeof documents)["mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }"];
/**
 * The ratingGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ratingGraphql(source: "mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }"): (typeof documents)["mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: \"先进支部较多\" }) { id organizationId setAt } }"];

export function ratingGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;