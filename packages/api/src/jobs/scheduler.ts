import type { PrismaClient } from '@duban/db';
import { installedPlugins } from '../plugins/installed.ts';

/** A job the scheduler runs: core jobs and plugins' `jobs` alike. */
export interface Job {
  key: string;
  everyMinutes: number;
  run(db: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0], args: { now: Date }): Promise<unknown>;
}

const coreJobs: Job[] = [];
export const registerJob = (job: Job) => void coreJobs.push(job);

export function allJobs(): Job[] {
  const pluginJobs = installedPlugins().flatMap((p) => ((p.server as { jobs?: Job[] }).jobs ?? []).map((j) => ({ ...j, key: `${p.id}:${j.key}` })));
  return [...coreJobs, ...pluginJobs];
}

/**
 * Claims a job for this run: moves last_run_at to now only if the period has passed, in one
 * statement. Under concurrency one process's update wins; the others see the new time and skip.
 */
export async function claimJob(prisma: PrismaClient, job: Job, now: Date): Promise<boolean> {
  const claimed = await prisma.$queryRaw<{ key: string }[]>`
    INSERT INTO job_run (key, last_run_at) VALUES (${job.key}, ${now})
    ON CONFLICT (key) DO UPDATE SET last_run_at = EXCLUDED.last_run_at
      WHERE job_run.last_run_at <= ${new Date(now.getTime() - job.everyMinutes * 60_000 + 1000)}
    RETURNING key`;
  return claimed.length === 1;
}

/** Runs every due job once (each in its own transaction); returns the keys that ran. */
export async function runDueJobs(prisma: PrismaClient, now = new Date(), log?: { error(o: object, m?: string): void }) {
  const ran: string[] = [];
  for (const job of allJobs()) {
    if (!(await claimJob(prisma, job, now))) continue;
    try {
      const result = await prisma.$transaction((tx) => job.run(tx, { now }), { timeout: 300_000 });
      await prisma.jobRun.update({ where: { key: job.key }, data: { lastResult: `ok ${JSON.stringify(result ?? null).slice(0, 200)}` } });
      ran.push(job.key);
    } catch (error) {
      log?.error({ err: error, job: job.key }, 'scheduled job failed');
      await prisma.jobRun.update({ where: { key: job.key }, data: { lastResult: `failed: ${(error as Error).message.slice(0, 200)}` } });
    }
  }
  return ran;
}

/** Checks for due jobs every `tickMs` until stopped. */
export function startScheduler(prisma: PrismaClient, log: { error(o: object, m?: string): void }, tickMs = 60_000) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(prisma, new Date(), log);
    } catch (error) {
      log.error({ err: error }, 'scheduler tick failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  void tick();
  return { stop: () => clearInterval(timer), tick };
}
