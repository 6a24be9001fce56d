import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Logger } from '@jifen/kit';
import type { EnumChoices } from '../enum-choices';
import type { GatewayContext } from '../gateway-context';
import { errorReporting } from './error-reporting';
import { fieldCountCheck } from './field-count';
import { QueryLimits, queryLimits } from './limits';
import { queryCostPlugin } from './query-cost';
import { queryLimitRules } from './query-limits';

export interface HardeningInput {
  /** NODE_ENV=production: no introspection, no "Did you mean …?" hints. */
  production: boolean;
  logger: Logger;
  limits?: Partial<QueryLimits>;
  /** Correlation ids for errors met outside a request's pipeline; randomUUID by default. */
  newId?: () => string;
  /** The API's enums, listed with their meanings when a value is refused (outside production). */
  enumChoices?: EnumChoices;
}

export type HardeningOptions = Required<
  Pick<
    ApolloServerOptionsWithGateway<GatewayContext>,
    | 'validationRules'
    | 'plugins'
    | 'introspection'
    | 'hideSchemaDetailsFromClientErrors'
    | 'allowBatchedHttpRequests'
    | 'includeStacktraceInErrorResponses'
    | 'parseOptions'
    | 'formatError'
  >
>;

/**
 * What the public ApolloServer needs to refuse abusive requests and show only coded Chinese errors:
 * spread it into `new ApolloServer({ gateway, ...hardening })` (add your own plugins after `hardening.plugins`).
 *
 * - before validation: no more than `maxFields` field selections (field-count.ts);
 * - validationRules: depth, aliases, top-level fields, nested introspection lists, literal page sizes (query-limits.ts);
 * - plugins: page sizes through variables and the cost estimate, checked before execution (query-cost.ts),
 *   and the request id noted and logged for every error (error-reporting.ts);
 * - introspection only outside production; in production no suggestions in validation errors;
 * - no batched HTTP requests (a JSON array is refused with BATCH_NOT_ALLOWED);
 * - documents of more than `maxTokens` tokens are not parsed (QUERY_TOO_LARGE);
 * - formatError masks unexpected errors and adds the request id.
 */
export function hardeningOptions(input: HardeningInput): HardeningOptions {
  const limits = queryLimits(input.limits);
  const reporting = errorReporting({
    production: input.production,
    logger: input.logger,
    newId: input.newId,
    enumChoices: input.enumChoices,
  });
  const fieldCount = fieldCountCheck(limits.maxFields);
  return {
    validationRules: [fieldCount.rule, ...queryLimitRules(limits)],
    plugins: [fieldCount.plugin, queryCostPlugin(limits), reporting.plugin],
    introspection: !input.production,
    hideSchemaDetailsFromClientErrors: input.production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: reporting.formatError,
  };
}
