// 待报送: the reports the caller's units owe now or have missed lately, with a light by deadline
// (the report page and the "my work" feed).
import type { Prisma } from '@duban/db';
import { reportablePeriods } from './periods.ts';
import { countyTimeZone, scheduleOf } from './schedule-of.ts';
import { reportLight, type Light } from './status.ts';

type Tx = Prisma.TransactionClient;

export interface PendingReport {
  dutyId: string;
  dutyName: string;
  orgUnitId: string;
  unitName: string;
  periodKey: string;
  dueAt: Date;
  deadline: Date;
  light: Light;
}

/** Missing reports of the last `lookbackDays` and the open ones, most urgent first. */
export async function pendingReports(db: Tx, countyId: string, roots: string[], now: Date, lookbackDays = 7): Promise<PendingReport[]> {
  if (roots.length === 0) return [];
  const owing = await db.reportingDutyUnit.findMany({
    where: { countyId, duty: { archivedAt: null }, orgUnit: { archivedAt: null, OR: roots.map((r) => ({ path: { startsWith: r } })) } },
    include: { duty: true, orgUnit: { select: { name: true } } },
    take: 500,
  });
  if (owing.length === 0) return [];
  const timeZone = await countyTimeZone(db, countyId);
  const candidates = owing.flatMap((o) => reportablePeriods(scheduleOf(o.duty), timeZone, now, lookbackDays).map((p) => ({ o, p })));
  if (candidates.length === 0) return [];
  const reports = await db.dutyReport.findMany({
    where: { countyId, OR: [...new Set(owing.map((o) => o.dutyId))].map((dutyId) => ({ dutyId, periodKey: { in: [...new Set(candidates.filter((c) => c.o.dutyId === dutyId).map((c) => c.p.key))] } })) },
    select: { dutyId: true, orgUnitId: true, periodKey: true },
  });
  const done = new Set(reports.map((r) => `${r.dutyId}|${r.orgUnitId}|${r.periodKey}`));
  const rank = { red: 0, yellow: 1, green: 2 } as const;
  return candidates
    .filter(({ o, p }) => !done.has(`${o.dutyId}|${o.orgUnitId}|${p.key}`))
    .map(({ o, p }) => ({ dutyId: o.dutyId, dutyName: o.duty.name, orgUnitId: o.orgUnitId, unitName: o.orgUnit.name, periodKey: p.key, dueAt: p.dueAt, deadline: p.deadline, light: reportLight(p, now) }))
    .sort((a, b) => rank[a.light] - rank[b.light] || a.deadline.getTime() - b.deadline.getTime());
}
