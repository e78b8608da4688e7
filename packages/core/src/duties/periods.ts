// The periods a reporting duty owes (issue 15 item 3, C10), one rule for the server (rates, the
// overdue job, what a submission may name) and the web app (the duty calendar). A period runs
// from its first day to its end in the county's time zone; its report is due at the end of the
// due day (the period's last day unless the duty names one) and on time until the deadline,
// due time plus the grace period. A season limits which periods are owed, by their due date.
import { addDays, civil, civilDayOf, isoDate, monthDay, zonedMidnight } from './zoned-time.ts';

export const dutyFrequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type DutyFrequency = (typeof dutyFrequencies)[number];

export interface DutySchedule {
  frequency: DutyFrequency | string;
  /** weekly: 1 (Monday) … 7 (Sunday, the default). */
  dueWeekday?: number | null;
  /** monthly: the due day of the month (default: its last); yearly: with dueMonth, the due date. */
  dueDay?: number | null;
  dueMonth?: number | null;
  /** `MM-DD`, inclusive; a season may wrap the year end (11-01 … 03-31). */
  seasonStart?: string | null;
  seasonEnd?: string | null;
  graceHours: number;
  /** Periods due before this are not owed. */
  startsAt?: Date | null;
}

export interface DutyPeriod {
  /** 2026-06-03 | 2026-W23 | 2026-06 | 2026-Q2 | 2026 */
  key: string;
  start: Date;
  end: Date;
  dueAt: Date;
  /** dueAt plus the grace period: a report after it is late; none by it is missing. */
  deadline: Date;
}

interface CivilPeriod {
  key: string;
  start: number;
  end: number;
  /** The last civil day the report is due on (it is due at that day's end). */
  dueDay: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isoWeek(day: number): { year: number; week: number; monday: number } {
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(day, -weekday);
  const thursday = addDays(monday, 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - civil(year, 1, 1)) / (7 * 86_400_000)) + 1;
  return { year, week, monday };
}

/** The period containing a civil day. */
function periodOf(s: DutySchedule, day: number): CivilPeriod {
  const d = new Date(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  switch (s.frequency) {
    case 'daily':
      return { key: isoDate(day), start: day, end: addDays(day, 1), dueDay: day };
    case 'weekly': {
      const w = isoWeek(day);
      return { key: `${w.year}-W${pad(w.week)}`, start: w.monday, end: addDays(w.monday, 7), dueDay: addDays(w.monday, (s.dueWeekday ?? 7) - 1) };
    }
    case 'monthly': {
      const last = daysInMonth(y, m);
      return { key: `${y}-${pad(m)}`, start: civil(y, m, 1), end: civil(y, m, last + 1), dueDay: civil(y, m, Math.min(s.dueDay ?? last, last)) };
    }
    case 'quarterly': {
      const q = Math.floor((m - 1) / 3);
      const start = civil(y, q * 3 + 1, 1);
      const end = Date.UTC(y, q * 3 + 3, 1);
      return { key: `${y}-Q${q + 1}`, start, end, dueDay: addDays(end, -1) };
    }
    case 'yearly': {
      const month = s.dueMonth ?? 12;
      return { key: String(y), start: civil(y, 1, 1), end: civil(y + 1, 1, 1), dueDay: civil(y, month, Math.min(s.dueDay ?? 31, daysInMonth(y, month))) };
    }
    default:
      throw new Error(`unknown duty frequency ${s.frequency}`);
  }
}

/** Whether `MM-DD` lies in the season (inclusive; a season may wrap the year end). */
export function inSeason(md: string, start?: string | null, end?: string | null): boolean {
  if (!start || !end) return true;
  return start <= end ? md >= start && md <= end : md >= start || md <= end;
}

function toInstants(s: DutySchedule, p: CivilPeriod, timeZone: string): DutyPeriod {
  const dueAt = zonedMidnight(addDays(p.dueDay, 1), timeZone);
  return { key: p.key, start: zonedMidnight(p.start, timeZone), end: zonedMidnight(p.end, timeZone), dueAt, deadline: new Date(dueAt.getTime() + s.graceHours * 3_600_000) };
}

const owed = (s: DutySchedule, p: CivilPeriod, period: DutyPeriod) =>
  inSeason(monthDay(p.dueDay), s.seasonStart, s.seasonEnd) && (!s.startsAt || period.dueAt > s.startsAt);

/**
 * The owed periods that start on a civil day in [from, to) of the county's calendar, in order.
 * A period that started before `from` is included when `from` falls inside it.
 */
function periodsStarting(s: DutySchedule, timeZone: string, fromDay: number, toDay: number): DutyPeriod[] {
  const out: DutyPeriod[] = [];
  for (let p = periodOf(s, fromDay); p.start < toDay; p = periodOf(s, p.end)) {
    const period = toInstants(s, p, timeZone);
    if (owed(s, p, period)) out.push(period);
  }
  return out;
}

/** The owed periods whose deadline falls in [from, to): what a rate over that window expects. */
export function periodsWithDeadlineIn(s: DutySchedule, timeZone: string, from: Date, to: Date): DutyPeriod[] {
  // A deadline lies at most a year (a yearly duty due in December) and the grace after its start.
  const back = 370 + Math.ceil(s.graceHours / 24);
  return periodsStarting(s, timeZone, addDays(civilDayOf(from, timeZone), -back), addDays(civilDayOf(to, timeZone), 1))
    .filter((p) => p.deadline >= from && p.deadline < to);
}

/** The owed periods that overlap [from, to): the duty calendar's columns for a month. */
export function periodsOverlapping(s: DutySchedule, timeZone: string, from: Date, to: Date): DutyPeriod[] {
  return periodsStarting(s, timeZone, civilDayOf(from, timeZone), addDays(civilDayOf(to, timeZone), 1)).filter((p) => p.start < to && p.end > from);
}

/** The owed period with this key, or null (a submission naming a period the duty does not owe). */
export function periodByKey(s: DutySchedule, timeZone: string, key: string): DutyPeriod | null {
  const first = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?$/.exec(key);
  if (!first) return null;
  const y = Number(first[1]);
  let day: number;
  if (first[3]) day = civil(y, Number(first[2]), Number(first[3]));
  else if (first[2]) day = civil(y, Number(first[2]), 1);
  else if (first[4]) day = addDays(isoWeek(civil(y, 1, 4)).monday, (Number(first[4]) - 1) * 7);
  else if (first[5]) day = civil(y, (Number(first[5]) - 1) * 3 + 1, 1);
  else day = civil(y, 1, 1);
  if (Number.isNaN(day)) return null;
  const p = periodOf(s, day);
  if (p.key !== key) return null;
  const period = toInstants(s, p, timeZone);
  return owed(s, p, period) ? period : null;
}

/** The owed periods a unit may report on now: started, and not more than `lookbackDays` past their deadline. */
export function reportablePeriods(s: DutySchedule, timeZone: string, now: Date, lookbackDays: number): DutyPeriod[] {
  const from = new Date(now.getTime() - lookbackDays * 86_400_000);
  return periodsStarting(s, timeZone, addDays(civilDayOf(from, timeZone), -370), addDays(civilDayOf(now, timeZone), 1))
    .filter((p) => p.start <= now && p.deadline >= from);
}
