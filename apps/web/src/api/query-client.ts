import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCode, isUnauthorized } from './errors.ts';

/** tRPC's query key of auth.me starts with this path (see trpc.auth.me.queryKey()). */
const ME_KEY = [['auth', 'me']];

/** Set when a session ends under the user's feet, so the login page can say why they are there. */
let expired = false;
export function takeSessionExpired() {
  const value = expired;
  expired = false;
  return value;
}

/**
 * Any request answered UNAUTHORIZED (session expired, revoked, password reset by an admin) sends
 * the user to the login page: cached data is dropped and auth.me becomes null, on which the
 * signed-in shell redirects to /login?next=… (no router needed here).
 */
function sessionEnded(queryClient: QueryClient) {
  if (window.location.pathname === '/login') return; // a wrong password is UNAUTHORIZED too
  expired = true;
  void queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (q) => JSON.stringify(q.queryKey[0]) !== JSON.stringify(ME_KEY[0]) });
  queryClient.setQueriesData({ queryKey: ME_KEY }, null);
}

export function createQueryClient() {
  const notice = (error: unknown) => {
    if (isUnauthorized(error)) sessionEnded(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
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
  return queryClient;
}
