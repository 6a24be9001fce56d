import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isSignedOut } from './api-error';

/**
 * Server data lives here, keyed by operation and variables; refusals are not retried (they would only repeat).
 * Any answer saying the session is over (after the quiet renewal failed: graphql-client.ts) calls `onSignedOut`,
 * whichever screen asked.
 */
export function createQueryClient(onSignedOut: () => void = () => {}): QueryClient {
  const onError = (error: unknown) => {
    if (isSignedOut(error)) onSignedOut();
  };
  return new QueryClient({
    // A query that deals with signing out itself (the viewer's: RequireSession) says so in its meta.
    queryCache: new QueryCache({ onError: (error, query) => query.meta?.handlesSignedOut || onError(error) }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
