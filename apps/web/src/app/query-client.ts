import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api';

/** A deactivated account is signed out wherever the API says so. */
function onApiError(error: unknown): void {
  if (isApiError(error, 'ACCOUNT_DISABLED')) api.clearSession();
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change by asking again; network trouble and 5xx might.
        retry: (failures, error) =>
          failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
