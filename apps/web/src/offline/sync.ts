import { openOfflineDb, type OfflineDatabase } from './db.ts';
import { OfflineQueue, type Submission, type SubmitResult } from './queue.ts';
import { trpcSender, trpcWhoAmI } from './transport.ts';

let dbPromise: Promise<OfflineDatabase> | null = null;
const db = () => (dbPromise ??= openOfflineDb());

/** The app's one queue: tRPC over fetch, IndexedDB storage. */
export const offlineQueue = new OfflineQueue({
  db,
  send: trpcSender(),
  whoAmI: trpcWhoAmI(),
  browserOnline: () => navigator.onLine,
});

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('duban-offline-queue');
// Another tab queued or uploaded something: show the same count here.
if (channel) channel.onmessage = () => void offlineQueue.refresh();
offlineQueue.subscribe(() => channel?.postMessage('changed'));

/**
 * Submits a mutation that must survive a dropped connection (an on-site record, a household
 * survey). Resolves `sent` with the server's result, or `queued` when it was stored for later;
 * rejects with SubmissionRejected when the server refused it (show its `error` to the user).
 */
export function submitOffline(submission: Submission): Promise<SubmitResult> {
  return offlineQueue.submit(submission);
}

const PERIODIC_CHECK_MS = 60_000;
let started = false;

/**
 * Replays at app start, whenever the browser comes back online or the tab becomes visible, and
 * once a minute as a safety net (the backoff timer in the queue handles the first retries).
 */
export function startOfflineSync() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => offlineQueue.online());
  window.addEventListener('offline', () => void offlineQueue.refresh());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void offlineQueue.flush();
  });
  setInterval(() => {
    if (offlineQueue.state().pending > 0 && navigator.onLine) void offlineQueue.flush();
  }, PERIODIC_CHECK_MS);
  void offlineQueue.flush().catch(() => undefined);
}
