import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/** Server data lives here, keyed by operation and variables; refusals are not retried (they would only repeat). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
