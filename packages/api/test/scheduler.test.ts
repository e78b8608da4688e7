import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@duban/db/testing';
import type { Database } from '@duban/db';
import { claimJob, registerJob, runDueJobs, type Job } from '../src/jobs/scheduler.ts';

describe('scheduler', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('runs a job once per period, however many processes ask', async () => {
    let runs = 0;
    const job: Job = { key: 'test:count', everyMinutes: 10, run: async () => ++runs };
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
