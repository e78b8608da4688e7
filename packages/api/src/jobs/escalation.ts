import { applyEscalation } from '@duban/core';
import { registerJob } from './scheduler.ts';

/** The escalation rules, applied hourly to every county's open items (texts through the scheduler's SMS gateway). */
export function registerEscalationJob() {
  registerJob({ key: 'core:task-escalation', everyMinutes: 60, run: (db, { now, services }) => applyEscalation(db, now, services.sms) });
}
