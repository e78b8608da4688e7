import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** A submission waiting for the server: what to call, with what, under which idempotency key. */
export interface QueuedSubmission {
  /** Insertion order (auto-increment): submissions are replayed in the order they were made. */
  seq?: number;
  procedure: string;
  input: unknown;
  idempotencyKey: string;
  /** Who made it (login name): only that user's session replays it, never someone else's. */
  owner: string | null;
  createdAt: number;
  attempts: number;
  /**
   * pending: waiting for the network; rejected: the server refused it (4xx) — shown to the user,
   * never retried; blocked: the session ended (401) — kept until the owner signs in again.
   */
  state: 'pending' | 'rejected' | 'blocked';
  lastError: string | null;
}

/** Query results kept for opening a page offline (the signed-in user, a form definition …). */
export interface Snapshot {
  key: string;
  value: unknown;
  savedAt: number;
}

interface OfflineDB extends DBSchema {
  submissions: { key: number; value: QueuedSubmission; indexes: { byKey: string } };
  snapshots: { key: string; value: Snapshot };
}

export type OfflineDatabase = IDBPDatabase<OfflineDB>;

export const DEFAULT_DB_NAME = 'duban-offline';

export function openOfflineDb(name = DEFAULT_DB_NAME): Promise<OfflineDatabase> {
  return openDB<OfflineDB>(name, 1, {
    upgrade(db) {
      const submissions = db.createObjectStore('submissions', { keyPath: 'seq', autoIncrement: true });
      // One row per idempotency key: a double tap on 提交 while offline queues one submission.
      submissions.createIndex('byKey', 'idempotencyKey', { unique: true });
      db.createObjectStore('snapshots', { keyPath: 'key' });
    },
  });
}
