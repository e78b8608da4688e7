// What plugins see of the scheduler (@duban/plugin-sdk/server re-exports it): the job types and the
// schedule builders. Kept apart from the scheduler, which imports the installed plugins.
export type { CalendarJob, CalendarJobContext, IntervalJob, Job, JobServices, JobUnit } from './job-types.ts';
export { checkSchedule, schedule, type TimeOfDay, type Weekday } from './calendar.ts';
