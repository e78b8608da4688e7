import type { Prisma } from '@duban/db';
import type { DutySchedule } from './periods.ts';

type Tx = Prisma.TransactionClient;
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A stored duty's schedule, as the period rules read it. */
export const scheduleOf = (d: {
  frequency: string; dueWeekday: number | null; dueDay: number | null; dueMonth: number | null;
  seasonStart: string | null; seasonEnd: string | null; graceHours: number; startsAt: Date;
}): DutySchedule => ({
  frequency: d.frequency, dueWeekday: d.dueWeekday, dueDay: d.dueDay, dueMonth: d.dueMonth,
  seasonStart: d.seasonStart, seasonEnd: d.seasonEnd, graceHours: d.graceHours, startsAt: d.startsAt,
});

/** The county's time zone (county_settings; China time when unset), which periods are read in. */
export async function countyTimeZone(db: Tx, countyId: string): Promise<string> {
  return (await db.countySettings.findUnique({ where: { countyId }, select: { timeZone: true } }))?.timeZone ?? DEFAULT_TIME_ZONE;
}
