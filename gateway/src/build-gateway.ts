import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '@jifen/kit';
import { GatewayContext } from './gateway-context';

export interface SubgraphUrls {
  scheme: string;
  ledger: string;
  rating: string;
}

/**
 * Apollo Gateway over the committed supergraph. The URLs composed into it are placeholders: each
 * subgraph is reached at its configured address, and every request to it carries a fresh internal token
 * that names the caller and their scope.
 */
export function buildGateway(supergraphSdl: string, urls: SubgraphUrls, tokenSecret: string, now: () => number = Date.now): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = urls[name as keyof SubgraphUrls];
      if (!url) throw new Error(`supergraph names an unknown subgraph "${name}"`);
      return new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest: ({ request, context }) => {
          if (!context.caller) return; // the gateway's own health checks carry no caller
          request.http?.headers.set(INTERNAL_TOKEN_HEADER, mintInternalToken(tokenSecret, context.caller, context.requestId, now()));
        },
      });
    },
  });
}
