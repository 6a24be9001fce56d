import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '@jifen/kit';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { EnumChoices } from '../enum-choices';
import { formatGatewayError, isMaskedCode } from '../format-error';
import { isHardeningCode } from './limits';

export interface ErrorReportingOptions {
  production: boolean;
  logger: Logger;
  /** A fresh correlation id, for an error met outside any request's pipeline (a refused batch, a failed context). */
  newId?: () => string;
  /** The API's enums, listed when a value is refused (format-error.ts). */
  enumChoices?: EnumChoices;
}

export interface ErrorReporting {
  /** Notes each error's request id and logs it (unexpected ones with their message and stack). */
  plugin: ApolloServerPlugin<BaseContext & { requestId?: string }>;
  /** Apollo's `formatError`: formatGatewayError with the id the plugin noted (or a fresh one, logged here). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** The code that decides how an error is shown: a hardening rule's, else the error's own. */
function effectiveCode(extensions: Record<string, unknown> | undefined): unknown {
  return typeof extensions?.validationErrorCode === 'string' ? extensions.validationErrorCode : extensions?.code;
}

/** What a log line may say of an error's extensions: the numbers of a refusal, never HTTP details or traces. */
function details(extensions: Record<string, unknown>): Record<string, unknown> {
  const {
    code: _code,
    validationErrorCode: _validationErrorCode,
    http: _http,
    stacktrace: _stacktrace,
    exception: _exception,
    ...rest
  } = extensions;
  return rest;
}

function stackOf(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return original instanceof Error ? original.stack : undefined;
}

/**
 * Every error a client gets carries `extensions.requestId`, the request's correlation id (the context's
 * `requestId`, also sent to the subgraphs in the internal token), and the log has a line with the same id:
 * - an unexpected error (masked to INTERNAL for the client): `error`, with its original message, stack,
 *   path and subgraph;
 * - a refusal by the hardening rules: `warn`, with its numbers;
 * - other coded errors of a request (a subgraph's "not found", a validation error): one `info` line.
 *
 * formatError has no context: the plugin notes each error object's request id in `didEncounterErrors`,
 * which Apollo calls with the very objects it then formats. Errors outside any request's pipeline (a
 * batch refused, a context that could not be built, a malformed request) keep the `requestId` their
 * extensions carry (the context's own refusal) or get a fresh one, and are logged by formatError.
 */
export function errorReporting(options: ErrorReportingOptions): ErrorReporting {
  const { logger, production } = options;
  const newId = options.newId ?? randomUUID;
  const requestIds = new WeakMap<object, string>();

  const report = (errors: readonly GraphQLError[], requestId: string, operationName: string | null | undefined) => {
    const codes: string[] = [];
    for (const error of errors) {
      requestIds.set(error, requestId);
      const code = effectiveCode(error.extensions);
      const where = { requestId, ...(operationName ? { operationName } : {}) };
      if (isMaskedCode(code)) {
        logger.error('unexpected error', {
          ...where,
          error: error.message,
          code: error.extensions?.code,
          path: error.path,
          serviceName: error.extensions?.serviceName,
          stack: stackOf(error),
        });
      } else if (isHardeningCode(code)) {
        logger.warn('query refused', { ...where, code, error: error.message, ...details(error.extensions) });
      } else {
        codes.push(String(code));
      }
    }
    if (codes.length > 0)
      logger.info('request answered with errors', { requestId, ...(operationName ? { operationName } : {}), codes });
  };

  return {
    plugin: {
      async requestDidStart(requestContext) {
        const requestId = requestContext.contextValue.requestId ?? newId();
        return {
          async didEncounterErrors(context) {
            report(context.errors, requestId, context.operationName);
          },
          async didEncounterSubsequentErrors(context, errors) {
            report(errors, requestId, context.operationName);
          },
        };
      },
    },
    formatError: (formatted, error) => {
      const noted = typeof error === 'object' && error !== null ? requestIds.get(error) : undefined;
      // Outside the pipeline, an id the context put in its own error (a refused sign-in) is the request's.
      const given = formatted.extensions?.requestId;
      const requestId = noted ?? (typeof given === 'string' && given ? given : newId());
      const shown = formatGatewayError(formatted, { production, requestId, enumChoices: options.enumChoices });
      if (!noted) {
        if (isMaskedCode(effectiveCode(formatted.extensions))) {
          logger.error('unexpected error', {
            requestId,
            error: error instanceof Error ? error.message : String(error),
            stack: stackOf(error),
          });
        } else {
          logger.warn('request refused', { requestId, code: shown.extensions?.code, error: formatted.message });
        }
      }
      return shown;
    },
  };
}
