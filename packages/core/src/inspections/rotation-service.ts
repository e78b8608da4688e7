import { newId, type Prisma } from '@duban/db';
import { badRequest, DomainError, notFound } from '../errors/index.ts';
import { districtMembers } from './district-drift.ts';
import { conflictsWithDistrict, describeConflicts } from './conflicts.ts';
import { generateRotation } from './rotation-generator.ts';
import { capacityOf, type RotationCell, type RotationConflict, type RotationInput, type RotationViolation } from './rotation-rules.ts';
import { validateRotation } from './rotation-validator.ts';
import { groupMembers } from './group-service.ts';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/** The rules' input for a set of groups and districts: names and every conflict of interest. */
export async function rotationInput(db: Tx, countyId: string, groupIds: string[], districtIds: string[], stages: number): Promise<RotationInput> {
  const groups = await db.inspectionGroup.findMany({ where: { countyId, id: { in: groupIds } } });
  const districts = await db.district.findMany({
    where: { countyId, id: { in: districtIds } },
    include: { townships: { where: { archivedAt: null }, select: { id: true, name: true, path: true } } },
  });
  const byId = <T extends { id: string }>(rows: T[], ids: string[], what: string) =>
    ids.map((id) => rows.find((r) => r.id === id) ?? (() => { throw notFound(what, id); })());
  const orderedGroups = byId(groups, groupIds, '督查组');
  const orderedDistricts = byId(districts, districtIds, '片区');
  const archived = orderedGroups.find((g) => g.archivedAt);
  if (archived) throw badRequest('inspections.errors.groupArchived', `「${archived.name}」已撤销`, { name: archived.name });
  const conflicts: RotationConflict[] = [];
  for (const g of orderedGroups) {
    const members = await groupMembers(db, countyId, g.id);
    for (const d of orderedDistricts) {
      const found = conflictsWithDistrict(members, d.townships);
      if (found.length) conflicts.push({ groupId: g.id, districtId: d.id, reason: describeConflicts(found) });
    }
  }
  return {
    groups: orderedGroups.map((g) => ({ id: g.id, name: g.name })),
    districts: orderedDistricts.map((d) => ({ id: d.id, name: d.name })),
    stages,
    conflicts,
  };
}

export interface GeneratePlanInput {
  name: string;
  year: number;
  groupIds: string[];
  districtIds: string[];
  stages: number;
  /** The plan's span, split evenly into the stages. */
  startsOn: Date;
  endsOn: Date;
}

/** Stage i of S over [start, end]: whole days, the last stage ending on `end`. */
export function stageDates(startsOn: Date, endsOn: Date, stages: number) {
  const days = Math.round((endsOn.getTime() - startsOn.getTime()) / DAY) + 1;
  return Array.from({ length: stages }, (_, i) => ({
    startsOn: new Date(startsOn.getTime() + Math.floor((i * days) / stages) * DAY),
    endsOn: new Date(startsOn.getTime() + (Math.floor(((i + 1) * days) / stages) - 1) * DAY),
  }));
}

export async function generatePlan(db: Tx, countyId: string, planningUnitId: string, input: GeneratePlanInput, actorUserId: string | null) {
  const days = Math.round((input.endsOn.getTime() - input.startsOn.getTime()) / DAY) + 1;
  if (days < input.stages) throw badRequest('inspections.errors.planTooShort', `计划期 ${days} 天,不够分成 ${input.stages} 轮`, { days, stages: input.stages });
  const rules = await rotationInput(db, countyId, input.groupIds, input.districtIds, input.stages);
  const result = generateRotation(rules);
  if (!result.ok) throw new DomainError('BAD_REQUEST', `inspections.errors.rotation.${result.refusal.code}`, result.refusal.message, result.refusal.params);
  const id = newId();
  return db.inspectionRotationPlan.create({
    data: {
      countyId, id, planningUnitId, name: input.name, year: input.year, groupIds: input.groupIds, districtIds: input.districtIds, createdById: actorUserId,
      districtMembers: await districtMembers(db, countyId, input.districtIds),
      stages: { create: stageDates(input.startsOn, input.endsOn, input.stages).map((s, index) => ({ id: newId(), index, ...s })) },
      assignments: { create: result.cells.map((c) => ({ id: newId(), ...c })) },
    },
  });
}

export async function loadPlan(db: Tx, countyId: string, planId: string) {
  const plan = await db.inspectionRotationPlan.findUnique({
    where: { countyId_id: { countyId, id: planId } },
    include: { stages: { orderBy: { index: 'asc' } }, assignments: true },
  });
  if (!plan) throw notFound('轮换计划', planId);
  return plan;
}

/** Throws the first violation as a domain error (its key names the rule); the message lists all. */
export function refuseViolations(violations: RotationViolation[]): void {
  if (!violations.length) return;
  const first = violations[0]!;
  throw new DomainError('BAD_REQUEST', `inspections.errors.rotation.${first.rule}`, violations.map((v) => v.message).join(';'), first.params);
}

export interface Adjustment {
  stage: number;
  groupId: string;
  districtId: string;
}

/**
 * An administrator moves a group to another district in one stage. When the district is full
 * (one group per district with 6 groups for 6 districts), the group there swaps into the moved
 * group's old district — the natural "drag onto another cell". The whole plan is then validated
 * and the change refused, with the broken rule explained, if anything is wrong.
 */
export async function adjustPlan(db: Tx, countyId: string, planId: string, change: Adjustment) {
  const plan = await loadPlan(db, countyId, planId);
  const stages = plan.stages.length;
  const rules = await rotationInput(db, countyId, plan.groupIds, plan.districtIds, stages);
  if (!plan.groupIds.includes(change.groupId) || !plan.districtIds.includes(change.districtId) || change.stage < 0 || change.stage >= stages) {
    throw badRequest('inspections.errors.rotation.unknown', '调整引用了不在本计划中的轮次、督查组或片区');
  }
  const cells: RotationCell[] = plan.assignments.map((a) => ({ stage: a.stage, groupId: a.groupId, districtId: a.districtId }));
  const moved = cells.find((c) => c.stage === change.stage && c.groupId === change.groupId);
  if (!moved) throw badRequest('inspections.errors.rotation.missing', '该轮次没有这个督查组的安排');
  const from = moved.districtId;
  if (from === change.districtId) return { plan, swappedWith: null as string | null };
  const { max } = capacityOf(plan.groupIds.length, plan.districtIds.length);
  const occupants = cells.filter((c) => c.stage === change.stage && c.districtId === change.districtId);
  let swappedWith: string | null = null;
  moved.districtId = change.districtId;
  if (occupants.length >= max) {
    const other = occupants[0]!;
    other.districtId = from;
    swappedWith = other.groupId;
  }
  refuseViolations(validateRotation(rules, cells));
  for (const c of cells.filter((c) => c.stage === change.stage)) {
    await db.inspectionRotationAssignment.updateMany({ where: { countyId, planId, stage: c.stage, groupId: c.groupId }, data: { districtId: c.districtId } });
  }
  await db.inspectionRotationPlan.update({ where: { countyId_id: { countyId, id: planId } }, data: { updatedAt: new Date() } });
  return { plan: await loadPlan(db, countyId, planId), swappedWith };
}

/** What the rules say about a plan now (group members may have changed since it was made). */
export async function checkPlan(db: Tx, countyId: string, planId: string) {
  const plan = await loadPlan(db, countyId, planId);
  const rules = await rotationInput(db, countyId, plan.groupIds, plan.districtIds, plan.stages.length);
  return { rules, violations: validateRotation(rules, plan.assignments) };
}
