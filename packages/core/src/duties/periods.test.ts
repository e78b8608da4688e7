import { describe, expect, it } from 'vitest';
import { periodByKey, periodsOverlapping, periodsWithDeadlineIn, reportablePeriods } from './periods.ts';
import { ratesOf, reportLight, reportStatus } from './status.ts';

const tz = 'Asia/Shanghai';
const at = (s: string) => new Date(s);

describe('duty periods', () => {
  it('daily in a season: only days of the season are owed, due at midnight China time plus grace', () => {
    const s = { frequency: 'daily', seasonStart: '06-01', seasonEnd: '09-30', graceHours: 2 };
    const june = periodsOverlapping(s, tz, at('2026-05-25T16:00:00Z'), at('2026-06-30T16:00:00Z'));
    expect(june.map((p) => p.key)).toEqual(Array.from({ length: 30 }, (_, i) => `2026-06-${String(i + 1).padStart(2, '0')}`));
    expect(june[0]).toMatchObject({ start: at('2026-05-31T16:00:00Z'), dueAt: at('2026-06-01T16:00:00Z'), deadline: at('2026-06-01T18:00:00Z') });
  });

  it('weekly, monthly, quarterly and yearly keys and due dates', () => {
    const weekly = periodByKey({ frequency: 'weekly', dueWeekday: 5, graceHours: 0 }, tz, '2026-W23')!;
    expect(weekly.start).toEqual(at('2026-05-31T16:00:00Z')); // Monday 1 June
    expect(weekly.dueAt).toEqual(at('2026-06-05T16:00:00Z')); // end of Friday
    const monthly = periodByKey({ frequency: 'monthly', dueDay: 31, graceHours: 120 }, tz, '2026-02')!;
    expect(monthly.dueAt).toEqual(at('2026-02-28T16:00:00Z'));
    expect(monthly.deadline).toEqual(at('2026-03-05T16:00:00Z'));
    expect(periodByKey({ frequency: 'quarterly', graceHours: 0 }, tz, '2026-Q2')!.dueAt).toEqual(at('2026-06-30T16:00:00Z'));
    // 6月9日 every year.
    expect(periodByKey({ frequency: 'yearly', dueMonth: 6, dueDay: 9, graceHours: 0 }, tz, '2026')!.dueAt).toEqual(at('2026-06-09T16:00:00Z'));
    expect(periodByKey({ frequency: 'monthly', graceHours: 0 }, tz, '2026-13')).toBeNull();
    expect(periodByKey({ frequency: 'daily', seasonStart: '06-01', seasonEnd: '09-30', graceHours: 0 }, tz, '2026-10-01')).toBeNull();
  });

  it('a season may wrap the year end', () => {
    const s = { frequency: 'monthly', seasonStart: '11-01', seasonEnd: '02-28', graceHours: 0 };
    const year = periodsWithDeadlineIn(s, tz, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(year.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-11', '2026-12']);
  });

  it('statuses, lights and DHIS2-style rates', () => {
    const p = periodByKey({ frequency: 'daily', graceHours: 2 }, tz, '2026-06-03')!;
    expect(reportStatus(p, at('2026-06-03T17:00:00Z'), at('2026-06-04T00:00:00Z'))).toBe('onTime');
    expect(reportStatus(p, at('2026-06-03T19:00:00Z'), at('2026-06-04T00:00:00Z'))).toBe('late');
    expect(reportStatus(p, null, at('2026-06-03T18:00:01Z'))).toBe('missing');
    expect(reportStatus(p, null, at('2026-06-03T01:00:00Z'))).toBe('open');
    expect(reportLight(p, at('2026-06-03T01:00:00Z'))).toBe('yellow');
    expect(reportLight(p, at('2026-06-03T19:00:00Z'))).toBe('red');
    expect(ratesOf(['onTime', 'onTime', 'late', 'missing'])).toEqual({ expected: 4, received: 3, onTime: 2, completeness: 75, timeliness: 50 });
    expect(ratesOf([]).completeness).toBeNull();
    expect(reportablePeriods({ frequency: 'daily', graceHours: 0 }, tz, at('2026-06-03T01:00:00Z'), 2).map((x) => x.key)).toEqual(['2026-06-01', '2026-06-02', '2026-06-03']);
  });
});
