import type { AppRouter } from '@duban/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { readCookie } from './cookies.ts';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // Long batched GETs (a page asking for many things at once) switch to POST past this.
        maxURLLength: 4000,
        // The server refuses batches of more than 20 calls (apps/server/src/app.ts, MAX_BATCH_SIZE).
        maxItems: 20,
        // The server rejects any cookie-authenticated mutation without the CSRF echo (403).
        headers: () => ({ 'x-csrf-token': readCookie('duban_csrf') }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
