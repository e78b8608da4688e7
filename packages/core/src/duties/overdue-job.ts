// 逾期未报 → 催办: a report missing at its deadline becomes a supervision item (kind
// overdue_report) for the reporting unit, supervised by the duty's owner, already at 催办 with
// the report's deadline as its own. From there the county's escalation rules take it on
// (督办, 挂牌督办 after so many days), as any overdue item; the report arriving closes it.
import { newId, type Prisma } from '@duban/db';
import { appendAudit } from '../audit/index.ts';
import { lockCounty, notifyUnit, reserveSerials } from '../tasks/task-service.ts';
import { periodsWithDeadlineIn } from './periods.ts';
import { DEFAULT_TIME_ZONE, scheduleOf } from './schedule-of.ts';

type Tx = Prisma.TransactionClient;
/** Deadlines older than this are not looked at again (a job that was down a week still catches up). */
const LOOKBACK_DAYS = 7;

export async function raiseOverdueReports(db: Tx, now: Date) {
  const from = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const duties = await db.reportingDuty.findMany({ where: { archivedAt: null }, include: { units: { include: { orgUnit: { select: { name: true, archivedAt: true } } } }, ownerUnit: { select: { name: true } } } });
  const zones = new Map((await db.countySettings.findMany()).map((s) => [s.countyId, s.timeZone]));
  let raised = 0;
  for (const duty of duties) {
    const periods = periodsWithDeadlineIn(scheduleOf(duty), zones.get(duty.countyId) ?? DEFAULT_TIME_ZONE, from, now).filter((p) => p.deadline < now);
    if (periods.length === 0) continue;
    const keys = periods.map((p) => p.key);
    const [reports, raisedBefore] = await Promise.all([
      db.dutyReport.findMany({ where: { countyId: duty.countyId, dutyId: duty.id, periodKey: { in: keys } }, select: { orgUnitId: true, periodKey: true } }),
      db.dutyOverdue.findMany({ where: { countyId: duty.countyId, dutyId: duty.id, periodKey: { in: keys } }, select: { orgUnitId: true, periodKey: true } }),
    ]);
    const done = new Set([...reports, ...raisedBefore].map((r) => `${r.orgUnitId}|${r.periodKey}`));
    const missing = periods.flatMap((p) => duty.units.filter((u) => !u.orgUnit.archivedAt && !done.has(`${u.orgUnitId}|${p.key}`)).map((u) => ({ period: p, unit: u })));
    if (missing.length === 0) continue;
    await lockCounty(db, duty.countyId);
    const serials = await reserveSerials(db, duty.countyId, new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear(), missing.length);
    for (const [i, { period, unit }] of missing.entries()) {
      const taskId = newId();
      const title = `逾期未报：${duty.name}（${period.key}）`;
      await db.task.create({
        data: {
          countyId: duty.countyId, id: taskId, serial: serials[i]!, kind: 'overdue_report', title, description: `${unit.orgUnit.name}未在 ${period.deadline.toISOString().slice(0, 16).replace('T', ' ')}（UTC）前报送「${duty.name}」${period.key} 期，请尽快补报。`,
          supervisingUnitId: duty.ownerUnitId, responsibleUnitId: unit.orgUnitId, deadline: period.deadline, escalation: 'urged',
        },
      });
      await db.taskEvent.create({ data: { countyId: duty.countyId, id: newId(), taskId, action: 'handOver', toStatus: 'handed_over', note: '报表逾期未报，自动催办', at: now } });
      await db.dutyOverdue.create({ data: { countyId: duty.countyId, dutyId: duty.id, orgUnitId: unit.orgUnitId, periodKey: period.key, taskId, createdAt: now } });
      await notifyUnit(db, duty.countyId, unit.orgUnitId, `催办：${title}`, `${serials[i]}，请尽快补报`, taskId);
      await appendAudit(db, {
        countyId: duty.countyId, procedure: 'job.duty-overdue', entityType: 'task', entityId: taskId, orgUnitId: unit.orgUnitId,
        after: { dutyId: duty.id, periodKey: period.key, escalation: 'urged' },
      });
      raised++;
    }
  }
  return { duties: duties.length, raised };
}
