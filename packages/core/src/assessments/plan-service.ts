// Creating and editing plans, and moving them through the workflow. A plan in use is never
// changed silently: a configuration edit after the start makes a new version (with a reason),
// and results stay with the version they were computed with.
import { newId, type AssessmentPlan, type AssessmentVersion, type Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';
import type { Actor } from '../tasks/task-service.ts';
import type { AssessmentPlanConfig } from './config.ts';
import { resolveAssessmentUnits, type AssessmentPeerGrouping, type AssessmentUnitSelection } from './plan-units.ts';
import { metricKeyKnown, vetoConditions } from './registry.ts';
import { assertValidAssessmentConfig, validateAssessmentConfig } from './validate-config.ts';
import { assessmentConfigEditable, nextAssessmentStatus, assessmentStatusNames, type AssessmentStatus } from './workflow.ts';

type Tx = Prisma.TransactionClient;

export const assessmentSourceKeys = () => ({ metrics: { has: metricKeyKnown }, vetoConditions: new Set(vetoConditions().keys()) });
export const validateAssessmentPlanConfig = (config: AssessmentPlanConfig) => validateAssessmentConfig(config, assessmentSourceKeys());

export async function getAssessmentPlan(db: Tx, countyId: string, planId: string): Promise<AssessmentPlan> {
  const plan = await db.assessmentPlan.findUnique({ where: { countyId_id: { countyId, id: planId } } });
  if (!plan) throw notFound('考核方案', planId);
  return plan;
}

/** The version the plan runs on now: the newest. */
export async function currentPlanVersion(db: Tx, countyId: string, planId: string): Promise<AssessmentVersion & { config: AssessmentPlanConfig }> {
  const v = await db.assessmentVersion.findFirst({ where: { countyId, planId }, orderBy: { number: 'desc' } });
  if (!v) throw notFound('考核方案版本', planId);
  return v as AssessmentVersion & { config: AssessmentPlanConfig };
}

export interface CreateAssessmentPlanInput {
  ownerUnitId: string;
  name: string;
  year: number;
  periodStart: Date;
  periodEnd: Date;
  previousPlanId?: string | null;
  units: AssessmentUnitSelection;
  grouping: AssessmentPeerGrouping;
  config: AssessmentPlanConfig;
  templateKey?: string | null;
}

async function checkPrevious(db: Tx, countyId: string, previousPlanId: string | null | undefined, selfId?: string) {
  if (!previousPlanId) return;
  if (previousPlanId === selfId) throw badRequest('errors.assessment.previousIsSelf', '上期方案不能是本方案');
  await getAssessmentPlan(db, countyId, previousPlanId);
}

async function writeUnits(db: Tx, countyId: string, planId: string, units: AssessmentUnitSelection, grouping: AssessmentPeerGrouping) {
  const rows = await resolveAssessmentUnits(db, countyId, units, grouping);
  await db.assessmentUnit.deleteMany({ where: { countyId, planId } });
  await db.assessmentUnit.createMany({ data: rows.map((r) => ({ countyId, id: newId(), planId, ...r })) });
  return rows.length;
}

/** A draft plan with version 1. Drafts may be incomplete; `start` refuses an invalid one. */
export async function createAssessmentPlan(db: Tx, countyId: string, input: CreateAssessmentPlanInput, actor: Actor) {
  if (input.periodEnd <= input.periodStart) throw badRequest('errors.assessment.period', '考核期结束须晚于开始');
  await checkPrevious(db, countyId, input.previousPlanId);
  const id = newId();
  const plan = await db.assessmentPlan.create({
    data: {
      countyId, id, name: input.name, year: input.year, periodStart: input.periodStart, periodEnd: input.periodEnd,
      ownerUnitId: input.ownerUnitId, previousPlanId: input.previousPlanId ?? null, templateKey: input.templateKey ?? null,
      unitSelection: { units: input.units, grouping: input.grouping } as object, createdById: actor.userId,
    },
  });
  const version = await db.assessmentVersion.create({
    data: { countyId, id: newId(), planId: id, number: 1, status: 'draft', config: input.config as object, createdById: actor.userId },
  });
  await writeUnits(db, countyId, id, input.units, input.grouping);
  return { plan, version };
}

export interface UpdateAssessmentPlanInput {
  name?: string;
  periodStart?: Date;
  periodEnd?: Date;
  previousPlanId?: string | null;
  units?: AssessmentUnitSelection;
  grouping?: AssessmentPeerGrouping;
  config?: AssessmentPlanConfig;
  reason?: string;
}

export async function updateAssessmentPlan(db: Tx, plan: AssessmentPlan, input: UpdateAssessmentPlanInput, actor: Actor) {
  const status = plan.status as AssessmentStatus;
  const draft = status === 'draft';
  if (!draft && (input.units || input.grouping || input.periodStart || input.periodEnd)) {
    throw badRequest('errors.assessment.inUseFields', '方案已启用,考核对象、比较组和考核期不能再修改;如需调整请新建方案');
  }
  if (input.config && !assessmentConfigEditable(status)) {
    throw badRequest('errors.assessment.configLocked', `方案处于「${assessmentStatusNames[status].zh}」状态,不能修改配置${status === 'published' ? ';如需更正请使用「更正」' : ';请先退回评分'}`);
  }
  await checkPrevious(db, plan.countyId, input.previousPlanId, plan.id);
  const periodStart = input.periodStart ?? plan.periodStart;
  const periodEnd = input.periodEnd ?? plan.periodEnd;
  if (periodEnd <= periodStart) throw badRequest('errors.assessment.period', '考核期结束须晚于开始');
  const selection = plan.unitSelection as { units: AssessmentUnitSelection; grouping: AssessmentPeerGrouping };
  const updated = await db.assessmentPlan.update({
    where: { countyId_id: { countyId: plan.countyId, id: plan.id } },
    data: {
      name: input.name, periodStart, periodEnd,
      ...(input.previousPlanId !== undefined ? { previousPlanId: input.previousPlanId } : {}),
      ...(input.units || input.grouping ? { unitSelection: { units: input.units ?? selection.units, grouping: input.grouping ?? selection.grouping } as object } : {}),
    },
  });
  if (draft && (input.units || input.grouping)) await writeUnits(db, plan.countyId, plan.id, input.units ?? selection.units, input.grouping ?? selection.grouping);
  let version = await currentPlanVersion(db, plan.countyId, plan.id);
  let newVersion = false;
  if (input.config) {
    if (draft) {
      version = (await db.assessmentVersion.update({ where: { countyId_id: { countyId: plan.countyId, id: version.id } }, data: { config: input.config as object } })) as typeof version;
    } else {
      if (!input.reason) throw badRequest('errors.assessment.reasonRequired', '方案已启用,修改配置将生成新版本,请说明修改原因');
      assertValidAssessmentConfig(validateAssessmentPlanConfig(input.config));
      version = await makeVersion(db, plan, version, input.config, input.reason, actor);
      newVersion = true;
    }
  }
  return { plan: updated, version, newVersion };
}

/** A new active version; the one it replaces is superseded unless it was published (then it stays so). */
async function makeVersion(db: Tx, plan: AssessmentPlan, from: AssessmentVersion, config: AssessmentPlanConfig, reason: string, actor: Actor) {
  if (from.status === 'active' || from.status === 'draft') {
    await db.assessmentVersion.update({ where: { countyId_id: { countyId: plan.countyId, id: from.id } }, data: { status: 'superseded' } });
  }
  return (await db.assessmentVersion.create({
    data: { countyId: plan.countyId, id: newId(), planId: plan.id, number: from.number + 1, status: 'active', config: config as object, reason, createdById: actor.userId },
  })) as AssessmentVersion & { config: AssessmentPlanConfig };
}

async function setStatus(db: Tx, plan: AssessmentPlan, status: AssessmentStatus) {
  return db.assessmentPlan.update({ where: { countyId_id: { countyId: plan.countyId, id: plan.id } }, data: { status } });
}

/** 启动考核: the configuration must be valid and the panel named; the draft version becomes active. */
export async function startAssessmentPlan(db: Tx, plan: AssessmentPlan) {
  const to = nextAssessmentStatus(plan.status as AssessmentStatus, 'start');
  const version = await currentPlanVersion(db, plan.countyId, plan.id);
  assertValidAssessmentConfig(validateAssessmentPlanConfig(version.config));
  const [assessors, units] = await Promise.all([
    db.assessmentAssessor.count({ where: { countyId: plan.countyId, planId: plan.id } }),
    db.assessmentUnit.count({ where: { countyId: plan.countyId, planId: plan.id } }),
  ]);
  if (assessors === 0) throw badRequest('errors.assessment.noAssessors', '请先确定考核组成员');
  if (units === 0) throw badRequest('errors.assessment.noUnits', '没有被考核单位');
  await db.assessmentVersion.update({ where: { countyId_id: { countyId: plan.countyId, id: version.id } }, data: { status: 'active' } });
  return { plan: await setStatus(db, plan, to), version: { ...version, status: 'active' as const } };
}

export async function transitionAssessmentPlan(db: Tx, plan: AssessmentPlan, action: 'openScoring' | 'returnToScoring') {
  const to = nextAssessmentStatus(plan.status as AssessmentStatus, action);
  return { plan: await setStatus(db, plan, to), version: await currentPlanVersion(db, plan.countyId, plan.id) };
}

/** 提交审核 after computing; under the "block" rule every score must be in. */
export async function submitAssessmentForReview(db: Tx, plan: AssessmentPlan, compute: () => Promise<unknown>) {
  const to = nextAssessmentStatus(plan.status as AssessmentStatus, 'submitForReview');
  await compute();
  const version = await currentPlanVersion(db, plan.countyId, plan.id);
  const incomplete = await db.assessmentResult.findMany({ where: { countyId: plan.countyId, versionId: version.id, complete: false }, select: { missingScores: true } });
  if (incomplete.length) {
    const missing = incomplete.reduce((s, r) => s + r.missingScores, 0);
    throw badRequest('errors.assessment.scoresMissing', `还有 ${incomplete.length} 个单位共 ${missing} 项评分未完成(本方案规定全部评完方可出结果)`, { units: incomplete.length, missing });
  }
  return { plan: await setStatus(db, plan, to), version };
}

export async function approveAssessmentPlan(db: Tx, plan: AssessmentPlan, actor: Actor, now = new Date()) {
  const to = nextAssessmentStatus(plan.status as AssessmentStatus, 'approve');
  const version = await currentPlanVersion(db, plan.countyId, plan.id);
  if (!version.computedAt) throw badRequest('errors.assessment.notComputed', '尚未计算考核结果');
  const v = await db.assessmentVersion.update({ where: { countyId_id: { countyId: plan.countyId, id: version.id } }, data: { approvedAt: now, approvedById: actor.userId } });
  return { plan: await setStatus(db, plan, to), version: v };
}

/** 更正: a published plan goes back to scoring under a new version; the published one stays as it was. */
export async function correctAssessmentPlan(db: Tx, plan: AssessmentPlan, reason: string, actor: Actor) {
  const to = nextAssessmentStatus(plan.status as AssessmentStatus, 'correct');
  const published = await currentPlanVersion(db, plan.countyId, plan.id);
  const version = await makeVersion(db, plan, published, published.config, `更正:${reason}`, actor);
  return { plan: await setStatus(db, plan, to), version };
}

export async function deleteDraftAssessmentPlan(db: Tx, plan: AssessmentPlan) {
  if (plan.status !== 'draft') throw badRequest('errors.assessment.deleteStarted', '已启动的考核方案不能删除');
  const next = await db.assessmentPlan.count({ where: { countyId: plan.countyId, previousPlanId: plan.id } });
  if (next) throw badRequest('errors.assessment.deleteReferenced', '该方案是其他方案的上期方案,不能删除');
  await db.assessmentPlan.delete({ where: { countyId_id: { countyId: plan.countyId, id: plan.id } } });
}
