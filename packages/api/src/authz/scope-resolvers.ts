import type { Prisma } from '@duban/db';

/** Where a record sits in the org tree: the unit its permission checks are made against. */
export interface ResolvedScope {
  countyId: string;
  orgUnitId: string;
  path: string;
  /**
   * Other units the record belongs to, for read access: a task is visible to its responsible,
   * supervising and assisting units. Write permissions are checked against `path` only.
   */
  alsoPaths?: string[];
  /** What to call the record where it is named (a register row inspected: its name). */
  label?: string;
}

export type ScopeResolver = (db: Prisma.TransactionClient, id: string) => Promise<ResolvedScope | null>;

const resolvers = new Map<string, ScopeResolver>();

/** Core entities register here; plugins register theirs through the plugin platform. */
export function registerScopeResolver(entity: string, resolve: ScopeResolver) {
  resolvers.set(entity, resolve);
}

export function scopeResolver(entity: string): ScopeResolver | undefined {
  return resolvers.get(entity);
}

export function registeredEntities() {
  return [...resolvers.keys()];
}

const unitScope = (u: { countyId: string; id: string; path: string } | null | undefined): ResolvedScope | null =>
  u ? { countyId: u.countyId, orgUnitId: u.id, path: u.path } : null;

// Ids are globally unique, so a record is found by id alone and its county comes from the record.
registerScopeResolver('orgUnit', async (db, id) => unitScope(await db.orgUnit.findFirst({ where: { id } })));
registerScopeResolver('person', async (db, id) => unitScope((await db.person.findFirst({ where: { id }, include: { orgUnit: true } }))?.orgUnit));
registerScopeResolver('user', async (db, id) =>
  unitScope((await db.user.findFirst({ where: { id }, include: { person: { include: { orgUnit: true } } } }))?.person.orgUnit),
);
registerScopeResolver('roleAssignment', async (db, id) =>
  unitScope((await db.roleAssignment.findFirst({ where: { id }, include: { captureUnit: true } }))?.captureUnit),
);
const countyOf = async (db: Prisma.TransactionClient, countyId: string | undefined) =>
  countyId ? unitScope(await db.orgUnit.findFirst({ where: { countyId, id: countyId } })) : null;
registerScopeResolver('role', async (db, id) => countyOf(db, (await db.role.findFirst({ where: { id } }))?.countyId));
registerScopeResolver('district', async (db, id) => countyOf(db, (await db.district.findFirst({ where: { id } }))?.countyId));

// A task, as its readers see it: responsible unit first, then supervising and assisting units.
registerScopeResolver('task', async (db, id) => {
  const t = await db.task.findFirst({
    where: { id },
    include: { responsibleUnit: true, supervisingUnit: true, assisting: { include: { orgUnit: true } } },
  });
  return t
    ? { countyId: t.countyId, orgUnitId: t.responsibleUnitId, path: t.responsibleUnit.path, alsoPaths: [t.supervisingUnit.path, ...t.assisting.map((a) => a.orgUnit.path)] }
    : null;
});
// The side that rectifies (签收, 整改, 申请办结) and the side that verifies (核查, 通报, 挂牌).
registerScopeResolver('taskResponsible', async (db, id) => unitScope((await db.task.findFirst({ where: { id }, include: { responsibleUnit: true } }))?.responsibleUnit));
registerScopeResolver('taskSupervising', async (db, id) => unitScope((await db.task.findFirst({ where: { id }, include: { supervisingUnit: true } }))?.supervisingUnit));
// 会签: one co-handling unit's sign-off sits at that unit.
registerScopeResolver('taskCountersign', async (db, id) => unitScope((await db.taskCountersign.findFirst({ where: { id }, include: { orgUnit: true } }))?.orgUnit));
// 联合办案: a case, as its readers see it, at its lead unit and also at the coordinating unit and
// every share's unit; a share and its steps at that share's unit (only it works and hands over).
registerScopeResolver('jointCase', async (db, id) => {
  const c = await db.jointCase.findFirst({ where: { id }, include: { leadUnit: true, supervisingUnit: true, shares: { include: { orgUnit: { select: { path: true } } } } } });
  return c ? { ...unitScope(c.leadUnit)!, alsoPaths: [c.supervisingUnit.path, ...c.shares.map((s) => s.orgUnit.path)] } : null;
});
registerScopeResolver('jointCaseShare', async (db, id) => unitScope((await db.jointCaseShare.findFirst({ where: { id }, include: { orgUnit: true } }))?.orgUnit));
registerScopeResolver('jointCaseStep', async (db, id) => unitScope((await db.jointCaseStep.findFirst({ where: { id }, include: { share: { include: { orgUnit: true } } } }))?.share.orgUnit));
// 责任状: a letter at its issuing unit, and for reading also at the bound unit; a target at the
// bound unit (it reports the actual).
registerScopeResolver('letter', async (db, id) => {
  const l = await db.responsibilityLetter.findFirst({ where: { id }, include: { issuingUnit: true, responsibleUnit: true } });
  return l ? { ...unitScope(l.issuingUnit)!, alsoPaths: [l.responsibleUnit.path] } : null;
});
registerScopeResolver('letterTarget', async (db, id) => unitScope((await db.letterTarget.findFirst({ where: { id }, include: { letter: { include: { responsibleUnit: true } } } }))?.letter.responsibleUnit));
registerScopeResolver('postCheck', async (db, id) =>
  unitScope((await db.postCheck.findFirst({ where: { id }, include: { task: { include: { supervisingUnit: true } } } }))?.task.supervisingUnit),
);
// A key work, as its readers see it: the lead unit, and for reading also its assisting units.
registerScopeResolver('keyWork', async (db, id) => {
  const k = await db.keyWork.findFirst({ where: { id }, include: { leadUnit: true } });
  if (!k) return null;
  const assisting = await db.keyWorkAssist.findMany({ where: { countyId: k.countyId, keyWorkId: k.id }, include: { orgUnit: { select: { path: true } } } });
  return { ...unitScope(k.leadUnit)!, alsoPaths: assisting.map((a) => a.orgUnit.path) };
});
// 入户调查: a survey sits at the village of the household; a form at its owner unit; a call-back
// at its survey's village.
registerScopeResolver('householdSurvey', async (db, id) => unitScope((await db.householdSurvey.findFirst({ where: { id }, include: { village: true } }))?.village));
registerScopeResolver('surveyForm', async (db, id) => unitScope((await db.surveyForm.findFirst({ where: { id }, include: { ownerUnit: true } }))?.ownerUnit));
registerScopeResolver('surveyCallback', async (db, id) =>
  unitScope((await db.surveyCallback.findFirst({ where: { id }, include: { survey: { include: { village: true } } } }))?.survey.village),
);
// 督查: groups, rotation plans and the planning side of a visit sit at their planning unit; a
// visit and its records, as readers see them, at the inspected unit (and the planning unit).
registerScopeResolver('inspectionGroup', async (db, id) => unitScope((await db.inspectionGroup.findFirst({ where: { id }, include: { planningUnit: true } }))?.planningUnit));
registerScopeResolver('inspectionRotationPlan', async (db, id) => unitScope((await db.inspectionRotationPlan.findFirst({ where: { id }, include: { planningUnit: true } }))?.planningUnit));
registerScopeResolver('inspectionVisitPlanning', async (db, id) => unitScope((await db.inspectionVisit.findFirst({ where: { id }, include: { planningUnit: true } }))?.planningUnit));
registerScopeResolver('inspectionVisit', async (db, id) => {
  const v = await db.inspectionVisit.findFirst({ where: { id }, include: { orgUnit: true, planningUnit: true } });
  return v ? { ...unitScope(v.orgUnit)!, alsoPaths: [v.planningUnit.path] } : null;
});
registerScopeResolver('inspectionRecord', async (db, id) => {
  const r = await db.inspectionRecord.findFirst({ where: { id }, include: { orgUnit: true, visit: { include: { planningUnit: true } } } });
  return r ? { ...unitScope(r.orgUnit)!, alsoPaths: [r.visit.planningUnit.path] } : null;
});
registerScopeResolver('inspectionTemplate', async (db, id) => unitScope((await db.inspectionTemplate.findFirst({ where: { id }, include: { ownerUnit: true } }))?.ownerUnit));
// 预警: a warning sits at its issuing unit (its board is the issuer's); a recipient at its unit
// (a named person's: the person's unit), where acknowledging is checked.
registerScopeResolver('warning', async (db, id) => unitScope((await db.warning.findFirst({ where: { id }, include: { issuingUnit: true } }))?.issuingUnit));
// 投诉: a complaint sits at its intake unit (派单, 回访 and revealing the phone are the office's);
// the units it was dispatched to read it too. A dispatch's 回访 is checked at the intake unit.
registerScopeResolver('complaint', async (db, id) => {
  const c = await db.complaint.findFirst({ where: { id }, include: { intakeUnit: true, dispatches: { include: { orgUnit: { select: { path: true } } } } } });
  return c ? { ...unitScope(c.intakeUnit)!, alsoPaths: c.dispatches.map((d) => d.orgUnit.path) } : null;
});
registerScopeResolver('complaintDispatch', async (db, id) =>
  unitScope((await db.complaintDispatch.findFirst({ where: { id }, include: { complaint: { include: { intakeUnit: true } } } }))?.complaint.intakeUnit),
);
// 报送任务: a duty sits at its owner and is read by its reporting units too; a report at its unit (and the owner).
registerScopeResolver('reportingDuty', async (db, id) => {
  const d = await db.reportingDuty.findFirst({ where: { id }, include: { ownerUnit: true, units: { include: { orgUnit: { select: { path: true } } } } } });
  return d ? { ...unitScope(d.ownerUnit)!, alsoPaths: d.units.map((u) => u.orgUnit.path) } : null;
});
registerScopeResolver('dutyReport', async (db, id) => {
  const r = await db.dutyReport.findFirst({ where: { id }, include: { orgUnit: true, duty: { include: { ownerUnit: { select: { path: true } } } } } });
  return r ? { ...unitScope(r.orgUnit)!, alsoPaths: [r.duty.ownerUnit.path] } : null;
});
// 监测: a station sits at its unit.
registerScopeResolver('readingStation', async (db, id) => unitScope((await db.readingStation.findFirst({ where: { id }, include: { orgUnit: true } }))?.orgUnit));
registerScopeResolver('warningRecipient', async (db, id) => unitScope((await db.warningRecipient.findFirst({ where: { id }, include: { orgUnit: true } }))?.orgUnit));
// 地图图层: a layer sits at the unit that owns it (imported it, or the plugin row's unit).
registerScopeResolver('mapLayer', async (db, id) => unitScope((await db.mapLayer.findFirst({ where: { id }, include: { ownerUnit: true } }))?.ownerUnit));
