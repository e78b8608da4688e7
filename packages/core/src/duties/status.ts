// One period's report, as the calendar, the rates and the "my work" feed read it (browser-safe).
import type { DutyPeriod } from './periods.ts';

/** onTime / late: submitted by / after the deadline; missing: none by the deadline; open: due now; upcoming: not started. */
export type ReportStatus = 'onTime' | 'late' | 'missing' | 'open' | 'upcoming';
export type Light = 'red' | 'yellow' | 'green';

export function reportStatus(period: Pick<DutyPeriod, 'start' | 'deadline'>, submittedAt: Date | null, now: Date): ReportStatus {
  if (submittedAt) return submittedAt <= period.deadline ? 'onTime' : 'late';
  if (now > period.deadline) return 'missing';
  return now >= period.start ? 'open' : 'upcoming';
}

/** Red once the deadline has passed, yellow in the last day before it (or after the due time, in grace), else green. */
export function reportLight(period: Pick<DutyPeriod, 'dueAt' | 'deadline'>, now: Date): Light {
  if (now > period.deadline) return 'red';
  if (now > period.dueAt || period.deadline.getTime() - now.getTime() <= 86_400_000) return 'yellow';
  return 'green';
}

export interface ReportingRates {
  /** The window's periods whose deadline has passed: reports owed. */
  expected: number;
  received: number;
  onTime: number;
  /** DHIS2's reporting rate: received / expected (percent, one decimal; null when nothing was owed). */
  completeness: number | null;
  /** DHIS2's reporting rate on time: received by the deadline / expected. */
  timeliness: number | null;
}

const percent = (n: number, d: number) => (d === 0 ? null : Math.round((n * 1000) / d) / 10);

/** Rates from the owed periods (deadline passed) and the statuses of their reports. */
export function ratesOf(statuses: readonly ReportStatus[]): ReportingRates {
  const counted = statuses.filter((s) => s === 'onTime' || s === 'late' || s === 'missing');
  const received = counted.filter((s) => s !== 'missing').length;
  const onTime = counted.filter((s) => s === 'onTime').length;
  return { expected: counted.length, received, onTime, completeness: percent(received, counted.length), timeliness: percent(onTime, counted.length) };
}
