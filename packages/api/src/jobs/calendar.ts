// Calendar schedules: cron expressions read in a county's time zone. croner (docs/decisions/0011,
// dependency note in the commit adding it) does the calendar arithmetic through Intl, with `L`
// for the last day of a month; this module only adds readable builders and "the latest
// occurrence at or before now", which is the period a run claims.
import { Cron } from 'croner';

const weekdays = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;
export type Weekday = keyof typeof weekdays;
/** `HH:MM`, 24-hour, in the county's time zone. */
export type TimeOfDay = `${number}:${number}`;

function at(time: TimeOfDay): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) throw new Error(`time of day "${time}" is not HH:MM`);
  return `${minute} ${hour}`;
}

/** Builders for the schedules plugins ask for; each returns a cron expression. Default time 08:00. */
export const schedule = {
  /** Every day. */
  daily: (time: TimeOfDay = '08:00') => `${at(time)} * * *`,
  /** Every week on `day` (every Monday: `weekly('monday')`). */
  weekly: (day: Weekday, time: TimeOfDay = '08:00') => `${at(time)} * * ${weekdays[day]}`,
  /** Every month on `day` (1 = the first, 'last' = the month's last day). */
  monthly: (day: number | 'last', time: TimeOfDay = '08:00') => `${at(time)} ${day === 'last' ? 'L' : day} * *`,
  /** Every year on month/day (6月9日: `yearly(6, 9)`; end of June: `yearly(6, 'last')`). */
  yearly: (month: number, day: number | 'last', time: TimeOfDay = '08:00') => `${at(time)} ${day === 'last' ? 'L' : day} ${month} *`,
};

/** Throws croner's message when the expression is not a valid five-field cron schedule. */
export function checkSchedule(expression: string): void {
  if (expression.trim().split(/\s+/).length !== 5) throw new Error(`schedule "${expression}" must have five fields (minute hour day month weekday)`);
  new Cron(expression, { paused: true });
}

/** The latest occurrence of the schedule at or before `now`, in the time zone; null if none within a year and a day. */
export function latestOccurrence(expression: string, timeZone: string, now: Date): Date | null {
  // previousRuns excludes a run at exactly the reference instant: look from one millisecond on.
  const [previous] = new Cron(expression, { timezone: timeZone, paused: true }).previousRuns(1, new Date(now.getTime() + 1));
  return previous && now.getTime() - previous.getTime() <= 366 * 86_400_000 ? previous : null;
}

/** The instant's calendar date in the time zone, `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
