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
    "mutation BrowserLogin($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}\nfragment BrowserAccount on Account { username displayName role organizationId memberId }": typeof types.BrowserLoginDocument,
    "mutation BrowserRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}": typeof types.BrowserRefreshDocument,
    "mutation BrowserLogout($refreshToken: String!) { logout(refreshToken: $refreshToken) }": typeof types.BrowserLogoutDocument,
};
const documents: Documents = {
    "mutation BrowserLogin($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}\nfragment BrowserAccount on Account { username displayName role organizationId memberId }": types.BrowserLoginDocument,
    "mutation BrowserRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}": types.BrowserRefreshDocument,
    "mutation BrowserLogout($refreshToken: String!) { logout(refreshToken: $refreshToken) }": types.BrowserLogoutDocument,
};

/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = apiGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function apiGraphql(source: string): unknown;

/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BrowserLogin($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}\nfragment BrowserAccount on Account { username displayName role organizationId memberId }"): (typeof documents)["mutation BrowserLogin($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}\nfragment BrowserAccount on Account { username displayName role organizationId memberId }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BrowserRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}"): (typeof documents)["mutation BrowserRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BrowserLogout($refreshToken: String!) { logout(refreshToken: $refreshToken) }"): (typeof documents)["mutation BrowserLogout($refreshToken: String!) { logout(refreshToken: $refreshToken) }"];

export function apiGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;