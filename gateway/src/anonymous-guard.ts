import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Role, rootFieldsOf, SIGN_IN_FIRST } from '@jifen/kit';
import { GatewayContext } from './gateway-context';

/** What someone not signed in may ask: to sign in (or renew, or end, a session), and the schema while not in production. */
const openToAnonymous = new Set(['login', 'refreshSession', 'logout', '__typename']);
const introspection = new Set(['__schema', '__type']);

/** Refuses, before any subgraph is asked, everything but signing in to a caller with no session or key. */
export function anonymousGuardPlugin(options: { allowIntrospection: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request }) {
          if (contextValue.caller.role !== Role.ANONYMOUS || !operation) return;
          const closed = rootFieldsOf(operation, document, request.variables)
            .map((field) => field.name)
            .filter((name) => !openToAnonymous.has(name) && !(options.allowIntrospection && introspection.has(name)));
          if (closed.length === 0) return;
          throw new GraphQLError(SIGN_IN_FIRST, {
            extensions: { code: 'UNAUTHENTICATED', fields: closed, http: { status: 401 } },
          });
        },
      };
    },
  };
}
