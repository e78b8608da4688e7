// 报送及时率 and 完整率 (DHIS2's reporting rate and reporting rate on time) per reporting unit
// and window: the window's periods (those starting in it) whose deadline has passed are expected; a
// report counts as received, and as on time when it came by its deadline. A unit above (a
// township asked about its villages) sums its reporting units below it.
import type { Prisma } from '@duban/db';
import { periodsOverlapping } from './periods.ts';
import { countyTimeZone, scheduleOf } from './schedule-of.ts';
import { ratesOf, reportStatus, type ReportingRates, type ReportStatus } from './status.ts';

type Tx = Prisma.TransactionClient;

/** Rates of one duty for each of the given units (a unit's own reports, or those of its reporting units below). */
export async function dutyRates(db: Tx, countyId: string, dutyId: string, orgUnitIds: string[], window: { start: Date; end: Date }, now: Date): Promise<Map<string, ReportingRates>> {
  const duty = await db.reportingDuty.findUnique({ where: { countyId_id: { countyId, id: dutyId } }, include: { units: { include: { orgUnit: { select: { path: true } } } } } });
  const out = new Map<string, ReportingRates>();
  if (!duty) return out;
  const periods = periodsOverlapping(scheduleOf(duty), await countyTimeZone(db, countyId), window.start, window.end)
    .filter((p) => p.start >= window.start && p.deadline <= now);
  const asked = await db.orgUnit.findMany({ where: { countyId, id: { in: orgUnitIds } }, select: { id: true, path: true } });
  const reports = periods.length
    ? await db.dutyReport.findMany({ where: { countyId, dutyId, periodKey: { in: periods.map((p) => p.key) } }, select: { orgUnitId: true, periodKey: true, submittedAt: true } })
    : [];
  const submitted = new Map(reports.map((r) => [`${r.orgUnitId}|${r.periodKey}`, r.submittedAt]));
  for (const unit of asked) {
    const reporting = duty.units.filter((u) => u.orgUnit.path.startsWith(unit.path));
    if (reporting.length === 0) continue;
    const statuses: ReportStatus[] = reporting.flatMap((u) => periods.map((p) => reportStatus(p, submitted.get(`${u.orgUnitId}|${p.key}`) ?? null, now)));
    out.set(unit.id, ratesOf(statuses));
  }
  return out;
}
