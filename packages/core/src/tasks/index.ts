export * from './lifecycle.ts';
export * from './escalation.ts';
export * from './escalation-job.ts';
export * from './file-store.ts';
export * from './post-supervision.ts';
export * from './rates.ts';
export * from './task-service.ts';
export * from './metric-sources.ts';
