import type { Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';
import { loadPlan } from './rotation-service.ts';
import { districtDrift } from './district-drift.ts';
import { planVisit } from './visit-service.ts';

type Tx = Prisma.TransactionClient;

/** A calendar day (stored as UTC midnight) as an instant in China time: 00:00 or 23:59:59.999. */
const chinaDay = (day: Date, end: boolean) =>
  new Date(`${day.toISOString().slice(0, 10)}T${end ? '23:59:59.999' : '00:00:00.000'}+08:00`);

/**
 * Turns one stage of a rotation plan into visits: every group visits every township of the
 * district it covers, unannounced, some time within the stage. Townships that already have a
 * visit from this stage are skipped, so scheduling twice adds nothing.
 */
export async function scheduleStage(db: Tx, countyId: string, planId: string, stage: number, templateIds: string[], actorUserId: string | null, now: Date) {
  const plan = await loadPlan(db, countyId, planId);
  const dates = plan.stages.find((s) => s.index === stage);
  if (!dates) throw notFound('轮次', String(stage + 1));
  const windowStart = chinaDay(dates.startsOn, false);
  const windowEnd = chinaDay(dates.endsOn, true);
  if (windowEnd.getTime() <= now.getTime()) throw badRequest('inspections.errors.stagePast', `第 ${stage + 1} 轮已结束,不能再安排督查`, { stage: stage + 1 });
  const existing = await db.inspectionVisit.findMany({ where: { countyId, rotationPlanId: planId, rotationStage: stage, status: { not: 'cancelled' } }, select: { orgUnitId: true } });
  const done = new Set(existing.map((v) => v.orgUnitId));
  let created = 0;
  for (const cell of plan.assignments.filter((a) => a.stage === stage)) {
    const district = await db.district.findUniqueOrThrow({
      where: { countyId_id: { countyId, id: cell.districtId } },
      include: { townships: { where: { archivedAt: null }, orderBy: { sortOrder: 'asc' } } },
    });
    for (const township of district.townships) {
      if (done.has(township.id)) continue;
      await planVisit(db, countyId, {
        orgUnitId: township.id, groupId: cell.groupId, title: `${plan.name} 第 ${stage + 1} 轮 · ${township.name}`,
        windowStart, windowEnd, unannounced: true, templateIds,
        rotationPlanId: planId, rotationStage: stage,
      }, actorUserId, now);
      created++;
    }
  }
  // Townships that moved between districts since the plan was made are planned by where they are
  // now; the planner is told which (F2).
  return { created, skipped: done.size, districtChanges: await districtDrift(db, plan) };
}
