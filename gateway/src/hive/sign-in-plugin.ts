import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, GraphQLError } from 'graphql';
import { GatewayContext } from '../gateway-context';
import { SignInGate } from '../sign-in-gate';

/**
 * The sign-in gate (sign-in-gate.ts) from Hive's hooks: the throttle before execution, the give-back and the
 * catch-up of ended sessions after it (Envelop awaits `onExecuteDone` before the answer is sent), and the
 * Retry-After header on a refusal (Hive's error plugin keeps only the status of an error's `http`).
 */
export function signInPlugin(gate: SignInGate): GatewayPlugin<GatewayContext> {
  const retryAfter = new WeakMap<Request, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      try {
        const ticket = gate.before(
          operation,
          args.document,
          args.variableValues ?? undefined,
          args.contextValue.clientAddress,
        );
        if (!ticket) return;
        return {
          onExecuteDone: ({ result }) =>
            'errors' in result ? gate.after(ticket, result.errors) : gate.after(ticket, undefined),
        };
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const request = args.contextValue.request;
        if (request && typeof error.extensions.retryAfterSeconds === 'number')
          retryAfter.set(request, error.extensions.retryAfterSeconds);
        setResultAndStopExecution({ errors: [error] });
      }
    },
    onResponse({ request, response }) {
      const seconds = retryAfter.get(request);
      if (seconds !== undefined) response.headers.set('retry-after', String(seconds));
    },
  };
}
