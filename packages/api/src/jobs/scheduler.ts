import type { PrismaClient } from '@duban/db';
import { installedPlugins } from '../plugins/installed.ts';
import { runDueCalendarJobs, type CalendarJobEntry } from './calendar-runner.ts';
import { isCalendarJob, type IntervalJob, type Job, type JobServices } from './job-types.ts';

export type { CalendarJob, CalendarJobContext, IntervalJob, Job, JobServices } from './job-types.ts';

const coreJobs: Job[] = [];
export const registerJob = (job: Job) => void coreJobs.push(job);

/** Core's jobs and every installed plugin's (plugin job keys already lead with the plugin id). */
export function allJobs(): { job: Job; pluginId?: string }[] {
  return [...coreJobs.map((job) => ({ job })), ...installedPlugins().flatMap((p) => (p.server.jobs ?? []).map((job) => ({ job, pluginId: p.id })))];
}

/**
 * Claims an interval job for this run: moves last_run_at to now only if the period has passed, in
 * one statement. Under concurrency one process's update wins; the others see the new time and skip.
 */
export async function claimJob(prisma: PrismaClient, job: IntervalJob, now: Date): Promise<boolean> {
  const claimed = await prisma.$queryRaw<{ key: string }[]>`
    INSERT INTO job_run (key, last_run_at) VALUES (${job.key}, ${now})
    ON CONFLICT (key) DO UPDATE SET last_run_at = EXCLUDED.last_run_at
      WHERE job_run.last_run_at <= ${new Date(now.getTime() - job.everyMinutes * 60_000 + 1000)}
    RETURNING key`;
  return claimed.length === 1;
}

/**
 * Runs every due job once: interval jobs each in its own transaction, calendar jobs once per
 * county and occurrence (calendar-runner.ts). Returns the keys that ran (`key@countyId` for
 * calendar runs).
 */
export async function runDueJobs(prisma: PrismaClient, now = new Date(), services: JobServices = {}) {
  const ran: string[] = [];
  const calendar: CalendarJobEntry[] = [];
  for (const { job, pluginId } of allJobs()) {
    if (isCalendarJob(job)) {
      calendar.push({ job, pluginId });
      continue;
    }
    if (!(await claimJob(prisma, job, now))) continue;
    try {
      const result = await prisma.$transaction((tx) => job.run(tx, { now, services }), { timeout: 300_000 });
      await prisma.jobRun.update({ where: { key: job.key }, data: { lastResult: `ok ${JSON.stringify(result ?? null).slice(0, 200)}` } });
      ran.push(job.key);
    } catch (error) {
      services.log?.error({ err: error, job: job.key }, 'scheduled job failed');
      await prisma.jobRun.update({ where: { key: job.key }, data: { lastResult: `failed: ${(error as Error).message.slice(0, 200)}` } });
    }
  }
  ran.push(...(await runDueCalendarJobs(prisma, calendar, now, services)));
  return ran;
}

/** Checks for due jobs every `tickMs` until stopped. */
export function startScheduler(prisma: PrismaClient, services: JobServices & { log: NonNullable<JobServices['log']> }, tickMs = 60_000) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(prisma, new Date(), services);
    } catch (error) {
      services.log.error({ err: error }, 'scheduler tick failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  void tick();
  return { stop: () => clearInterval(timer), tick };
}
