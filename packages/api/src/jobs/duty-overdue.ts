import { raiseOverdueReports } from '@duban/core';
import { registerJob } from './scheduler.ts';

/**
 * Every 15 minutes: a report missing at its deadline becomes a 催办 item, which the hourly
 * escalation job then raises to 督办 and 挂牌督办 by the county's rules (core/duties/overdue-job.ts).
 */
export function registerDutyOverdueJob() {
  registerJob({ key: 'core:duty-overdue', everyMinutes: 15, run: (db, { now }) => raiseOverdueReports(db, now) });
}
