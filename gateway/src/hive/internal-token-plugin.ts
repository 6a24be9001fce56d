import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '@jifen/kit';
import { GatewayContext } from '../gateway-context';

/**
 * Every request to a subgraph carries a fresh internal token that names the caller and their scope, and
 * the request id (as build-gateway.ts's `willSendRequest` does for Apollo).
 */
export function internalTokenPlugin(tokenSecret: string, now: () => number = Date.now): GatewayPlugin<GatewayContext> {
  return {
    onFetch({ context, options, setOptions }) {
      // Hive's own fetches (none with a supergraph given as text) carry no caller.
      if (!('caller' in context) || !context.caller || !context.requestId) return;
      setOptions({
        ...options,
        headers: {
          ...options.headers,
          [INTERNAL_TOKEN_HEADER]: mintInternalToken(tokenSecret, context.caller, context.requestId, now()),
        },
      });
    },
  };
}
