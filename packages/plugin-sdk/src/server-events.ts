// Events for plugins: subscribe to core's (task closed, record submitted …) and emit your own,
// named `<plugin id>.<what happened>`. Pick the phase per subscriber (see core's event-bus.ts):
// `inTransaction` for writes that must commit or roll back with the change, `afterCommit` for
// notifications, SMS and anything slow or external (delivered from an outbox, retried).
import { emitEvent, type DomainEvent, type JsonPayload } from '@duban/core';
import type { PluginMutationContext } from './server-tasks.ts';

export type {
  AfterCommitContext, AfterCommitSubscriber, CoreEventName, CoreEventPayloads, DomainEvent, EventServices, EventSubscriber, InTransactionSubscriber, JsonPayload,
} from '@duban/core';

/**
 * Emits one of the plugin's events from inside its mutation's transaction: in-transaction
 * subscribers run now, after-commit ones are queued and hear it only if the mutation commits.
 */
export async function emitPluginEvent<const N extends `${string}.${string}`>(
  ctx: Pick<PluginMutationContext, 'db'>,
  input: { name: N; countyId: string; payload: JsonPayload; occurredAt?: Date },
): Promise<DomainEvent<N>> {
  return emitEvent(ctx.db, input as Parameters<typeof emitEvent<N>>[1]);
}
