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
    "query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }": typeof types.AuditTrailOrganizationDocument,
    "mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": typeof types.ScopeCreateOrganizationDocument,
    "mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.ScopeAddMemberDocument,
    "query ScopeOrganizations { organizations { id } }": typeof types.ScopeOrganizationsDocument,
    "query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }": typeof types.ScopeOrganizationDocument,
    "query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }": typeof types.ScopeOrganization2Document,
    "mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }": typeof types.ScopeCreateOrganization2Document,
    "mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.SqlCountCreateOrganizationDocument,
};
const documents: Documents = {
    "query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }": types.AuditTrailOrganizationDocument,
    "mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }": types.ScopeCreateOrganizationDocument,
    "mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.ScopeAddMemberDocument,
    "query ScopeOrganizations { organizations { id } }": types.ScopeOrganizationsDocument,
    "query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }": types.ScopeOrganizationDocument,
    "query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }": types.ScopeOrganization2Document,
    "mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }": types.ScopeCreateOrganization2Document,
    "mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.SqlCountCreateOrganizationDocument,
};

/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = ledgerGraphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function ledgerGraphql(source: string): unknown;

/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }"): (typeof documents)["query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"): (typeof documents)["mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): (typeof documents)["mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query ScopeOrganizations { organizations { id } }"): (typeof documents)["query ScopeOrganizations { organizations { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }"): (typeof documents)["query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }"): (typeof documents)["query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }"): (typeof documents)["mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: \"越权支部\", parentId: $p }) { id } }"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation SqlCountCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];

export function ledgerGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;