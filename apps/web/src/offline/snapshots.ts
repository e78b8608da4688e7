import { readCookie } from '../api/cookies.ts';
import { openOfflineDb, type OfflineDatabase } from './db.ts';

let dbPromise: Promise<OfflineDatabase> | null = null;
const db = () => (dbPromise ??= openOfflineDb());

/**
 * Snapshots are bound to the session they were taken in (its CSRF cookie, which the server
 * replaces at every sign-in and clears at sign-out): after a sign-out, or for the next user at
 * the same desk, nothing saved before is ever shown.
 */
const session = () => readCookie('duban_csrf');

export async function saveSnapshot(key: string, value: unknown) {
  const current = session();
  if (!current) return;
  try {
    await (await db()).put('snapshots', { key, value: { session: current, value }, savedAt: Date.now() });
  } catch {
    /* storage full or blocked: the page still works online */
  }
}

export async function loadSnapshot<T>(key: string): Promise<T | undefined> {
  const current = session();
  if (!current) return undefined;
  try {
    const row = await (await db()).get('snapshots', key);
    const saved = row?.value as { session: string; value: T } | undefined;
    return saved && saved.session === current ? saved.value : undefined;
  } catch {
    return undefined;
  }
}

/** Drops every snapshot (e.g. when the server says nobody is signed in). */
export async function clearSnapshots() {
  try {
    await (await db()).clear('snapshots');
  } catch {
    /* nothing to clear */
  }
}
