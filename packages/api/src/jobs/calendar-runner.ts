// Runs calendar jobs: for each county, the latest occurrence of the job's schedule in the county's
// time zone is the period; a run claims (job, county, occurrence) in job_run inside its own
// transaction, so the claim commits with the run's writes. Two processes asking at once: the
// second's upsert waits on the first's row lock and then sees the period taken; if the first
// rolls back (the job threw, the process died), the period is free again and runs on a later tick.
import { appendAudit, loggingSmsProvider, notifyUnit } from '@duban/core';
import type { PrismaClient, Prisma } from '@duban/db';
import { latestOccurrence, localDate } from './calendar.ts';
import type { CalendarJob, CalendarJobContext, JobServices, JobUnit } from './job-types.ts';

type Tx = Prisma.TransactionClient;
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A calendar job and, for plugin jobs, the plugin whose enabled units it works on. */
export interface CalendarJobEntry {
  job: CalendarJob;
  pluginId?: string;
}

/** The claim's key in job_run: one row per job and county. */
export const calendarClaimKey = (jobKey: string, countyId: string) => `${jobKey}@${countyId}`;

async function counties(prisma: PrismaClient) {
  const [roots, settings] = await Promise.all([
    prisma.orgUnit.findMany({ where: { level: 'county', archivedAt: null }, select: { countyId: true, id: true, name: true, level: true, path: true } }),
    prisma.countySettings.findMany(),
  ]);
  const zones = new Map(settings.map((s) => [s.countyId, s.timeZone]));
  return roots.map((root) => ({ root, timeZone: zones.get(root.countyId) ?? DEFAULT_TIME_ZONE }));
}

/** The units of the county with an enablement row that switches the plugin on. */
async function enabledUnits(db: Tx, countyId: string, pluginId: string): Promise<JobUnit[]> {
  const rows = await db.pluginEnablement.findMany({
    where: { countyId, pluginId, enabled: true, orgUnit: { archivedAt: null } },
    select: { orgUnit: { select: { id: true, name: true, level: true, path: true } } },
    orderBy: { orgUnit: { path: 'asc' } },
  });
  return rows.map((r) => r.orgUnit);
}

/** Claims the period in the caller's transaction; false when another run already has it. */
async function claimPeriod(db: Tx, key: string, occurrence: Date): Promise<boolean> {
  const claimed = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO job_run (key, last_run_at) VALUES (${key}, ${occurrence})
    ON CONFLICT (key) DO UPDATE SET last_run_at = EXCLUDED.last_run_at WHERE job_run.last_run_at < EXCLUDED.last_run_at
    RETURNING key`;
  return claimed.length === 1;
}

function contextFor(db: Tx, job: CalendarJob, base: Omit<CalendarJobContext, 'db' | 'notify' | 'sms' | 'audit'>): CalendarJobContext {
  const sms = base.services.sms ?? loggingSmsProvider((o, m) => base.services.log?.info(o, m));
  return {
    ...base,
    db,
    sms,
    notify: (orgUnitId, title, body) => notifyUnit(db, base.countyId, orgUnitId, title, body ?? null),
    audit: async (entry) => {
      await appendAudit(db, { ...entry, countyId: base.countyId, procedure: `job.${job.key}` });
    },
  };
}

/**
 * Runs each calendar job whose latest occurrence (per county, in its time zone) is unclaimed and
 * no older than its catch-up window. Returns `jobKey@countyId` of the runs that committed.
 */
export async function runDueCalendarJobs(prisma: PrismaClient, entries: CalendarJobEntry[], now: Date, services: JobServices = {}): Promise<string[]> {
  if (entries.length === 0) return [];
  const ran: string[] = [];
  for (const { root, timeZone } of await counties(prisma)) {
    for (const { job, pluginId } of entries) {
      const occurrence = latestOccurrence(job.schedule, timeZone, now);
      if (!occurrence || now.getTime() - occurrence.getTime() > (job.catchUpHours ?? 24) * 3_600_000) continue;
      const key = calendarClaimKey(job.key, root.countyId);
      try {
        const result = await prisma.$transaction(
          async (db) => {
            const units = pluginId ? await enabledUnits(db, root.countyId, pluginId) : [root];
            // A plugin that is on nowhere in the county has nothing to do there: no claim either,
            // so switching it on later the same day still gets the day's run.
            if (units.length === 0 || !(await claimPeriod(db, key, occurrence))) return { skipped: true as const };
            const day = localDate(occurrence, timeZone);
            const ctx = contextFor(db, job, { countyId: root.countyId, timeZone, occurrence, localDate: day, localMonthDay: day.slice(5), now, units, services });
            return { skipped: false as const, value: await job.run(ctx) };
          },
          { timeout: 300_000 },
        );
        if (result.skipped) continue;
        await prisma.jobRun.update({ where: { key }, data: { lastResult: `ok ${JSON.stringify(result.value ?? null).slice(0, 200)}` } });
        ran.push(key);
      } catch (error) {
        // The claim rolled back with the run: the period stays due and a later tick retries it.
        services.log?.error({ err: error, job: job.key, countyId: root.countyId }, 'calendar job failed; will retry');
      }
    }
  }
  return ran;
}
