// The one react-query client: no retries on answers the server meant (4xx), short staleness.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** The app's settings on a new client (component tests make one per test). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
