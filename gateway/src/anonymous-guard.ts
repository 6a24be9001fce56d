import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, FragmentDefinitionNode } from 'graphql';
import { Role } from '@jifen/kit';
import { GatewayContext } from './gateway-context';

/** What someone not signed in may ask: to sign in (or renew, or end, a session), and the schema while not in production. */
const openToAnonymous = new Set(['login', 'refreshSession', 'logout', '__typename']);
const introspection = new Set(['__schema', '__type']);

/** The root fields an operation asks for, through fragments. */
export function rootFields(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** Refuses, before any subgraph is asked, everything but signing in to a caller with no session or key. */
export function anonymousGuardPlugin(options: { allowIntrospection: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.caller.role !== Role.ANONYMOUS || !operation) return;
          const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const closed = rootFields(operation, fragments).filter((name) => !openToAnonymous.has(name) && !(options.allowIntrospection && introspection.has(name)));
          if (closed.length === 0) return;
          throw new GraphQLError('请先登录：mutation { login(username: "…", password: "…") { token } }，再以 Authorization: Bearer <token> 访问', {
            extensions: { code: 'UNAUTHENTICATED', fields: closed, http: { status: 401 } },
          });
        },
      };
    },
  };
}
