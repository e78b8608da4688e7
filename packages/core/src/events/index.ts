export * from './event-types.ts';
export * from './event-bus.ts';
export * from './outbox.ts';
