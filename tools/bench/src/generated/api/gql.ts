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
    "mutation BenchPreviewRating($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id } }": typeof types.BenchPreviewRatingDocument,
    "mutation BenchConfirmRating($id: ID!) { confirmRating(runId: $id) { status } }": typeof types.BenchConfirmRatingDocument,
    "query Dashboard($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) {\n      membersScored mean grades { code name count }\n      children { organizationId membersScored mean grades { code name count } }\n    }\n    ratingRollup(period: $p) {\n      rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n      children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    }\n    children { id name level }\n  }\n}": typeof types.DashboardDocument,
    "query DashboardTree($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) { membersScored mean grades { code name count } }\n    ratingRollup(period: $p) { rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    children {\n      id name\n      scoreRollup(period: $p) {\n        membersScored mean grades { code name count }\n        children { organizationId membersScored mean grades { code name count } }\n      }\n      ratingRollup(period: $p) {\n        rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n        children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n      }\n      children { id name level }\n    }\n  }\n}": typeof types.DashboardTreeDocument,
    "query BranchPage($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    members(first: 50, period: $p, orderBy: TOTAL_DESC) {\n      total\n      items { id memberNo name score(period: $p) { total state grade { code name } } stars(period: $p) }\n    }\n  }\n}": typeof types.BranchPageDocument,
    "mutation BenchRecordEntries($input: RecordEntriesInput!) { recordEntries(input: $input) { id state } }": typeof types.BenchRecordEntriesDocument,
};
const documents: Documents = {
    "mutation BenchPreviewRating($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id } }": types.BenchPreviewRatingDocument,
    "mutation BenchConfirmRating($id: ID!) { confirmRating(runId: $id) { status } }": types.BenchConfirmRatingDocument,
    "query Dashboard($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) {\n      membersScored mean grades { code name count }\n      children { organizationId membersScored mean grades { code name count } }\n    }\n    ratingRollup(period: $p) {\n      rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n      children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    }\n    children { id name level }\n  }\n}": types.DashboardDocument,
    "query DashboardTree($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) { membersScored mean grades { code name count } }\n    ratingRollup(period: $p) { rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    children {\n      id name\n      scoreRollup(period: $p) {\n        membersScored mean grades { code name count }\n        children { organizationId membersScored mean grades { code name count } }\n      }\n      ratingRollup(period: $p) {\n        rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n        children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n      }\n      children { id name level }\n    }\n  }\n}": types.DashboardTreeDocument,
    "query BranchPage($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    members(first: 50, period: $p, orderBy: TOTAL_DESC) {\n      total\n      items { id memberNo name score(period: $p) { total state grade { code name } } stars(period: $p) }\n    }\n  }\n}": types.BranchPageDocument,
    "mutation BenchRecordEntries($input: RecordEntriesInput!) { recordEntries(input: $input) { id state } }": types.BenchRecordEntriesDocument,
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
export function apiGraphql(source: "mutation BenchPreviewRating($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id } }"): (typeof documents)["mutation BenchPreviewRating($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BenchConfirmRating($id: ID!) { confirmRating(runId: $id) { status } }"): (typeof documents)["mutation BenchConfirmRating($id: ID!) { confirmRating(runId: $id) { status } }"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query Dashboard($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) {\n      membersScored mean grades { code name count }\n      children { organizationId membersScored mean grades { code name count } }\n    }\n    ratingRollup(period: $p) {\n      rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n      children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    }\n    children { id name level }\n  }\n}"): (typeof documents)["query Dashboard($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) {\n      membersScored mean grades { code name count }\n      children { organizationId membersScored mean grades { code name count } }\n    }\n    ratingRollup(period: $p) {\n      rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n      children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    }\n    children { id name level }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query DashboardTree($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) { membersScored mean grades { code name count } }\n    ratingRollup(period: $p) { rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    children {\n      id name\n      scoreRollup(period: $p) {\n        membersScored mean grades { code name count }\n        children { organizationId membersScored mean grades { code name count } }\n      }\n      ratingRollup(period: $p) {\n        rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n        children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n      }\n      children { id name level }\n    }\n  }\n}"): (typeof documents)["query DashboardTree($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    scoreRollup(period: $p) { membersScored mean grades { code name count } }\n    ratingRollup(period: $p) { rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n    children {\n      id name\n      scoreRollup(period: $p) {\n        membersScored mean grades { code name count }\n        children { organizationId membersScored mean grades { code name count } }\n      }\n      ratingRollup(period: $p) {\n        rated meanTotal stars { stars places taken overflow } warnings { open overdue }\n        children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }\n      }\n      children { id name level }\n    }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "query BranchPage($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    members(first: 50, period: $p, orderBy: TOTAL_DESC) {\n      total\n      items { id memberNo name score(period: $p) { total state grade { code name } } stars(period: $p) }\n    }\n  }\n}"): (typeof documents)["query BranchPage($id: ID!, $p: String!) {\n  organization(id: $id) {\n    id name\n    members(first: 50, period: $p, orderBy: TOTAL_DESC) {\n      total\n      items { id memberNo name score(period: $p) { total state grade { code name } } stars(period: $p) }\n    }\n  }\n}"];
/**
 * The apiGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function apiGraphql(source: "mutation BenchRecordEntries($input: RecordEntriesInput!) { recordEntries(input: $input) { id state } }"): (typeof documents)["mutation BenchRecordEntries($input: RecordEntriesInput!) { recordEntries(input: $input) { id state } }"];

export function apiGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;