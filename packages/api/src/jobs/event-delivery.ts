import { deliverDueEvents, type EventServices } from '@duban/core';
import type { PrismaClient } from '@duban/db';

/**
 * Drains the event outbox every `tickMs` (2 s: a notification follows its mutation closely; an
 * idle poll is one indexed query). Any number of processes may run it: deliveries are claimed
 * row by row with SKIP LOCKED, so each runs in one process.
 */
export function startEventDelivery(prisma: PrismaClient, services: EventServices & { log: NonNullable<EventServices['log']> }, tickMs = 2_000) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueEvents(prisma, { services });
    } catch (error) {
      services.log.error({ err: error }, 'event delivery tick failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  return { stop: () => clearInterval(timer), tick };
}
