// The jobs the scheduler runs, core's and plugins' alike (plugins declare them in their server
// part's `jobs`; @duban/plugin-sdk re-exports these types). Two kinds:
// - interval jobs run every N minutes across the whole installation (escalation: hourly);
// - calendar jobs run at the occurrences of a cron schedule read in each county's time zone
//   (6月9日 08:00 in Asia/Shanghai), once per county and occurrence, with the units where the
//   plugin is on and the services procedures have (inbox notifications, SMS gateway, audit).
import type { AuditEntry, FileStore, SmsProvider } from '@duban/core';
import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;
type Bilingual = { zh: string; en: string };

/** The deployment's gateways, as procedures get them on `ctx`. */
export interface JobServices {
  sms?: SmsProvider;
  files?: FileStore;
  log?: { info(o: object, m?: string): void; error(o: object, m?: string): void };
}

export interface IntervalJob {
  key: string;
  /** Minutes between runs. */
  everyMinutes: number;
  run(db: Tx, args: { now: Date; services: JobServices }): Promise<unknown>;
}

/** A unit a calendar job works on: a unit where the plugin is switched on (or the county, for core jobs). */
export interface JobUnit {
  id: string;
  name: string;
  level: string;
  path: string;
}

/** What one run of a calendar job (one county, one occurrence) is given. */
export interface CalendarJobContext {
  /** The run's transaction: its writes, the claim of the period, notifications and audit rows commit together. */
  db: Tx;
  countyId: string;
  /** The county's IANA time zone (county_settings.time_zone; Asia/Shanghai when unset). */
  timeZone: string;
  /** The scheduled instant this run is for: the period it claims (6月9日 08:00 in the county). */
  occurrence: Date;
  /** The occurrence as the county's calendar reads it: `2026-06-09` (and `06-09`). */
  localDate: string;
  localMonthDay: string;
  /** The clock's time (later than `occurrence` when a server was down at the time). */
  now: Date;
  /**
   * Plugin jobs: the units with the plugin switched on (each enablement row that says on; a
   * township's covers its villages). Core jobs: the county's root unit.
   */
  units: JobUnit[];
  /** Writes an inbox notification to a unit's people, as procedures' hand-overs do. */
  notify(orgUnitId: string, title: string, body?: string | null): Promise<void>;
  /** The SMS gateway (a logging provider unless one is configured). */
  sms: SmsProvider;
  /** An audit row in the run's transaction, attributed to `job.<key>`. */
  audit(entry: Omit<AuditEntry, 'countyId' | 'procedure' | 'actorUserId' | 'actorName'>): Promise<void>;
  services: JobServices;
}

export interface CalendarJob {
  key: string;
  name?: Bilingual;
  /**
   * A five-field cron expression (minute hour day-of-month month day-of-week; `L` = last day of
   * the month), read in the county's time zone. Write it with `schedule.yearly(6, 9)`,
   * `schedule.monthly('last')`, `schedule.weekly('monday')` … or as a string.
   */
  schedule: string;
  /**
   * How late a run may still happen when no server was running at the occurrence (default 24 h).
   * Older occurrences are skipped, so a first start in December does not send June's reminder.
   */
  catchUpHours?: number;
  run(ctx: CalendarJobContext): Promise<unknown>;
}

/** A job the scheduler runs: core jobs and plugins' `jobs` alike. */
export type Job = IntervalJob | CalendarJob;

export const isCalendarJob = (job: Job): job is CalendarJob => 'schedule' in job;
