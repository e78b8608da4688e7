// Offline capture (issue 5, item 8): a queue for submissions that must survive a dropped
// connection, its status for page headers, and queries that fall back to saved answers offline.
export { submitOffline } from './sync.ts';
export { SubmissionRejected, type Submission, type SubmitResult } from './queue.ts';
export { useOfflineQueue } from './use-offline-queue.ts';
export { OfflineStatusBadge } from './OfflineStatusBadge.tsx';
export { useOfflineQuery } from './use-offline-query.ts';
export { newIdempotencyKey } from './idempotency-key.ts';
