// Delivers after-commit events from the outbox, exactly once per subscriber for what the
// subscriber writes to the database: each delivery claims its row (FOR UPDATE SKIP LOCKED, so
// two server processes never take the same one), runs the handler in that same transaction and
// marks the row delivered before committing. A handler that throws — or a process that dies
// mid-delivery — rolls all of it back, and the row is retried later with a growing pause.
// External calls are at-least-once: a handler passes `deliveryId` to the gateway as its
// idempotency key.
import type { PrismaClient } from '@duban/db';
import type { DomainEvent } from './event-types.ts';
import { eventBus, type EventBus, type EventServices } from './event-bus.ts';

/** 30 s, 1 min, 2 min … capped at an hour. */
export const retryDelayMs = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));

interface OutboxRow {
  county_id: string;
  id: string;
  event_id: string;
  event: string;
  subscriber: string;
  payload: unknown;
  occurred_at: Date;
  attempts: number;
}

export interface DeliveryOptions {
  bus?: EventBus;
  services?: EventServices;
  now?: Date;
  /** At most this many deliveries per call (the rest wait for the next call). */
  limit?: number;
}

/** Delivers what is due; returns how many were delivered and how many failed (to be retried). */
export async function deliverDueEvents(prisma: PrismaClient, options: DeliveryOptions = {}) {
  const bus = options.bus ?? eventBus;
  const services = options.services ?? {};
  const limit = options.limit ?? 100;
  let delivered = 0;
  let failed = 0;
  const skipped = new Set<string>();
  while (delivered + failed < limit) {
    const now = options.now ?? new Date();
    let claimed: OutboxRow | undefined;
    try {
      await prisma.$transaction(
        async (tx) => {
          const rows = await tx.$queryRaw<OutboxRow[]>`
            SELECT county_id, id, event_id, event, subscriber, payload, occurred_at, attempts FROM event_outbox
            WHERE delivered_at IS NULL AND next_attempt_at <= ${now} AND NOT (id = ANY(${[...skipped]}::text[]))
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
          claimed = rows[0];
          if (!claimed) return;
          const subscriber = bus.subscriber(claimed.subscriber);
          if (!subscriber || subscriber.phase !== 'afterCommit') throw new Error(`no after-commit subscriber ${claimed.subscriber} in this process`);
          const event: DomainEvent = { id: claimed.event_id, name: claimed.event, countyId: claimed.county_id, occurredAt: claimed.occurred_at, payload: claimed.payload as DomainEvent['payload'] };
          await subscriber.handle({ db: tx, deliveryId: claimed.id, attempt: claimed.attempts + 1, services }, event);
          await tx.$executeRaw`UPDATE event_outbox SET delivered_at = ${now}, attempts = attempts + 1, last_error = NULL WHERE county_id = ${claimed.county_id} AND id = ${claimed.id}`;
        },
        { timeout: 120_000 },
      );
      if (!claimed) break;
      delivered++;
    } catch (error) {
      if (!claimed) throw error;
      failed++;
      skipped.add(claimed.id);
      const attempts = claimed.attempts + 1;
      const message = (error as Error).message?.slice(0, 500) ?? String(error);
      await prisma.$executeRaw`UPDATE event_outbox SET attempts = ${attempts}, last_error = ${message},
        next_attempt_at = ${new Date(now.getTime() + retryDelayMs(attempts))} WHERE county_id = ${claimed.county_id} AND id = ${claimed.id} AND delivered_at IS NULL`;
      services.log?.error({ err: error, event: claimed.event, subscriber: claimed.subscriber, attempts }, 'event delivery failed; will retry');
    }
  }
  return { delivered, failed };
}
