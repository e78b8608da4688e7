import { escalateUnacknowledged } from '@duban/core';
import { registerJob } from './scheduler.ts';

/**
 * Re-sends and escalates unacknowledged warnings every minute (the scheduler's tick). Its SMS go
 * out through the event outbox after the job's transaction commits, so the job needs no gateway.
 */
export function registerWarningEscalationJob() {
  registerJob({ key: 'core:warning-escalation', everyMinutes: 1, run: (db, { now }) => escalateUnacknowledged(db, now) });
}
