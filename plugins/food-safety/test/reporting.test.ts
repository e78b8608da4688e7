import { describe, expect, it } from 'vitest';
import { reportingTimeline } from '../src/shared/reporting.ts';

const HOUR = 3_600_000;
const discovered = new Date('2026-05-01T08:00:00Z');
const at = (hours: number, ms = 0) => new Date(discovered.getTime() + hours * HOUR + ms);
const deadlines = { reportDeadlineHours: 2, concealmentHours: 24 };
const status = (report: Date | null, now = at(100)) => reportingTimeline(discovered, report, deadlines, now).status;

describe('reporting timeline: deadlines are inclusive', () => {
  it('a report at the deadline is on time, a millisecond later it is late', () => {
    expect(status(at(2))).toBe('on-time');
    expect(status(at(2, 1))).toBe('late');
  });

  it('a report at the concealment limit is late, after it the incident was concealed', () => {
    expect(status(at(24))).toBe('late');
    expect(status(at(24, 1))).toBe('concealed');
  });

  it('an unreported incident is due, then overdue, then concealed', () => {
    expect(status(null, at(2))).toBe('awaiting');
    expect(status(null, at(2, 1))).toBe('overdue');
    expect(status(null, at(24))).toBe('overdue');
    expect(status(null, at(24, 1))).toBe('concealed');
  });

  it('gives the hours to the first report and the due times', () => {
    const t = reportingTimeline(discovered, at(1.5), deadlines, at(100));
    expect(t.hoursToReport).toBe(1.5);
    expect(t.dueAt).toEqual(at(2));
    expect(t.concealedAfter).toEqual(at(24));
  });

  it('never calls a timely report concealed when the concealment limit is set below the deadline', () => {
    expect(reportingTimeline(discovered, at(3), { reportDeadlineHours: 4, concealmentHours: 1 }, at(100)).status).toBe('on-time');
    expect(reportingTimeline(discovered, null, { reportDeadlineHours: 4, concealmentHours: 1 }, at(4, 1)).status).toBe('concealed');
  });
});
