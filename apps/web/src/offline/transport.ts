import { createTRPCUntypedClient, httpLink, TRPCClientError } from '@trpc/client';

/** A fetch implementation (the browser's, or a test's stand-in). */
type Fetch = typeof fetch;
import { readCookie } from '../api/cookies.ts';

/**
 * What became of one attempt to send a submission:
 * - ok: the server answered with a result (for a replay: the FIRST result, by idempotency key);
 * - transient: no answer or a server fault (offline, timeout, 5xx, 429) — try again later;
 * - unauthorized: the session ended (401) — keep it until its owner signs in again;
 * - rejected: the server refused the submission itself (400, 403, 404, 409 …) — retrying cannot
 *   help, so it is shown to the user instead of being queued forever.
 */
export type SendOutcome =
  | { kind: 'ok'; result: unknown }
  | { kind: 'transient'; message: string }
  | { kind: 'unauthorized'; message: string; error: unknown }
  | { kind: 'rejected'; message: string; error: unknown };

export type Sender = (procedure: string, input: unknown) => Promise<SendOutcome>;

/** Classifies a failed call by what the server said, if it said anything at all. */
export function classifyFailure(error: unknown): SendOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof TRPCClientError ? (error.data as { httpStatus?: number } | undefined)?.httpStatus : undefined;
  // No tRPC answer (fetch rejected, aborted, a proxy's HTML error page): the network's fault.
  if (status === undefined) return { kind: 'transient', message };
  if (status === 401) return { kind: 'unauthorized', message, error };
  if (status >= 500 || status === 408 || status === 429) return { kind: 'transient', message };
  return { kind: 'rejected', message, error };
}

/** Attempts longer than this count as a dropped connection (a phone on a weak signal hangs). */
const ATTEMPT_TIMEOUT_MS = 30_000;

/**
 * Sends submissions as plain tRPC mutations (POST /trpc/<procedure>), outside React so the queue
 * can replay at app start. `fetch` is injectable for tests; the CSRF cookie is read per attempt,
 * so a submission queued before a fresh sign-in goes out with the new session's token.
 */
export function trpcSender(options: { url?: string; fetch?: Fetch; csrf?: () => string } = {}): Sender {
  const client = createTRPCUntypedClient({
    links: [
      httpLink({
        url: options.url ?? '/trpc',
        fetch: options.fetch,
        headers: () => ({ 'x-csrf-token': (options.csrf ?? (() => readCookie('duban_csrf')))() }),
      }),
    ],
  });
  return async (procedure, input) => {
    try {
      const result = await client.mutation(procedure, input, { signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) });
      return { kind: 'ok', result };
    } catch (error) {
      return classifyFailure(error);
    }
  };
}

/** The signed-in user's login, or null when signed out; throws when the server is unreachable. */
export function trpcWhoAmI(options: { url?: string; fetch?: Fetch } = {}) {
  const client = createTRPCUntypedClient({ links: [httpLink({ url: options.url ?? '/trpc', fetch: options.fetch })] });
  return async (): Promise<string | null> => {
    const me = (await client.query('auth.me', undefined, { signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) })) as { username?: string } | null;
    return me?.username ?? null;
  };
}
