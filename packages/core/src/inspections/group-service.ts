import { newId, type Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';
import { conflictsWithDistrict, conflictsWithUnit, describeConflicts, type MemberRef } from './conflicts.ts';

type Tx = Prisma.TransactionClient;

export interface GroupInput {
  name: string;
  year: number;
  note?: string | null;
  members: { personId: string; role: 'leader' | 'member' }[];
}

/** The people of a group with their units, as the conflict rule needs them. */
export async function loadMembers(db: Tx, countyId: string, personIds: string[]): Promise<MemberRef[]> {
  const people = await db.person.findMany({ where: { countyId, id: { in: personIds } }, include: { orgUnit: { select: { id: true, name: true, path: true } } } });
  return people.map((p) => ({ personId: p.id, name: p.name, unit: p.orgUnit }));
}

export async function groupMembers(db: Tx, countyId: string, groupId: string): Promise<MemberRef[]> {
  const rows = await db.inspectionGroupMember.findMany({ where: { countyId, groupId }, include: { person: { include: { orgUnit: { select: { id: true, name: true, path: true } } } } } });
  return rows.map((m) => ({ personId: m.personId, name: m.person.name, unit: m.person.orgUnit }));
}

/** A group: one leader (组长), at least two people, drawn from more than one unit. */
async function checkMembers(db: Tx, countyId: string, input: GroupInput): Promise<MemberRef[]> {
  const ids = input.members.map((m) => m.personId);
  if (new Set(ids).size !== ids.length) throw badRequest('inspections.errors.duplicateMember', '同一人不能在组内出现两次');
  const leaders = input.members.filter((m) => m.role === 'leader').length;
  if (leaders !== 1) throw badRequest('inspections.errors.oneLeader', `督查组须有且只有一名组长(现有 ${leaders} 名)`, { count: leaders });
  if (ids.length < 2) throw badRequest('inspections.errors.tooFewMembers', '督查组至少需要两人');
  const people = await db.person.findMany({ where: { countyId, id: { in: ids } } });
  const missing = ids.filter((id) => !people.some((p) => p.id === id));
  if (missing.length) throw notFound('人员', missing[0]!);
  const archived = people.find((p) => p.archivedAt);
  if (archived) throw badRequest('inspections.errors.memberArchived', `「${archived.name}」已注销,不能加入督查组`, { name: archived.name });
  if (new Set(people.map((p) => p.orgUnitId)).size < 2) {
    throw badRequest('inspections.errors.singleUnit', '督查组成员须从多个单位抽调,不能全部来自同一单位');
  }
  return loadMembers(db, countyId, ids);
}

/**
 * Changing members must not create a conflict in work already planned for the group: its
 * rotation cells and its visits not yet finished. Refused with who conflicts where.
 */
async function checkPlannedWork(db: Tx, countyId: string, groupId: string, members: MemberRef[]) {
  const cells = await db.inspectionRotationAssignment.findMany({
    where: { countyId, groupId },
    include: { district: { include: { townships: { select: { id: true, name: true, path: true } } } }, plan: { select: { name: true } } },
  });
  for (const c of cells) {
    const found = conflictsWithDistrict(members, c.district.townships);
    if (found.length) {
      throw badRequest('inspections.errors.memberConflictsRotation', `${describeConflicts(found)}不能督查「${c.district.name}」,而本组在轮换计划「${c.plan.name}」第 ${c.stage + 1} 轮负责该片区`, {
        who: describeConflicts(found), district: c.district.name, plan: c.plan.name, stage: c.stage + 1,
      });
    }
  }
  const visits = await db.inspectionVisit.findMany({ where: { countyId, groupId, status: { in: ['planned', 'in_progress'] } }, include: { orgUnit: { select: { id: true, name: true, path: true } } } });
  for (const v of visits) {
    const found = conflictsWithUnit(members, v.orgUnit);
    if (found.length) {
      throw badRequest('inspections.errors.memberConflictsVisit', `${describeConflicts(found)}须回避「${v.orgUnit.name}」,而本组已计划督查该单位(${v.title})`, {
        who: describeConflicts(found), unit: v.orgUnit.name, visit: v.title,
      });
    }
  }
}

export async function createGroup(db: Tx, countyId: string, planningUnitId: string, input: GroupInput) {
  await checkMembers(db, countyId, input);
  const id = newId();
  return db.inspectionGroup.create({
    data: {
      countyId, id, planningUnitId, name: input.name, year: input.year, note: input.note ?? null,
      members: { create: input.members.map((m) => ({ id: newId(), personId: m.personId, role: m.role })) },
    },
    include: { members: true },
  });
}

export async function updateGroup(db: Tx, countyId: string, groupId: string, input: GroupInput) {
  const group = await db.inspectionGroup.findUnique({ where: { countyId_id: { countyId, id: groupId } } });
  if (!group) throw notFound('督查组', groupId);
  if (group.archivedAt) throw badRequest('inspections.errors.groupArchived', `「${group.name}」已撤销`, { name: group.name });
  const members = await checkMembers(db, countyId, input);
  await checkPlannedWork(db, countyId, groupId, members);
  await db.inspectionGroupMember.deleteMany({ where: { countyId, groupId } });
  return db.inspectionGroup.update({
    where: { countyId_id: { countyId, id: groupId } },
    data: {
      name: input.name, year: input.year, note: input.note ?? null,
      members: { create: input.members.map((m) => ({ id: newId(), personId: m.personId, role: m.role })) },
    },
    include: { members: true },
  });
}

/** A group with planned (not started) visits cannot be dissolved: cancel or reassign them first. */
export async function archiveGroup(db: Tx, countyId: string, groupId: string, now: Date) {
  const planned = await db.inspectionVisit.count({ where: { countyId, groupId, status: 'planned' } });
  if (planned) throw badRequest('inspections.errors.groupHasVisits', `本组还有 ${planned} 次未开始的督查,请先取消或改派`, { count: planned });
  return db.inspectionGroup.update({ where: { countyId_id: { countyId, id: groupId } }, data: { archivedAt: now } });
}
