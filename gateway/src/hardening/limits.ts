import { MAX_PAGE } from '@jifen/kit';

/** How much one request to the public API may ask for. Every limit is inclusive: a query at the limit passes. */
export interface QueryLimits {
  /** Deepest nesting of fields in an operation, fragments followed, introspection included (a chain of `ofType` counts once). */
  maxDepth: number;
  /** Aliased fields in an operation, counted once per place a fragment is spread (`a: a` is no alias). */
  maxAliases: number;
  /** Fields at the top of an operation (queries or mutations side by side), aliases included. */
  maxRootFields: number;
  /** Largest page argument (`first`, `last`, `limit`) a field may be given, as a literal or through a variable. */
  maxPage: number;
  /** Largest estimated cost (about the number of values in the answer; see query-cost.ts). */
  maxCost: number;
  /** Rows assumed for a paged field given no page argument and no default in the schema. */
  defaultPage: number;
  /** Rows assumed for a list field without page arguments (organizations, children, filings...). */
  defaultListSize: number;
  /** Lexical tokens in one query document; graphql-js stops parsing beyond it. */
  maxTokens: number;
  /** Field selections written in one document (field-count.ts), counted before validation. */
  maxFields: number;
  /** Integer arguments with these names are page sizes. */
  pageArguments: readonly string[];
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  // As many as aliases: a dashboard asking each of a branch's members by alias is ordinary use.
  maxRootFields: 30,
  maxPage: MAX_PAGE,
  // A scoring preview with its components, their items and explanations weighs about 28,000: twice that is ordinary use.
  maxCost: 50_000,
  defaultPage: 50,
  defaultListSize: 10,
  maxTokens: 10_000,
  // The organization page of the README asks about 50; thirty aliased dashboards of ten fields, 300.
  maxFields: 500,
  pageArguments: ['first', 'last', 'limit'],
};

export function queryLimits(overrides: Partial<QueryLimits> = {}): QueryLimits {
  return { ...defaultQueryLimits, ...overrides };
}

/** The codes a refused request carries in `extensions.code`. */
export enum HardeningErrorCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS',
  PAGE_TOO_LARGE = 'PAGE_TOO_LARGE',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** Introspection lists nested too deep (graphql's MaxIntrospectionDepthRule). */
  INTROSPECTION_TOO_DEEP = 'INTROSPECTION_TOO_DEEP',
  /** Introspection (`__schema`, `__type`) in production. */
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  /** A JSON array of operations in one HTTP request. */
  BATCH_NOT_ALLOWED = 'BATCH_NOT_ALLOWED',
  /** A document with more tokens than `maxTokens`. */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** A document with more field selections than `maxFields` (5,000 repetitions of one field). */
  TOO_MANY_FIELDS = 'TOO_MANY_FIELDS',
  /** graphql-js gave up validating (its own budget for comparing fields): a document too intricate to check. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
}

const hardeningCodes = new Set<string>(Object.values(HardeningErrorCode));

export function isHardeningCode(code: unknown): code is HardeningErrorCode {
  return typeof code === 'string' && hardeningCodes.has(code);
}
