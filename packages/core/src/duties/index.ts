export * from './rules.ts';
export * from './form.ts';
export * from './schedule-of.ts';
export * from './duty-service.ts';
export * from './rates.ts';
export * from './overdue-job.ts';
export * from './pending.ts';
export * from './duty-metrics.ts';
