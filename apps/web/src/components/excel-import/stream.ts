import type { AppRouter } from '@duban/api';
import { createTRPCClient, httpBatchStreamLink } from '@trpc/client';
import { readCookie } from '../../api/cookies.ts';
import type { ImportProgressState } from './types.ts';

let client: ReturnType<typeof createTRPCClient<AppRouter>> | null = null;

/**
 * A client for the imports, which stream their progress (JSON lines) while they run: only
 * httpBatchStreamLink reads a streamed answer. Everything else keeps the app's batching client.
 */
export function streamingClient() {
  client ??= createTRPCClient<AppRouter>({
    links: [httpBatchStreamLink({ url: '/trpc', headers: () => ({ 'x-csrf-token': readCookie('duban_csrf') }) })],
  });
  return client;
}

type StreamEvent<R> = { type: 'progress'; phase: 'read' | 'check' | 'write'; done: number; total: number } | { type: 'result'; result: R };

/** Reads an import's stream: progress goes to `onProgress`, the last event is the result. */
export async function readImportStream<R>(stream: AsyncIterable<StreamEvent<R>>, onProgress: (p: ImportProgressState) => void): Promise<R> {
  let result: R | undefined;
  for await (const event of stream) {
    if (event.type === 'progress') onProgress({ phase: event.phase, done: event.done, total: event.total });
    else result = event.result;
  }
  if (result === undefined) throw new Error('import ended without a result');
  return result;
}
