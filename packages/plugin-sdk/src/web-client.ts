// How a plugin's pages call its API: a typed tRPC client over the same /trpc endpoint and session
// as the core web app, exposed as TanStack Query options (the app's QueryClient caches them).
import { useQueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useMemo } from 'react';

/** The session's CSRF token, echoed on every request (the server checks it on mutations). */
export function csrfToken(): string {
  const match = /(?:^|;\s*)duban_csrf=([^;]+)/.exec(typeof document === 'undefined' ? '' : document.cookie);
  return match ? decodeURIComponent(match[1]!) : '';
}

const clients = new Map<string, unknown>();

function clientFor<R extends AnyTRPCRouter>(url: string) {
  let client = clients.get(url);
  if (!client) {
    // The core's transformer is the default (none), which a generic R cannot show the compiler.
    const link = httpBatchLink({ url, headers: () => ({ 'x-csrf-token': csrfToken() }) } as unknown as Parameters<typeof httpBatchLink<R>>[0]);
    client = createTRPCClient<R>({ links: [link] });
    clients.set(url, client);
  }
  return client as ReturnType<typeof createTRPCClient<R>>;
}

/** `const api = usePluginApi<FloodControlRouter>(); useQuery(api['flood-control'].x.queryOptions(...))` */
export function usePluginApi<R extends AnyTRPCRouter>(url = '/trpc') {
  const queryClient = useQueryClient();
  return useMemo(() => createTRPCOptionsProxy<R>({ client: clientFor<R>(url), queryClient }), [queryClient, url]);
}
