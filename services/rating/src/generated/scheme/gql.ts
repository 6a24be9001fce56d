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
    "query SchemeVersionsForRating($representations: [_Any!]!) {\n  _entities(representations: $representations) { ... on SchemeVersion { id rules } }\n}": typeof types.SchemeVersionsForRatingDocument,
};
const documents: Documents = {
    "query SchemeVersionsForRating($representations: [_Any!]!) {\n  _entities(representations: $representations) { ... on SchemeVersion { id rules } }\n}": types.SchemeVersionsForRatingDocument,
};

/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = schemeGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function schemeGraphql(source: string): unknown;

/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "query SchemeVersionsForRating($representations: [_Any!]!) {\n  _entities(representations: $representations) { ... on SchemeVersion { id rules } }\n}"): (typeof documents)["query SchemeVersionsForRating($representations: [_Any!]!) {\n  _entities(representations: $representations) { ... on SchemeVersion { id rules } }\n}"];

export function schemeGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;