import type { OfflineDatabase, QueuedSubmission } from './db.ts';
import type { SendOutcome, Sender } from './transport.ts';

export interface Submission {
  /** A tRPC mutation path, e.g. 'inspection.submitRecord'. */
  procedure: string;
  input: unknown;
  /** A UUID made once per submission (not per attempt): every replay carries the same key. */
  idempotencyKey: string;
}

export type SubmitResult = { status: 'sent'; result: unknown } | { status: 'queued' };

/** What the status badge shows. */
export interface QueueState {
  /** Submissions of the current user still to upload. */
  pending: number;
  /** Refused by the server: shown with the reason until the user discards them. */
  rejected: QueuedSubmission[];
  /** Waiting for their owner to sign in again. */
  blocked: number;
  /** The last attempt found no network (or the browser says it is offline). */
  offline: boolean;
  /** When the next automatic retry is due (ms since epoch), if one is scheduled. */
  nextRetryAt: number | null;
}

/** A submission the server refused; the page shows `error` (a TRPCClientError) to the user. */
export class SubmissionRejected extends Error {
  constructor(readonly error: unknown, message: string) {
    super(message);
    this.name = 'SubmissionRejected';
  }
}

export interface OfflineQueueOptions {
  db: () => Promise<OfflineDatabase>;
  send: Sender;
  /** Asks the server who is signed in (to replay only their own submissions). */
  whoAmI?: () => Promise<string | null>;
  /** Delay before the n-th consecutive retry (n ≥ 1). */
  retryDelay?: (failures: number) => number;
  now?: () => number;
  /** The browser's own opinion (navigator.onLine); the queue still tries when it says offline. */
  browserOnline?: () => boolean;
}

/** 2 s, 4 s, 8 s … capped at 5 minutes, with ±20 % jitter so a fleet of phones does not stampede. */
export const defaultRetryDelay = (failures: number) => Math.min(300_000, 2_000 * 2 ** Math.max(0, failures - 1)) * (0.8 + Math.random() * 0.4);

/**
 * The offline submission queue (IndexedDB). A submission is tried at once; when the network fails
 * it is stored and replayed later — in order, each with its idempotency key, and removed only once
 * the server has answered. The server returns the first result for a key it has seen, so a replay
 * whose answer was lost on the way back is harmless.
 */
export class OfflineQueue {
  private owner: string | null = null;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private queuedDrain: Promise<void> | null = null;
  private lastOffline = false;
  private current: QueueState = { pending: 0, rejected: [], blocked: 0, offline: false, nextRetryAt: null };
  private readonly listeners = new Set<() => void>();
  private readonly results = new Map<string, SendOutcome>();
  private readonly now: () => number;
  private readonly retryDelay: (failures: number) => number;

  constructor(private readonly options: OfflineQueueOptions) {
    this.now = options.now ?? Date.now;
    this.retryDelay = options.retryDelay ?? defaultRetryDelay;
  }

  /** The signed-in user (login name); their blocked submissions become pending again. */
  async setOwner(owner: string | null) {
    if (owner === this.owner) return;
    this.owner = owner;
    if (owner) {
      const db = await this.options.db();
      const tx = db.transaction('submissions', 'readwrite');
      for (const s of await tx.store.getAll()) {
        if (s.state === 'blocked' && (s.owner === owner || s.owner === null)) await tx.store.put({ ...s, state: 'pending', lastError: null });
      }
      await tx.done;
    }
    await this.refresh();
  }

  async submit(submission: Submission): Promise<SubmitResult> {
    const ahead = (await this.mine()).some((s) => s.state !== 'rejected');
    if (!ahead) {
      const outcome = await this.options.send(submission.procedure, submission.input);
      this.noteNetwork(outcome);
      if (outcome.kind === 'ok') return { status: 'sent', result: outcome.result };
      if (outcome.kind === 'rejected') throw new SubmissionRejected(outcome.error, outcome.message);
      await this.store(submission, outcome.kind === 'unauthorized' ? 'blocked' : 'pending', outcome.message);
      this.failures++;
      this.scheduleRetry();
      await this.refresh();
      return { status: 'queued' };
    }
    // Older submissions are waiting: this one goes behind them, so the server sees them in order.
    await this.store(submission, 'pending', null);
    await this.flush();
    const outcome = this.results.get(submission.idempotencyKey);
    this.results.delete(submission.idempotencyKey);
    if (outcome?.kind === 'ok') return { status: 'sent', result: outcome.result };
    if (outcome?.kind === 'rejected') {
      await this.discardKey(submission.idempotencyKey);
      throw new SubmissionRejected(outcome.error, outcome.message);
    }
    return { status: 'queued' };
  }

  /**
   * Replays the pending submissions, oldest first. Stops at the first network failure (order is
   * kept) and schedules a retry with backoff. Calls are serialised; one waiting drain is shared.
   */
  flush(): Promise<void> {
    if (this.queuedDrain) return this.queuedDrain;
    const run = this.chain.then(async () => {
      this.queuedDrain = null;
      await this.withLock(() => this.drain());
    });
    this.queuedDrain = run;
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Back online (the browser's event): retry now instead of waiting for the backoff timer. */
  online() {
    this.failures = 0;
    this.lastOffline = false;
    void this.flush();
  }

  /**
   * What a page's own reads found: the server answered, or could not be reached. navigator.onLine
   * is not enough (it stays true behind a dead link or an emulated outage), so 离线 follows what
   * the app saw as well as what the browser says.
   */
  noteReachable(reachable: boolean) {
    if (this.lastOffline === !reachable) return;
    this.lastOffline = !reachable;
    void this.refresh();
  }

  /** Removes a refused submission the user has seen. */
  async discard(seq: number) {
    const db = await this.options.db();
    await db.delete('submissions', seq);
    await this.refresh();
  }

  state(): QueueState {
    return this.current;
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Re-reads the store (e.g. after another tab changed it) and tells the listeners. */
  async refresh() {
    const mine = await this.mine();
    const browserOffline = this.options.browserOnline ? !this.options.browserOnline() : false;
    this.current = {
      pending: mine.filter((s) => s.state === 'pending').length,
      rejected: mine.filter((s) => s.state === 'rejected'),
      blocked: mine.filter((s) => s.state === 'blocked').length,
      offline: this.lastOffline || browserOffline,
      nextRetryAt: this.current.nextRetryAt,
    };
    for (const listener of this.listeners) listener();
  }

  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async drain() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = { ...this.current, nextRetryAt: null };
    const db = await this.options.db();
    let items = (await this.mine()).filter((s) => s.state === 'pending');
    if (items.some((s) => s.owner && !this.owner) && this.options.whoAmI) {
      try {
        this.owner = await this.options.whoAmI();
      } catch {
        this.lastOffline = true;
        this.failures++;
        this.scheduleRetry();
        return this.refresh();
      }
      items = (await this.mine()).filter((s) => s.state === 'pending');
    }
    for (const item of items) {
      const outcome = await this.options.send(item.procedure, item.input);
      this.noteNetwork(outcome);
      if (outcome.kind === 'transient') {
        await db.put('submissions', { ...item, attempts: item.attempts + 1, lastError: outcome.message });
        this.failures++;
        this.scheduleRetry();
        break;
      }
      this.failures = 0;
      this.results.set(item.idempotencyKey, outcome);
      if (outcome.kind === 'ok') {
        await db.delete('submissions', item.seq!);
      } else if (outcome.kind === 'rejected') {
        await db.put('submissions', { ...item, attempts: item.attempts + 1, state: 'rejected', lastError: outcome.message });
      } else {
        // The session ended: everything after this would fail the same way.
        await db.put('submissions', { ...item, attempts: item.attempts + 1, state: 'blocked', lastError: outcome.message });
        break;
      }
    }
    // Keep only the outcomes a waiting submit() may still ask for.
    if (this.results.size > 100) this.results.clear();
    await this.refresh();
  }

  /** The current user's submissions (and ownerless ones), oldest first. */
  private async mine(): Promise<QueuedSubmission[]> {
    const db = await this.options.db();
    const all = await db.getAll('submissions');
    return all.filter((s) => s.owner === null || this.owner === null || s.owner === this.owner);
  }

  private async store(submission: Submission, state: QueuedSubmission['state'], lastError: string | null) {
    const db = await this.options.db();
    const row: QueuedSubmission = {
      procedure: submission.procedure, input: submission.input, idempotencyKey: submission.idempotencyKey,
      owner: this.owner, createdAt: this.now(), attempts: state === 'pending' && lastError === null ? 0 : 1, state, lastError,
    };
    try {
      await db.add('submissions', row);
    } catch (error) {
      // The same key is already waiting (a second tap on 提交): one submission, not two.
      if (!(error instanceof DOMException && error.name === 'ConstraintError')) throw error;
    }
  }

  private async discardKey(key: string) {
    const db = await this.options.db();
    const row = await db.getFromIndex('submissions', 'byKey', key);
    if (row) await db.delete('submissions', row.seq!);
    await this.refresh();
  }

  private noteNetwork(outcome: SendOutcome) {
    this.lastOffline = outcome.kind === 'transient';
  }

  private scheduleRetry() {
    if (this.timer) clearTimeout(this.timer);
    const delay = this.retryDelay(this.failures);
    this.current = { ...this.current, nextRetryAt: this.now() + delay };
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** One tab replays at a time (Web Locks); others wait, then find nothing left to send. */
  private async withLock(run: () => Promise<void>) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return run();
    await locks.request('duban-offline-queue', run);
  }
}
