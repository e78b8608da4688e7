import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCode, isUnauthorized } from './errors.ts';

/**
 * What to do when any request finds the session gone (expired, revoked, password reset by an
 * admin). The router installs the real handler; the query client only detects the condition.
 */
let unauthorizedHandler: () => void = () => {};
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler;
}

export function createQueryClient() {
  const notice = (error: unknown) => {
    if (isUnauthorized(error)) unauthorizedHandler();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: notice }),
    mutationCache: new MutationCache({ onError: notice }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Only transport failures are worth repeating; a 403 or 404 will not change on retry.
        retry: (failures, error) => failures < 2 && errorCode(error) === undefined,
      },
      mutations: { retry: false },
    },
  });
}
