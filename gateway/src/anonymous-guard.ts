import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { Role, SIGN_IN_FIRST } from '@jifen/kit';
import { GatewayContext } from './gateway-context';

/** What someone not signed in may ask: to sign in (or renew, or end, a session), and the schema while not in production. */
const openToAnonymous = new Set(['login', 'refreshSession', 'logout', '__typename']);
const introspection = new Set(['__schema', '__type']);

/**
 * The names of every root field an operation's text holds, as sent: `@skip` and `@include` are not
 * weighed (a variable decides them, and a guard that followed them let `me @include(if: $v)` through),
 * and fragments spread at the root, named or inline, are followed (each named fragment once).
 */
export function rootFieldNamesAsSent(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const names = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return [...names];
}

/** Refuses, before any subgraph is asked, everything but signing in to a caller with no session or key. */
export function anonymousGuardPlugin(options: { allowIntrospection: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.caller.role !== Role.ANONYMOUS || !operation) return;
          const closed = rootFieldNamesAsSent(operation, document).filter(
            (name) => !openToAnonymous.has(name) && !(options.allowIntrospection && introspection.has(name)),
          );
          if (closed.length === 0) return;
          // A client still sending a refused token hears why it was refused, as it would have before the operation was read.
          const refused = contextValue.setAside;
          if (refused)
            throw new GraphQLError(refused.message, {
              extensions: { code: refused.code, ...refused.details, http: { status: refused.status } },
            });
          throw new GraphQLError(SIGN_IN_FIRST, {
            extensions: { code: 'UNAUTHENTICATED', fields: closed, http: { status: 401 } },
          });
        },
      };
    },
  };
}
