// The reporting timeline of an incident: the responsible unit must report within a deadline after
// it learns of the incident (首报时限, a plugin setting); reporting only after the concealment
// limit, or not at all by then, is 隐瞒不报 — a veto under 第七条(二) of the source.

export interface ReportingDeadlines {
  /** 首报时限: hours from discovery to the first report. */
  reportDeadlineHours: number;
  /** Hours from discovery after which an unreported incident counts as concealed (瞒报). */
  concealmentHours: number;
}

export const reportingStatuses = ['on-time', 'late', 'awaiting', 'overdue', 'concealed'] as const;
export type ReportingStatus = (typeof reportingStatuses)[number];

export const reportingStatusNames: Record<ReportingStatus, { zh: string; en: string }> = {
  'on-time': { zh: '按时报告', en: 'Reported on time' },
  late: { zh: '迟报', en: 'Reported late' },
  awaiting: { zh: '待报告', en: 'Report due' },
  overdue: { zh: '逾期未报', en: 'Overdue' },
  concealed: { zh: '瞒报(隐瞒不报)', en: 'Concealed' },
};

export interface ReportingTimeline {
  status: ReportingStatus;
  /** When the first report was due, and when silence became concealment. */
  dueAt: Date;
  concealedAfter: Date;
  /** Hours from discovery to the first report (null while unreported). */
  hoursToReport: number | null;
}

const HOUR = 3_600_000;

/** Deadlines are inclusive: a report at exactly the deadline is on time. */
export function reportingTimeline(discoveredAt: Date, firstReportAt: Date | null, deadlines: ReportingDeadlines, now: Date): ReportingTimeline {
  const dueAt = new Date(discoveredAt.getTime() + deadlines.reportDeadlineHours * HOUR);
  // A concealment limit shorter than the deadline would call a timely report concealed.
  const concealedAfter = new Date(discoveredAt.getTime() + Math.max(deadlines.concealmentHours, deadlines.reportDeadlineHours) * HOUR);
  const at = firstReportAt?.getTime() ?? null;
  let status: ReportingStatus;
  if (at !== null) status = at <= dueAt.getTime() ? 'on-time' : at <= concealedAfter.getTime() ? 'late' : 'concealed';
  else status = now.getTime() <= dueAt.getTime() ? 'awaiting' : now.getTime() <= concealedAfter.getTime() ? 'overdue' : 'concealed';
  return { status, dueAt, concealedAfter, hoursToReport: at === null ? null : Math.max(0, (at - discoveredAt.getTime()) / HOUR) };
}
