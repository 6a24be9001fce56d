import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { hasRight, Right } from '../access/rights';
import { SIGN_IN_FIRST } from '../access/session-token';
import { Role } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { KitErrorCode } from '../errors/app-error';

/**
 * Every query needs the right to read: a branch tool's key issued only to declare entries reads nothing,
 * and a caller who has not logged in reads nothing (it may only call `login`). Mutations check their own rights.
 */
export function readRightPlugin<L>(): ApolloServerPlugin<RequestContext<L>> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query' || hasRight(contextValue.caller, Right.READ)) return;
          if (contextValue.caller.role === Role.ANONYMOUS) {
            throw new GraphQLError(SIGN_IN_FIRST, {
              extensions: { code: KitErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          }
          throw new GraphQLError('该密钥没有查看权限（READ），不能查询数据', { extensions: { code: 'FORBIDDEN', right: Right.READ, http: { status: 403 } } });
        },
      };
    },
  };
}
