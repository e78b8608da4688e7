// What a plugin contributes to the core's features. The core consumes these through the plugin
// registry: scoring asks metric sources and veto conditions, inspections instantiate checklist
// templates, supervision offers task types, the scheduler runs jobs.
import type { Prisma } from '@duban/db';
import type { Period } from '@duban/core';

type Tx = Prisma.TransactionClient;
type Bilingual = { zh: string; en: string };

// Metric sources and periods are shared with the core's own metrics (tasks' 办结率 …).
export type { MetricSource, Period } from '@duban/core';

// Checklist templates: the one schema lives with inspections in the core (sections, item types,
// conditions, pass rules, scores); the flat `items` shape of the first plugin templates stays valid.
export type { ChecklistItem, ChecklistItemType, ChecklistTemplate } from '@duban/core/inspections/rules';
export { checklistTemplateSchema } from '@duban/core/inspections/rules';

/**
 * A kind of supervision item the plugin adds (its own rectification type): registered into core's
 * task kinds at install, so items handed over as it carry `kind = key` and show its name. The key
 * leads with the plugin id (`food-safety.sampling-rectification`).
 */
export interface TaskType {
  key: string;
  name: Bilingual;
  /** Default days to rectify after hand-over. */
  defaultDeadlineDays?: number;
}

/** A channel complaints arrive through (a 12369 hotline): key leads with the plugin id. */
export interface TaskChannel {
  key: string;
  name: Bilingual;
}

/** 一票否决: true when the unit fails regardless of its score in the period. */
export interface VetoCondition {
  key: string;
  name: Bilingual;
  evaluate(db: Tx, args: { countyId: string; orgUnitIds: string[]; period: Period }): Promise<Map<string, { vetoed: boolean; reason?: string }>>;
}

/**
 * A job: every N minutes (`{ key, everyMinutes, run(db, { now, services }) }`) or on a calendar
 * (`{ key, schedule: schedule.yearly(6, 9), run(ctx) }`, once per county and occurrence in the
 * county's time zone, `ctx` carrying the units where the plugin is on, notify, sms and audit).
 * The one definition lives with the scheduler (packages/api/src/jobs/job-types.ts).
 */
export type { Job as ScheduledJob, CalendarJob, CalendarJobContext, IntervalJob, JobServices, JobUnit } from '@duban/api/jobs';
export { schedule, type TimeOfDay, type Weekday } from '@duban/api/jobs';

/** Demo data for the demo county: called after the core seeds it, once per enabled unit set. */
export type DemoSeed = (db: Tx, args: { countyId: string; townshipIds: string[] }) => Promise<void>;
