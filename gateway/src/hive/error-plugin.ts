import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ExecutionResult, getOperationAST, GraphQLError } from 'graphql';
import { GatewayContext } from '../gateway-context';
import type { ErrorReporting } from '../hardening/error-reporting';
import { runDidEncounterErrors } from './apollo-hooks';
import { inApolloTerms, responseStatus } from './request-errors';

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(message, { originalError: error instanceof Error ? error : undefined });
}

/** A GraphQLError that serializes as `shown` (Yoga strips `extensions.http`, which keeps the status). */
function shownError(shown: ReturnType<ErrorReporting['formatError']>, error: GraphQLError): GraphQLError {
  const located = shown.locations ? { nodes: error.nodes, source: error.source, positions: error.positions } : {};
  return new GraphQLError(shown.message, { ...located, path: shown.path, extensions: shown.extensions });
}

/**
 * Every error a client gets, as the Apollo gateway shows and logs it (error-reporting.ts): subgraph codes
 * kept, unexpected errors masked to INTERNAL, `extensions.requestId` added, one log line per request with
 * the same id; and the HTTP status Apollo answers with (400 for a refused request, 401 for no sign-in,
 * else 200).
 */
export function errorPlugin(reporting: ErrorReporting): GatewayPlugin<GatewayContext> {
  const operationNames = new WeakMap<Request, string | null>();

  const format = async (
    result: ExecutionResult,
    context: GatewayContext,
    operationName: string | null,
  ): Promise<ExecutionResult> => {
    if (!result.errors?.length) return result;
    const errors = result.errors.map((error) => inApolloTerms(asGraphQLError(error)));
    await runDidEncounterErrors(reporting.plugin, context, errors, operationName);
    const shown = errors.map((error) => shownError(reporting.formatError(error.toJSON(), error), error));
    return { ...result, errors: shown, extensions: { ...result.extensions, http: { status: responseStatus(errors) } } };
  };

  return {
    onExecute({ args }) {
      const request = args.contextValue.request;
      if (request) operationNames.set(request, getOperationAST(args.document, args.operationName)?.name?.value ?? null);
    },
    async onResultProcess({ request, result, setResult, serverContext }) {
      // No subscriptions, @defer or @stream are served: every result is one object (a batch is refused).
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      // Hive does not type the server context it was given: the door (hive-gateway.ts) gives every request both.
      const { caller, requestId } = serverContext as Partial<GatewayContext>;
      if (!caller || !requestId) throw new Error('a request reached Hive without its caller');
      setResult(await format(result, { caller, requestId }, operationNames.get(request) ?? null));
    },
  };
}
