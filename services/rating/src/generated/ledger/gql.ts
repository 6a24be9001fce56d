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
    "query PeriodScoresForRating(\n  $representations: [_Any!]!, $period: String!, $first: Int!, $after: ID, $before: ID\n) {\n  _entities(representations: $representations) { ... on Organization {\n    periodScores(period: $period, first: $first, after: $after, before: $before) {\n      nextAfter\n      items {\n        memberId branchId schemeVersionId status state total graded\n        grade { code name } veto { label } forcedGrade { label grade } consequences { code label }\n        star { base starPoints }\n        member { name memberNo kind }\n      }\n    }\n  } }\n}": typeof types.PeriodScoresForRatingDocument,
    "query PeriodScoreDigestForRating($representations: [_Any!]!, $period: String!) {\n  _entities(representations: $representations) { ... on Organization { periodScoreDigest(period: $period) } }\n}": typeof types.PeriodScoreDigestForRatingDocument,
};
const documents: Documents = {
    "query PeriodScoresForRating(\n  $representations: [_Any!]!, $period: String!, $first: Int!, $after: ID, $before: ID\n) {\n  _entities(representations: $representations) { ... on Organization {\n    periodScores(period: $period, first: $first, after: $after, before: $before) {\n      nextAfter\n      items {\n        memberId branchId schemeVersionId status state total graded\n        grade { code name } veto { label } forcedGrade { label grade } consequences { code label }\n        star { base starPoints }\n        member { name memberNo kind }\n      }\n    }\n  } }\n}": types.PeriodScoresForRatingDocument,
    "query PeriodScoreDigestForRating($representations: [_Any!]!, $period: String!) {\n  _entities(representations: $representations) { ... on Organization { periodScoreDigest(period: $period) } }\n}": types.PeriodScoreDigestForRatingDocument,
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
export function ledgerGraphql(source: "query PeriodScoresForRating(\n  $representations: [_Any!]!, $period: String!, $first: Int!, $after: ID, $before: ID\n) {\n  _entities(representations: $representations) { ... on Organization {\n    periodScores(period: $period, first: $first, after: $after, before: $before) {\n      nextAfter\n      items {\n        memberId branchId schemeVersionId status state total graded\n        grade { code name } veto { label } forcedGrade { label grade } consequences { code label }\n        star { base starPoints }\n        member { name memberNo kind }\n      }\n    }\n  } }\n}"): (typeof documents)["query PeriodScoresForRating(\n  $representations: [_Any!]!, $period: String!, $first: Int!, $after: ID, $before: ID\n) {\n  _entities(representations: $representations) { ... on Organization {\n    periodScores(period: $period, first: $first, after: $after, before: $before) {\n      nextAfter\n      items {\n        memberId branchId schemeVersionId status state total graded\n        grade { code name } veto { label } forcedGrade { label grade } consequences { code label }\n        star { base starPoints }\n        member { name memberNo kind }\n      }\n    }\n  } }\n}"];
/**
 * The ledgerGraphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function ledgerGraphql(source: "query PeriodScoreDigestForRating($representations: [_Any!]!, $period: String!) {\n  _entities(representations: $representations) { ... on Organization { periodScoreDigest(period: $period) } }\n}"): (typeof documents)["query PeriodScoreDigestForRating($representations: [_Any!]!, $period: String!) {\n  _entities(representations: $representations) { ... on Organization { periodScoreDigest(period: $period) } }\n}"];

export function ledgerGraphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;