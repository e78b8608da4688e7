// 考核方案: reference lists for the editor, listing, creating (also from a template), editing
// (a new version once in use), the assessor panel.
import type { TRPCRouterRecord } from '@trpc/server';
import {
  assessmentConfigEditable, assessmentSourceKeys, assessmentTemplates, badRequest, componentKindNames, createAssessmentPlan, currentPlanVersion,
  defaultGradeBands, deleteDraftAssessmentPlan, getAssessmentPlan, methodNames, metricFamilyMembers, metricSources, missingRuleNames, updateAssessmentPlan,
  validateAssessmentConfig, validateAssessmentPlanConfig, vetoConditions, type AssessmentPlanConfig, type AssessmentStatus,
} from '@duban/core';
import type { Prisma } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import {
  assessorOptionOutput, catalogOutput, createFromTemplateInput, createPlanInput, listPlansInput, myAssessmentOutput, okOutput, planDetailOutput,
  assessmentPlanIdInput, planMutationOutput, planSummaryOutput, setAssessorsInput, updatePlanInput, validateConfigInput, validateConfigOutput,
} from '../../schemas/index.ts';
import { planActions, readRoots, rowVisibility, within } from './access.ts';
import { mutationResult, planSummary, versionView } from './views.ts';

const byPlan = { entity: 'assessmentPlan', field: 'planId' } as const;
const actorOf = (ctx: { actor: { userId: string; name: string } | null }) => ({ userId: ctx.actor?.userId ?? null, name: ctx.actor?.name ?? null });
const entries = <K extends string, V>(r: Record<K, V>) => Object.entries(r) as [K, V][];
const unitInclude = { ownerUnit: { select: { id: true, name: true, path: true } }, units: { select: { id: true, orgUnitId: true, selfCheckSubmittedAt: true, orgUnit: { select: { id: true, name: true, path: true } } } } } as const;

export const planProcedures = {
  /** Metric sources, veto conditions and templates on offer (core and installed plugins), and the fixed vocabularies. */
  catalog: procedure
    .meta({ permission: 'core.assessment.read', scope: { entity: 'anywhere' } })
    .output(catalogOutput)
    .query(async ({ ctx }) => ({
      metrics: [
        ...[...metricSources().values()].map(({ origin, item }) => ({ key: item.key, name: item.name, unit: item.unit, source: origin, group: null })),
        // One entry per checklist template and survey answer of the caller's county.
        ...(await metricFamilyMembers(ctx.db, ctx.actor!.countyId)).map(({ origin, family, item }) => ({ key: item.key, name: item.name, unit: item.unit, source: origin, group: family.name })),
      ],
      vetoConditions: [...vetoConditions().values()].map(({ origin, item }) => ({ key: item.key, name: item.name, source: origin })),
      templates: [...assessmentTemplates().values()].map(({ origin, item }) => ({ key: item.key, name: item.name, description: item.description ?? null, source: origin })),
      componentKinds: entries(componentKindNames).map(([key, name]) => ({ key, name })),
      methods: entries(methodNames).map(([key, name]) => ({ key, name })),
      missingRules: entries(missingRuleNames).map(([key, name]) => ({ key, name })),
      defaultGradeBands,
    })),

  /** The editor's inline check: every error with its path in the tree. */
  validateConfig: procedure
    .meta({ permission: 'core.assessment.read', scope: { entity: 'anywhere' } })
    .input(validateConfigInput)
    .output(validateConfigOutput)
    .query(({ input }) => validateAssessmentConfig(input.config as AssessmentPlanConfig, assessmentSourceKeys())),

  /** Plans the caller organises or reads, or in which one of their units is assessed. */
  listPlans: procedure
    .meta({ permission: 'core.assessment.read', scope: { entity: 'anywhere' } })
    .input(listPlansInput)
    .output(z.array(planSummaryOutput))
    .query(async ({ ctx, input }) => {
      const countyId = ctx.actor!.countyId;
      const roots = readRoots(ctx);
      const plans = await ctx.db.assessmentPlan.findMany({
        where: { countyId, ...(input.year ? { year: input.year } : {}), ...(input.status ? { status: input.status } : {}) },
        include: { ...unitInclude, versions: { select: { number: true }, orderBy: { number: 'desc' }, take: 1 } },
        orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
      });
      return plans
        .filter((p) => within(p.ownerUnit.path, roots) || p.units.some((u) => within(u.orgUnit.path, roots)))
        .map((p) => planSummary(p, p.versions[0]?.number ?? 1, p.units.length));
    }),

  /** The caller's own units' assessments: self-check status and, once published, the result. */
  myAssessments: procedure
    .meta({ permission: 'core.assessment.read', scope: { entity: 'anywhere' } })
    .output(z.array(myAssessmentOutput))
    .query(async ({ ctx }) => {
      const countyId = ctx.actor!.countyId;
      const roots = readRoots(ctx);
      if (roots.length === 0) return [];
      const units = await ctx.db.assessmentUnit.findMany({
        where: { countyId, OR: roots.map((r) => ({ orgUnit: { path: { startsWith: r } } })) },
        include: { orgUnit: { select: { id: true, name: true, path: true } }, plan: true },
        orderBy: [{ plan: { year: 'desc' } }, { sortOrder: 'asc' }],
        take: 500,
      });
      const published = await ctx.db.assessmentVersion.findMany({
        where: { countyId, planId: { in: [...new Set(units.map((u) => u.planId))] }, status: 'published' },
        orderBy: { number: 'desc' },
        include: { results: { where: { orgUnitId: { in: units.map((u) => u.orgUnitId) } } } },
      });
      return units.map((u) => {
        const latest = published.find((v) => v.planId === u.planId);
        const r = latest?.results.find((x) => x.orgUnitId === u.orgUnitId);
        const bands = ((latest?.config ?? null) as AssessmentPlanConfig | null)?.gradeBands ?? [];
        const grade = r?.grade ? { key: r.grade, name: bands.find((b) => b.key === r.grade)?.name ?? r.grade } : null;
        const status = u.plan.status as AssessmentStatus;
        return {
          planId: u.planId, planName: u.plan.name, year: u.plan.year, status, assessmentUnitId: u.id, orgUnit: u.orgUnit,
          selfCheckSubmittedAt: u.selfCheckSubmittedAt?.toISOString() ?? null,
          selfCheckOpen: (status === 'self_check' || status === 'scoring') && !u.selfCheckSubmittedAt,
          result: r ? { total: r.total === null ? null : Number(r.total), grade, rank: r.rank, groupSize: r.groupSize, vetoed: r.vetoed } : null,
        };
      });
    }),

  getPlan: procedure
    .meta({ permission: 'core.assessment.read', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(planDetailOutput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await ctx.db.assessmentPlan.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.planId } },
        include: {
          ownerUnit: unitInclude.ownerUnit,
          units: { select: { ...unitInclude.units.select, peerGroup: true }, orderBy: { sortOrder: 'asc' } },
          versions: { orderBy: { number: 'desc' } }, assessors: { include: { user: { include: { person: { select: { name: true } } } } }, orderBy: { user: { username: 'asc' } } } },
      });
      const version = plan.versions[0]!;
      const config = version.config as unknown as AssessmentPlanConfig;
      const { visible, organiser } = rowVisibility(ctx, plan.ownerUnit.path);
      const units = plan.units.filter((u) => visible(u.orgUnit.path, true));
      return {
        ...planSummary(plan, version.number, plan.units.length),
        unitSelection: (plan.unitSelection as { units?: unknown }).units ?? null,
        grouping: (plan.unitSelection as { grouping?: unknown }).grouping ?? null,
        version: { ...versionView(version), config },
        versions: plan.versions.map(versionView),
        units: units.map((u) => ({ assessmentUnitId: u.id, orgUnit: u.orgUnit, peerGroup: u.peerGroup, selfCheckSubmittedAt: u.selfCheckSubmittedAt?.toISOString() ?? null })),
        assessors: organiser ? plan.assessors.map((a) => ({ userId: a.userId, name: a.user.person.name, username: a.user.username })) : [],
        actions: planActions(ctx, { status: plan.status, ownerPath: plan.ownerUnit.path, assessorIds: plan.assessors.map((a) => a.userId) }),
        configErrors: validateAssessmentPlanConfig(config).errors,
        fullView: units.length === plan.units.length && organiser,
      };
    }),

  createPlan: procedure
    .meta({ permission: 'core.assessment.manage', scope: { entity: 'orgUnit', field: 'ownerUnitId' } })
    .input(createPlanInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { plan, version } = await createAssessmentPlan(ctx.db, countyId, {
        ...input, periodStart: new Date(input.periodStart), periodEnd: new Date(input.periodEnd), config: input.config as AssessmentPlanConfig,
      }, actorOf(ctx));
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, after: { plan, config: version.config } });
      return mutationResult(plan, version);
    }),

  /** A draft plan from a template of the core or an installed plugin (e.g. 食品安全工作考核). */
  createFromTemplate: procedure
    .meta({ permission: 'core.assessment.manage', scope: { entity: 'orgUnit', field: 'ownerUnitId' } })
    .input(createFromTemplateInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const template = assessmentTemplates().get(input.templateKey)?.item;
      if (!template) throw badRequest('errors.assessment.unknownTemplate', `未找到考核模板「${input.templateKey}」`, { key: input.templateKey });
      // The calendar year in China Standard Time unless given.
      const start = input.periodStart ? new Date(input.periodStart) : new Date(`${input.year}-01-01T00:00:00+08:00`);
      const end = input.periodEnd ? new Date(input.periodEnd) : new Date(`${input.year + 1}-01-01T00:00:00+08:00`);
      const { plan, version } = await createAssessmentPlan(ctx.db, countyId, {
        ownerUnitId: input.ownerUnitId, name: input.name ?? `${input.year}年度${template.name.zh}`, year: input.year, periodStart: start, periodEnd: end,
        previousPlanId: input.previousPlanId ?? null, units: input.units ?? template.units ?? { mode: 'level', level: 'township' },
        grouping: input.grouping ?? template.grouping ?? { by: 'district' }, config: structuredClone(template.config), templateKey: template.key,
      }, actorOf(ctx));
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, after: { plan, templateKey: template.key }, detail: `plan from template ${template.key}` });
      return mutationResult(plan, version);
    }),

  /** Draft: edited in place. In use: a configuration change makes a new version and needs a reason. */
  updatePlan: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(updatePlanInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await getAssessmentPlan(ctx.db, countyId, input.planId);
      const old = await currentPlanVersion(ctx.db, countyId, before.id);
      const { planId: _, ...rest } = input;
      const { plan, version, newVersion } = await updateAssessmentPlan(ctx.db, before, {
        ...rest,
        periodStart: rest.periodStart ? new Date(rest.periodStart) : undefined,
        periodEnd: rest.periodEnd ? new Date(rest.periodEnd) : undefined,
        config: rest.config as AssessmentPlanConfig | undefined,
      }, actorOf(ctx));
      await ctx.audit({
        entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId,
        before: { plan: before, version: old.number, config: rest.config ? old.config : undefined },
        after: { plan, version: version.number, config: rest.config ? version.config : undefined },
        detail: newVersion ? `new version ${version.number}: ${input.reason}` : 'edited',
      });
      return mutationResult(plan, version, newVersion);
    }),

  deletePlan: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const plan = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      await deleteDraftAssessmentPlan(ctx.db, plan);
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: plan, detail: 'draft deleted' });
      return { ok: true as const };
    }),

  /** People who may be on the panel: holders of core.assessment.score at the plan's owner unit. */
  assessorOptions: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(z.array(assessorOptionOutput))
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      return (await scorers(ctx.db, countyId, ctx.authz.target!.path)).map((u) => ({ userId: u.id, name: u.name, username: u.username, unitName: u.unitName }));
    }),

  setAssessors: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(setAssessorsInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await getAssessmentPlan(ctx.db, countyId, input.planId);
      if (plan.status === 'published') throw badRequest('errors.assessment.published', '方案已发布,不能再调整考核组');
      if (!assessmentConfigEditable(plan.status as AssessmentStatus)) throw badRequest('errors.assessment.panelLocked', '审核期间不能调整考核组,请先退回评分');
      const allowed = new Set((await scorers(ctx.db, countyId, ctx.authz.target!.path)).map((u) => u.id));
      const wrong = input.userIds.filter((id) => !allowed.has(id));
      if (wrong.length) throw badRequest('errors.assessment.notScorer', `有 ${wrong.length} 人没有在本方案组织单位打分的权限,不能加入考核组`, { count: wrong.length });
      const before = await ctx.db.assessmentAssessor.findMany({ where: { countyId, planId: plan.id } });
      await ctx.db.assessmentAssessor.deleteMany({ where: { countyId, planId: plan.id } });
      await ctx.db.assessmentAssessor.createMany({ data: [...new Set(input.userIds)].map((userId) => ({ countyId, planId: plan.id, userId })) });
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: before.map((b) => b.userId), after: input.userIds, detail: 'assessor panel set' });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;

/** Active users whose role assignment grants core.assessment.score with a capture scope covering `path`. */
async function scorers(db: Prisma.TransactionClient, countyId: string, path: string) {
  const assignments = await db.roleAssignment.findMany({
    where: { countyId, role: { permissions: { has: 'core.assessment.score' } }, user: { disabledAt: null } },
    include: { captureUnit: { select: { path: true } }, user: { include: { person: { include: { orgUnit: { select: { name: true } } } } } } },
  });
  const seen = new Map<string, { id: string; name: string; username: string; unitName: string }>();
  for (const a of assignments) {
    if (!path.startsWith(a.captureUnit.path)) continue;
    seen.set(a.userId, { id: a.userId, name: a.user.person.name, username: a.user.username, unitName: a.user.person.orgUnit.name });
  }
  return [...seen.values()];
}
