export * from './levels.ts';
export * from './cascade.ts';
export * from './messages.ts';
export * from './issue-warning.ts';
export * from './acknowledge.ts';
export * from './escalation-job.ts';
export * from './board.ts';
export * from './pending.ts';
