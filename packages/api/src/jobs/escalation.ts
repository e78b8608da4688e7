import { applyEscalation, type SmsProvider } from '@duban/core';
import { registerJob } from './scheduler.ts';

/** The escalation rules, applied hourly to every county's open items. */
export function registerEscalationJob(sms: SmsProvider) {
  registerJob({ key: 'core:task-escalation', everyMinutes: 60, run: (db, { now }) => applyEscalation(db, now, sms) });
}
