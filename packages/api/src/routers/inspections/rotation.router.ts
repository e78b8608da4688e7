import type { TRPCRouterRecord } from '@trpc/server';
import { adjustPlan, checkPlan, districtDrift, generatePlan, loadPlan, scheduleStage } from '@duban/core';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../context.ts';
import { procedure } from '../../procedures.ts';
import { adjustRotationInput, generateRotationInput, planIdInput, scheduleStageInput } from '../../schemas/index.ts';
import { nowOf } from './guard.ts';
import { resolveTemplateRefs } from './plugin-templates.ts';

/** What a plan page shows: stages with dates, the grid, names, and what the rules say now. */
async function planView(ctx: Context, countyId: string, planId: string) {
  const plan = await loadPlan(ctx.db, countyId, planId);
  const { rules, violations } = await checkPlan(ctx.db, countyId, planId);
  const visits = await ctx.db.inspectionVisit.groupBy({ by: ['rotationStage'], where: { countyId, rotationPlanId: planId, status: { not: 'cancelled' } }, _count: true });
  return {
    ...plan,
    groups: rules.groups,
    districts: rules.districts,
    conflicts: rules.conflicts ?? [],
    violations,
    scheduled: Object.fromEntries(visits.map((v) => [String(v.rotationStage), v._count])),
    /** Townships that left or joined a district since the plan was made (null: plan predates the record). */
    districtChanges: await districtDrift(ctx.db, plan),
  };
}

/**
 * 轮换计划: generated so that no group returns to a district before covering the others and no
 * member inspects home; adjusted cell by cell, each adjustment validated and explained if refused.
 * Plans are read by those who read inspections at the planning unit — not by the townships.
 */
export const rotationRouter = {
  listRotations: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(planIdInput.partial())
    .query(async ({ ctx }) => {
      const roots = ctx.authz.roots;
      return ctx.db.inspectionRotationPlan.findMany({
        where: { countyId: ctx.actor!.countyId, OR: roots.length ? roots.map((r) => ({ planningUnit: { path: { startsWith: r } } })) : [{ id: '' }] },
        include: { stages: { orderBy: { index: 'asc' } } },
        orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
      });
    }),

  getRotation: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionRotationPlan', field: 'planId' } })
    .input(planIdInput)
    .query(async ({ ctx, input }) => planView(ctx, ctx.authz.target!.countyId, input.planId)),

  generateRotation: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'orgUnit', field: 'planningUnitId' } })
    .input(generateRotationInput)
    .mutation(async ({ ctx, input }) => {
      const { planningUnitId, startsOn, endsOn, ...rest } = input;
      const plan = await generatePlan(ctx.db, ctx.authz.target!.countyId, planningUnitId, { ...rest, startsOn: new Date(startsOn), endsOn: new Date(endsOn) }, ctx.actor!.userId);
      await ctx.audit({ entityType: 'inspectionRotationPlan', entityId: plan.id, orgUnitId: planningUnitId, after: plan });
      return plan;
    }),

  adjustRotation: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionRotationPlan', field: 'planId' } })
    .input(adjustRotationInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { plan, swappedWith } = await adjustPlan(ctx.db, countyId, input.planId, input);
      await ctx.audit({ entityType: 'inspectionRotationPlan', entityId: plan.id, orgUnitId: plan.planningUnitId, after: { ...input, swappedWith }, detail: 'rotation adjusted' });
      return { swappedWith };
    }),

  publishRotation: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionRotationPlan', field: 'planId' } })
    .input(planIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await ctx.db.inspectionRotationPlan.update({ where: { countyId_id: { countyId, id: input.planId } }, data: { status: 'published' } });
      await ctx.audit({ entityType: 'inspectionRotationPlan', entityId: plan.id, orgUnitId: plan.planningUnitId, after: { status: plan.status } });
      return plan;
    }),

  /** One stage of the plan becomes unannounced visits to every township of each group's district. */
  scheduleStage: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionRotationPlan', field: 'planId' } })
    .input(scheduleStageInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await loadPlan(ctx.db, countyId, input.planId);
      const planning = await ctx.db.orgUnit.findUniqueOrThrow({ where: { countyId_id: { countyId, id: plan.planningUnitId } } });
      // A plugin's template depends on its enablement at each township: plan those visit by visit.
      if (input.templateRefs.some((r) => r.startsWith('plugin:'))) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '整轮安排只能使用本县的检查表;业务模块的检查表请在单次督查中选择' });
      }
      const templateIds = await resolveTemplateRefs(ctx.db, countyId, input.templateRefs, planning, plan.planningUnitId);
      const result = await scheduleStage(ctx.db, countyId, input.planId, input.stage, templateIds, ctx.actor!.userId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionRotationPlan', entityId: plan.id, orgUnitId: plan.planningUnitId, after: { stage: input.stage, ...result }, detail: 'stage scheduled' });
      return result;
    }),
} satisfies TRPCRouterRecord;
