import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, GraphQLError, ParseOptions, Source, ValidationRule } from 'graphql';
import { inputCheckPlugin } from '@jifen/kit';
import { anonymousGuardPlugin } from '../anonymous-guard';
import { GatewayContext } from '../gateway-context';
import { HardeningErrorCode, QueryLimits, queryLimits } from '../hardening/limits';
import { checkOperationCost } from '../hardening/query-cost';
import { checkFieldCount } from '../hardening/field-count';
import { queryLimitRules } from '../hardening/query-limits';
import { runDidResolveOperation } from './apollo-hooks';
import { withCode } from './request-errors';

export interface HiveHardeningInput {
  /** NODE_ENV=production: no introspection. */
  production: boolean;
  limits?: Partial<QueryLimits>;
}

/** What Apollo's `introspection: false` adds: `__schema` and `__type` refused at validation. */
const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== '__schema' && node.name.value !== '__type') return;
    context.reportError(
      new GraphQLError('GraphQL introspection is not allowed, but the query contained __schema or __type', {
        nodes: [node],
        extensions: { validationErrorCode: HardeningErrorCode.INTROSPECTION_DISABLED },
      }),
    );
  },
});

/**
 * The Apollo gateway's request limits (hardening-options.ts), as one Hive plugin, in Apollo's order:
 * - parse: no more than `maxTokens` tokens (QUERY_TOO_LARGE); a syntax error is GRAPHQL_PARSE_FAILED, 400;
 * - validate: first the number of fields (field-count.ts), then the graphql rules, then depth, aliases, top-level fields and literal page sizes
 *   (query-limits.ts), and no introspection in production; each error GRAPHQL_VALIDATION_FAILED, 400, its
 *   own code kept in `validationErrorCode`;
 * - before execution: the sign-in guard (anonymous-guard.ts, 401), the services' input check (text, ids, periods,
 *   finite numbers; kit input-check-plugin.ts, 400), then page sizes through variables and
 *   the cost estimate (query-cost.ts, 400).
 */
export function hardeningPlugin(input: HiveHardeningInput): GatewayPlugin<GatewayContext> {
  const limits = queryLimits(input.limits);
  const rules = [...queryLimitRules(limits), ...(input.production ? [noIntrospectionRule] : [])];
  const guard = anonymousGuardPlugin({ allowIntrospection: !input.production });
  const inputCheck = inputCheckPlugin<GatewayContext>();
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        parseFn(source, { ...options, maxTokens: limits.maxTokens }),
      );
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED', 400));
      };
    },
    onValidate({ params, addValidationRule, setResult }) {
      // Counted before graphql-js compares fields pairwise (field-count.ts): a refusal stops validation.
      const tooMany = checkFieldCount(params.documentAST, limits.maxFields);
      if (tooMany) setResult([tooMany]);
      for (const rule of rules) addValidationRule(rule);
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) =>
            error instanceof GraphQLError ? withCode(error, 'GRAPHQL_VALIDATION_FAILED', 400) : error,
          ),
        );
      };
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const { caller, requestId, setAside } = args.contextValue;
      // The door (hive-gateway.ts) puts both in every request's server context.
      if (!caller || !requestId) throw new Error('a request reached execution without its caller');
      const operation = getOperationAST(args.document, args.operationName);
      // Yoga has refused an operation it cannot pick (OPERATION_RESOLUTION_FAILURE, 400) before execution.
      if (!operation) return;
      const variables = args.variableValues ?? undefined;
      try {
        const resolved = {
          contextValue: { caller, requestId, setAside },
          schema: args.schema,
          document: args.document,
          operation,
          operationName: operation.name?.value ?? null,
          variables,
        };
        await runDidResolveOperation(guard, resolved);
        await runDidResolveOperation(inputCheck, resolved);
        const refused = checkOperationCost(args.schema, args.document, operation, variables, limits);
        if (refused) throw refused;
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
