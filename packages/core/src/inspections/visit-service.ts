import { newId, type InspectionVisit, type Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';
import { notifyUnit } from '../tasks/task-service.ts';
import { conflictsWithUnit, describeConflicts } from './conflicts.ts';
import { groupMembers } from './group-service.ts';
import { isVisitRevealed } from './visibility.ts';

type Tx = Prisma.TransactionClient;

export interface VisitInput {
  orgUnitId: string;
  title: string;
  windowStart: Date;
  windowEnd: Date;
  unannounced: boolean;
  /** Template ids (InspectionTemplate) to fill on the visit. */
  templateIds: string[];
  /** C7: the register row inspected, already checked to lie at the unit or below it. */
  subject?: VisitSubject | null;
}

/** A plugin's register row as the subject of a visit: its scope entity, id and name. */
export interface VisitSubject {
  entity: string;
  id: string;
  label: string | null;
}

export interface PlanVisitInput extends VisitInput {
  groupId: string;
  rotationPlanId?: string | null;
  rotationStage?: number | null;
  kind?: 'regular' | 'return_visit';
  verifiesTaskId?: string | null;
}

const formatDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The rules every planned or changed visit must meet; each refusal says which and why. */
async function checkVisit(db: Tx, countyId: string, groupId: string, input: VisitInput, now: Date) {
  if (input.windowEnd.getTime() <= input.windowStart.getTime()) throw badRequest('inspections.errors.windowOrder', '督查时段的结束须晚于开始');
  if (input.windowEnd.getTime() <= now.getTime()) throw badRequest('inspections.errors.windowPast', '督查时段已过,不能安排');
  const group = await db.inspectionGroup.findUnique({ where: { countyId_id: { countyId, id: groupId } } });
  if (!group) throw notFound('督查组', groupId);
  if (group.archivedAt) throw badRequest('inspections.errors.groupArchived', `「${group.name}」已撤销`, { name: group.name });
  const unit = await db.orgUnit.findUnique({ where: { countyId_id: { countyId, id: input.orgUnitId } } });
  if (!unit) throw notFound('单位', input.orgUnitId);
  if (unit.archivedAt) throw badRequest('inspections.errors.unitArchived', `「${unit.name}」已撤销`, { name: unit.name });
  if (unit.level === 'county') throw badRequest('inspections.errors.unitLevel', '督查对象应为乡镇、村或部门,不能是全县');
  const conflicts = conflictsWithUnit(await groupMembers(db, countyId, groupId), unit);
  if (conflicts.length) {
    throw badRequest('inspections.errors.visitConflict', `「${group.name}」不能督查「${unit.name}」:${describeConflicts(conflicts)},须回避`, {
      group: group.name, unit: unit.name, who: describeConflicts(conflicts),
    });
  }
  const templates = await db.inspectionTemplate.findMany({ where: { countyId, id: { in: input.templateIds } } });
  if (templates.length !== new Set(input.templateIds).size) throw notFound('检查表模板', input.templateIds.find((id) => !templates.some((t) => t.id === id)) ?? '');
  const archived = templates.find((t) => t.archivedAt);
  if (archived) throw badRequest('inspections.errors.templateArchived', `检查表「${archived.name}」已停用`, { name: archived.name });
  return { group, unit };
}

/**
 * Plans a visit. An announced visit is notified to the inspected unit now; an unannounced one
 * (三不准) sends nothing until it starts.
 */
export async function planVisit(db: Tx, countyId: string, input: PlanVisitInput, actorUserId: string | null, now: Date): Promise<InspectionVisit> {
  const { group, unit } = await checkVisit(db, countyId, input.groupId, input, now);
  const id = newId();
  const visit = await db.inspectionVisit.create({
    data: {
      countyId, id, kind: input.kind ?? 'regular', planningUnitId: group.planningUnitId, orgUnitId: unit.id, groupId: group.id,
      rotationPlanId: input.rotationPlanId ?? null, rotationStage: input.rotationStage ?? null, title: input.title,
      windowStart: input.windowStart, windowEnd: input.windowEnd, unannounced: input.unannounced, verifiesTaskId: input.verifiesTaskId ?? null,
      subjectEntity: input.subject?.entity ?? null, subjectId: input.subject?.id ?? null, subjectLabel: input.subject?.label ?? null,
      createdById: actorUserId,
      templates: { create: [...new Set(input.templateIds)].map((templateId, sortOrder) => ({ templateId, sortOrder })) },
    },
  });
  await noticeIfRevealed(db, visit, unit.id, now, `督查通知:${visit.title}`, `${group.name}将于 ${formatDay(visit.windowStart)} 至 ${formatDay(visit.windowEnd)} 到${unit.name}督查`);
  return visit;
}

/** Notifications are a read path too: nothing about a visit reaches the unit before it may know. */
async function noticeIfRevealed(db: Tx, visit: InspectionVisit, unitId: string, now: Date, title: string, body: string | null) {
  if (isVisitRevealed({ ...visit, planningUnit: { path: '' } }, now)) await notifyUnit(db, visit.countyId, unitId, title, body);
}

export async function getVisitRow(db: Tx, countyId: string, visitId: string) {
  const visit = await db.inspectionVisit.findUnique({ where: { countyId_id: { countyId, id: visitId } } });
  if (!visit) throw notFound('督查', visitId);
  return visit;
}

/** Reschedule, reassign or change the checklists of a visit that has not started. */
export async function updateVisit(db: Tx, countyId: string, visitId: string, input: VisitInput & { groupId: string }, now: Date) {
  const before = await getVisitRow(db, countyId, visitId);
  if (before.status !== 'planned') throw badRequest('inspections.errors.visitNotPlanned', '督查已开始或已结束,不能修改');
  const { group } = await checkVisit(db, countyId, input.groupId, input, now);
  await db.inspectionVisitTemplate.deleteMany({ where: { countyId, visitId } });
  const visit = await db.inspectionVisit.update({
    where: { countyId_id: { countyId, id: visitId } },
    data: {
      orgUnitId: input.orgUnitId, groupId: group.id, planningUnitId: group.planningUnitId, title: input.title,
      windowStart: input.windowStart, windowEnd: input.windowEnd, unannounced: input.unannounced,
      subjectEntity: input.subject?.entity ?? null, subjectId: input.subject?.id ?? null, subjectLabel: input.subject?.label ?? null,
      templates: { create: [...new Set(input.templateIds)].map((templateId, sortOrder) => ({ templateId, sortOrder })) },
    },
  });
  // An announced change is news for the unit; a secret one stays secret.
  await noticeIfRevealed(db, visit, visit.orgUnitId, now, `督查安排调整:${visit.title}`, `时段改为 ${formatDay(visit.windowStart)} 至 ${formatDay(visit.windowEnd)}`);
  return { before, visit };
}

export async function cancelVisit(db: Tx, countyId: string, visitId: string, now: Date) {
  const before = await getVisitRow(db, countyId, visitId);
  if (before.status !== 'planned') throw badRequest('inspections.errors.visitNotPlanned', '督查已开始或已结束,不能取消');
  const visit = await db.inspectionVisit.update({ where: { countyId_id: { countyId, id: visitId } }, data: { status: 'cancelled' } });
  await noticeIfRevealed(db, before, before.orgUnitId, now, `督查取消:${before.title}`, null);
  return { before, visit };
}

/** Only the group's own members act on a visit on site (check in, fill records, finish). */
export async function assertMember(db: Tx, countyId: string, groupId: string, personId: string) {
  const member = await db.inspectionGroupMember.findFirst({ where: { countyId, groupId, personId } });
  if (!member) throw badRequest('inspections.errors.notMember', '只有本督查组成员可以进行此项操作');
  return member;
}

/**
 * The group checks in on site: from now on the visit is visible to the inspected unit, which is
 * told so. Allowed within the visit's window only.
 */
export async function startVisit(db: Tx, countyId: string, visitId: string, personId: string, now: Date) {
  const before = await getVisitRow(db, countyId, visitId);
  await assertMember(db, countyId, before.groupId, personId);
  if (before.status !== 'planned') throw badRequest('inspections.errors.visitNotPlanned', '督查已开始或已结束');
  if (now.getTime() < before.windowStart.getTime()) {
    throw badRequest('inspections.errors.tooEarly', `督查时段 ${formatDay(before.windowStart)} 才开始`, { from: formatDay(before.windowStart) });
  }
  if (now.getTime() > before.windowEnd.getTime()) throw badRequest('inspections.errors.windowPast', '督查时段已过,不能开始');
  const visit = await db.inspectionVisit.update({ where: { countyId_id: { countyId, id: visitId } }, data: { status: 'in_progress', startedAt: now } });
  const group = await db.inspectionGroup.findUniqueOrThrow({ where: { countyId_id: { countyId, id: visit.groupId } } });
  await notifyUnit(db, countyId, visit.orgUnitId, `督查组已到达:${visit.title}`, `${group.name}已开始现场督查,请配合`);
  return { before, visit };
}

export async function completeVisit(db: Tx, countyId: string, visitId: string, personId: string, now: Date) {
  const before = await getVisitRow(db, countyId, visitId);
  await assertMember(db, countyId, before.groupId, personId);
  if (before.status !== 'in_progress') throw badRequest('inspections.errors.visitNotInProgress', '督查尚未开始或已结束');
  const visit = await db.inspectionVisit.update({ where: { countyId_id: { countyId, id: visitId } }, data: { status: 'completed', completedAt: now } });
  return { before, visit };
}
