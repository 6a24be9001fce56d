import { GraphQLError } from 'graphql';
import { subgraphUnavailable } from '../subgraph-timeouts';

/**
 * Errors about the request itself (its text, its shape, its HTTP form) coded as Apollo codes them, so that
 * formatGatewayError gives both gateways' refusals the same code and Chinese message.
 */

/** A copy of `error` with a code and an HTTP status; the same error when it already has that code. */
export function withCode(error: GraphQLError, code: string, status: number): GraphQLError {
  if (error.extensions.code === code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code, http: { status } },
  });
}

/** Apollo's words for Yoga's refusals of an HTTP request (formatGatewayError knows Apollo's). */
const apolloMessages: Record<string, string> = {
  'Batching is not supported.': 'Operation batching disabled.',
  'Must provide query string.': 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.',
  'Required CSRF header(s) not present':
    "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n",
};

/**
 * Codes Hive gives its own failures to reach or read a subgraph (their extensions carry the subgraph
 * request, body included): unexpected errors, masked and logged like Apollo's.
 */
const hiveFailureCodes = new Set([
  'SUBREQUEST_HTTP_ERROR',
  'RESPONSE_VALIDATION_FAILED',
  'DOWNSTREAM_SERVICE_ERROR',
  'GATEWAY_TIMEOUT',
  'TIMEOUT_ERROR',
  'SCHEMA_RELOAD',
  'SHUTTING_DOWN',
]);

/** Of those, the codes of a subgraph that could not be reached or did not answer in time (upstreamTimeout). */
const unreachableCodes = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'TIMEOUT_ERROR']);

function httpStatusOf(error: GraphQLError): number | undefined {
  const http = error.extensions.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}

/**
 * An error as Apollo would have coded it:
 * - a subgraph Hive could not reach or that did not answer in time: SUBGRAPH_UNAVAILABLE naming the service
 *   (subgraph-timeouts.ts), as build-gateway.ts gives it, the original kept for the log;
 * - Hive's other failures to read a subgraph: INTERNAL_SERVER_ERROR (masked), its message and subgraph kept for the log;
 * - a variable the operation cannot accept: BAD_USER_INPUT, 400;
 * - Yoga's refusal of a malformed request (no query, a batch, a missing CSRF header: a status in the 400s):
 *   BAD_REQUEST, in Apollo's words where formatGatewayError knows them;
 * - any other error as it is.
 */
export function inApolloTerms(error: GraphQLError): GraphQLError {
  const code = error.extensions.code;
  const serviceName = error.extensions.serviceName;
  if (typeof code === 'string' && unreachableCodes.has(code) && typeof serviceName === 'string') {
    const unavailable = subgraphUnavailable(serviceName);
    return new GraphQLError(unavailable.message, {
      path: error.path,
      originalError: error,
      extensions: unavailable.extensions,
    });
  }
  if (typeof code === 'string' && hiveFailureCodes.has(code)) {
    return new GraphQLError(error.message, {
      path: error.path,
      originalError: error,
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: error.extensions.serviceName },
    });
  }
  const apolloMessage = apolloMessages[error.message];
  if (apolloMessage)
    return new GraphQLError(apolloMessage, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
  const status = httpStatusOf(error);
  if (status === undefined || status < 400 || status >= 500 || (code !== undefined && code !== 'BAD_REQUEST'))
    return error;
  return error.message.startsWith('Variable "$')
    ? withCode(error, 'BAD_USER_INPUT', status)
    : withCode(error, 'BAD_REQUEST', status);
}

/** The HTTP status of a response with these errors: the highest any of them asks for, else 200 (Apollo's rule). */
export function responseStatus(errors: readonly GraphQLError[]): number {
  let status: number | undefined;
  for (const error of errors) {
    const own = httpStatusOf(error);
    if (own !== undefined && (status === undefined || own > status)) status = own;
  }
  return status ?? 200;
}
