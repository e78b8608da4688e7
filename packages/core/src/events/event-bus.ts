// Who hears which event, and when. Two phases, chosen per subscriber:
// - inTransaction: runs inside the emitting transaction, with its client. For writes that must
//   commit or roll back with the change that caused them (a plugin's counter, a derived row). A
//   throw rolls the whole mutation back, so keep these short and local to the database.
// - afterCommit: gets an outbox row written in the emitting transaction and runs only once that
//   transaction has committed (outbox.ts), each delivery in its own transaction, retried on
//   failure. For notifications, SMS and anything slow or external: a gateway timeout must not
//   roll back an inspector's record, and a rolled-back mutation must not send a text.
import { newId, type Prisma } from '@duban/db';
import type { FileStore } from '../tasks/file-store.ts';
import type { SmsProvider } from '../channels/sms-gateway.ts';
import type { DomainEvent, PayloadOf } from './event-types.ts';

type Tx = Prisma.TransactionClient;

/** What after-commit subscribers may use besides the database: the deployment's gateways. */
export interface EventServices {
  sms?: SmsProvider;
  files?: FileStore;
  log?: { info(o: object, m?: string): void; error(o: object, m?: string): void };
}

export interface AfterCommitContext {
  /** This delivery's own transaction: its writes commit together with marking it delivered. */
  db: Tx;
  /** Stable across retries of the same delivery: the idempotency key for external calls. */
  deliveryId: string;
  /** 1 on the first try. */
  attempt: number;
  services: EventServices;
}

interface SubscriberBase<N extends string> {
  /** Unique across the platform: `core:…` or the plugin id first (`food-safety.notify-county`). */
  key: string;
  event: N;
}
export interface InTransactionSubscriber<N extends string = string> extends SubscriberBase<N> {
  phase: 'inTransaction';
  handle(db: Tx, event: DomainEvent<N>): Promise<void>;
}
export interface AfterCommitSubscriber<N extends string = string> extends SubscriberBase<N> {
  phase: 'afterCommit';
  handle(ctx: AfterCommitContext, event: DomainEvent<N>): Promise<void>;
}
export type EventSubscriber<N extends string = string> = InTransactionSubscriber<N> | AfterCommitSubscriber<N>;

export interface EmitInput<N extends string> {
  name: N;
  countyId: string;
  payload: PayloadOf<N>;
  occurredAt?: Date;
}

/** The platform's subscribers. One instance serves a process (see `eventBus`). */
export class EventBus {
  readonly #subscribers = new Map<string, EventSubscriber>();

  subscribe<N extends string>(subscriber: EventSubscriber<N>) {
    if (this.#subscribers.has(subscriber.key)) throw new Error(`event subscriber ${subscriber.key} is registered twice`);
    this.#subscribers.set(subscriber.key, subscriber as unknown as EventSubscriber);
  }

  subscriber(key: string): EventSubscriber | undefined {
    return this.#subscribers.get(key);
  }

  subscribersOf(name: string): EventSubscriber[] {
    return [...this.#subscribers.values()].filter((s) => s.event === name);
  }

  /**
   * Emits in the caller's transaction: runs the in-transaction subscribers now and writes one
   * outbox row per after-commit subscriber. Both vanish if the transaction rolls back.
   */
  async emit<N extends string>(db: Tx, input: EmitInput<N>): Promise<DomainEvent<N>> {
    const event: DomainEvent<N> = { id: newId(), name: input.name, countyId: input.countyId, occurredAt: input.occurredAt ?? new Date(), payload: input.payload };
    const subscribers = this.subscribersOf(input.name);
    for (const s of subscribers) if (s.phase === 'inTransaction') await s.handle(db, event);
    const later = subscribers.filter((s) => s.phase === 'afterCommit');
    if (later.length > 0) {
      await db.eventOutbox.createMany({
        data: later.map((s) => ({
          countyId: event.countyId, id: newId(), eventId: event.id, event: event.name, subscriber: s.key,
          payload: event.payload as Prisma.InputJsonValue, occurredAt: event.occurredAt, nextAttemptAt: event.occurredAt,
        })),
      });
    }
    return event;
  }
}

/** The process's bus: core subscribes at import, the plugin platform for installed plugins. */
export const eventBus = new EventBus();

/** Emits on the process's bus (core services call this with their transaction). */
export const emitEvent = <N extends string>(db: Tx, input: EmitInput<N>) => eventBus.emit(db, input);
