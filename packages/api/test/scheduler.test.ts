import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@duban/db/testing';
import type { Database } from '@duban/db';
import { createCounty } from '@duban/core';
import { checkSchedule, latestOccurrence, schedule } from '../src/jobs/calendar.ts';
import { claimJob, registerJob, runDueJobs, type CalendarJob, type IntervalJob } from '../src/jobs/scheduler.ts';
import { useTestCounty } from './county-fixture.ts';

describe('scheduler', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('runs a job once per period, however many processes ask', async () => {
    let runs = 0;
    const job: IntervalJob = { key: 'test:count', everyMinutes: 10, run: async () => ++runs };
    registerJob(job);
    const t0 = new Date('2026-11-28T08:00:00Z');
    // Several "processes" claim at the same moment: exactly one wins.
    const claims = await Promise.all([claimJob(db.prisma, job, t0), claimJob(db.prisma, job, t0), claimJob(db.prisma, job, t0)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await runDueJobs(db.prisma, new Date('2026-11-28T08:05:00Z'))).not.toContain('test:count');
    expect(await runDueJobs(db.prisma, new Date('2026-11-28T08:10:00Z'))).toContain('test:count');
    expect(runs).toBe(1);
    const row = await db.prisma.jobRun.findUniqueOrThrow({ where: { key: 'test:count' } });
    expect(row.lastResult).toBe('ok 1');
  });
});

/**
 * Calendar jobs (issue 11, C4): once per county and occurrence in the county's time zone, however
 * many scheduler instances ask at the same moment (on PostgreSQL the calls take separate
 * connections and race for real), with a fake clock.
 */
describe('calendar jobs', () => {
  const t = useTestCounty();
  let utcCounty: string;
  const runs: { countyId: string; localDate: string }[] = [];
  let failNext = 0;
  const job: CalendarJob = {
    key: 'test:june-ninth',
    schedule: schedule.yearly(6, 9, '00:00'),
    async run(ctx) {
      await ctx.notify(ctx.units[0]!.id, '6月9日:防汛值班表报市防办', null);
      await ctx.audit({ entityType: 'orgUnit', entityId: ctx.units[0]!.id, after: { localDate: ctx.localDate } });
      if (failNext > 0) {
        failNext--;
        throw new Error('gateway down');
      }
      runs.push({ countyId: ctx.countyId, localDate: ctx.localDate });
      return ctx.localDate;
    },
  };
  registerJob(job);

  beforeAll(async () => {
    // A second county that keeps UTC; 甲县 has no settings row and reads Asia/Shanghai.
    const county = await t.api.database.prisma.$transaction((tx) => createCounty(tx, { name: '协调世界时县' }));
    await t.api.database.prisma.countySettings.create({ data: { countyId: county.id, timeZone: 'UTC' } });
    utcCounty = county.id;
  });

  /** Two scheduler instances on one database, asking at the same instant. */
  const tickTwice = async (iso: string) => {
    const now = new Date(iso);
    const [a, b] = await Promise.all([runDueJobs(t.api.database.prisma, now), runDueJobs(t.api.database.prisma, now)]);
    return [...a, ...b].filter((k) => k.startsWith('test:june-ninth@'));
  };
  const shanghai = () => `test:june-ninth@${t.county.county.id}`;

  it('does not fire on 6月8日, fires once on 6月9日 at Shanghai midnight, and in the UTC county only at its own midnight', async () => {
    expect(await tickTwice('2026-06-08T08:00:00Z')).toEqual([]); // 6月8日 16:00 in Shanghai
    expect(await tickTwice('2026-06-08T15:59:59Z')).toEqual([]); // 6月8日 23:59:59 in Shanghai
    // 16:00 UTC is 6月9日 00:00 in Shanghai but still 6月8日 in the UTC county.
    expect(await tickTwice('2026-06-08T16:00:00Z')).toEqual([shanghai()]);
    expect(await tickTwice('2026-06-08T23:59:00Z')).toEqual([]);
    expect(await tickTwice('2026-06-09T00:00:00Z')).toEqual([`test:june-ninth@${utcCounty}`]);
    expect(await tickTwice('2026-06-09T12:00:00Z')).toEqual([]);
    expect(runs).toEqual([
      { countyId: t.county.county.id, localDate: '2026-06-09' },
      { countyId: utcCounty, localDate: '2026-06-09' },
    ]);
    const prisma = t.api.database.prisma;
    expect(await prisma.notification.count({ where: { title: '6月9日:防汛值班表报市防办' } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { procedure: 'job.test:june-ninth' } })).toBe(2);
    expect((await prisma.jobRun.findUniqueOrThrow({ where: { key: shanghai() } })).lastResult).toBe('ok "2026-06-09"');
  });

  it('retries a run that failed (its claim, notice and audit row rolled back with it) and then runs once', async () => {
    runs.length = 0;
    failNext = 1;
    const prisma = t.api.database.prisma;
    const notices = () => prisma.notification.count({ where: { title: '6月9日:防汛值班表报市防办' } });
    const before = await notices();
    expect(await runDueJobs(prisma, new Date('2027-06-08T16:00:00Z'))).not.toContain(shanghai());
    expect(await notices()).toBe(before);
    expect(await tickTwice('2027-06-08T16:01:00Z')).toEqual([shanghai()]);
    expect(runs).toEqual([{ countyId: t.county.county.id, localDate: '2027-06-09' }]);
    expect(await notices()).toBe(before + 1);
  });

  it('skips an occurrence older than its catch-up window (a first start in December sends no June reminder)', async () => {
    runs.length = 0;
    expect(await tickTwice('2028-06-10T16:00:01Z')).toEqual([]); // 24 h and a second after 6月9日 00:00 in Shanghai
    expect(runs).toEqual([]);
  });

  it('reads schedules in words: last day of the month, every Monday, the first of each month', () => {
    expect(schedule.yearly(6, 'last')).toBe('0 8 L 6 *');
    expect(schedule.weekly('monday', '07:30')).toBe('30 7 * * 1');
    expect(schedule.monthly(1)).toBe('0 8 1 * *');
    expect(latestOccurrence(schedule.yearly(6, 'last'), 'Asia/Shanghai', new Date('2026-07-01T00:00:00Z'))).toEqual(new Date('2026-06-30T00:00:00Z'));
    expect(latestOccurrence(schedule.weekly('monday'), 'Asia/Shanghai', new Date('2026-12-02T00:00:00Z'))).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(() => checkSchedule('0 8 32 6 *')).toThrow(/day/);
    expect(() => checkSchedule('0 8 * *')).toThrow(/five fields/);
  });
});
