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
    "mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": typeof types.AccessLedgerAdoptTemplateDocument,
    "mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessLedgerSubmitFilingDocument,
    "mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": typeof types.AccessLedgerApproveFilingDocument,
    "mutation AccessRatingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": typeof types.AccessRatingAdoptTemplateDocument,
    "mutation AccessRatingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.AccessRatingSubmitFilingDocument,
    "mutation AccessRatingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": typeof types.AccessRatingApproveFilingDocument,
    "mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": typeof types.SchemeFilingSubmitFilingDocument,
    "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }": typeof types.SchemeFilingApproveFilingDocument,
};
const documents: Documents = {
    "mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }": types.AccessLedgerAdoptTemplateDocument,
    "mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.AccessLedgerSubmitFilingDocument,
    "mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }": types.AccessLedgerApproveFilingDocument,
    "mutation AccessRatingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }": types.AccessRatingAdoptTemplateDocument,
    "mutation AccessRatingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.AccessRatingSubmitFilingDocument,
    "mutation AccessRatingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }": types.AccessRatingApproveFilingDocument,
    "mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }": types.SchemeFilingSubmitFilingDocument,
    "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }": types.SchemeFilingApproveFilingDocument,
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
export function schemeGraphql(source: "mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"): (typeof documents)["mutation AccessLedgerAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"finance-bureau\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessLedgerSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"): (typeof documents)["mutation AccessLedgerApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2024-01-01\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessRatingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"): (typeof documents)["mutation AccessRatingAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: \"district-star-rating\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessRatingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation AccessRatingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation AccessRatingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"): (typeof documents)["mutation AccessRatingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2026-01-01\") { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"): (typeof documents)["mutation SchemeFilingSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }"];
/**
 * The schemeGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function schemeGraphql(source: "mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }"): (typeof documents)["mutation SchemeFilingApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: \"2029-01-01\") { status } }"];

export function schemeGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;