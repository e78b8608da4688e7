import { getOrgUnit } from '@duban/plugin-sdk/server';
import { newId, type Prisma } from '@duban/plugin-sdk/db';
import { handOverTask, pluginError, procedure, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import { foodCategoryNames, type FoodCategory } from '../shared/food-categories.ts';
import { samplingDashboard } from './sampling-dashboard.ts';
import { archivePlanInput, createPlanInput, listPlansInput, listResultsInput, recordResultInput } from './schemas/index.ts';
import { settingsFor } from './settings.ts';
import { samplingRectification } from './task-types.ts';
import { meta } from './meta.ts';

const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
const byPlan = { entity: 'foodSafetySamplingPlan', field: 'planId' } as const;
const DAY = 86_400_000;

type Tx = Prisma.TransactionClient;

async function loadPlan(db: Tx, countyId: string, id: string) {
  const plan = await db.foodSafetySamplingPlan.findUnique({ where: { countyId_id: { countyId, id } }, include: { orgUnit: { select: { name: true, path: true } } } });
  if (!plan) throw pluginError('NOT_FOUND', { zh: `未找到抽检计划(${id})`, en: `Sampling plan ${id} not found` });
  return plan;
}

export const samplingRouter = {
  /** The plans of a unit and below for a year, each with its samples so far and their pass rate. */
  listPlans: procedure
    .meta(meta({ permission: 'food-safety.sampling.read', scope: byUnit }))
    .input(listPlansInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const plans = await ctx.db.foodSafetySamplingPlan.findMany({
        where: { countyId: unit.countyId, year: input.year, archivedAt: null, orgUnit: { path: { startsWith: unit.path } } },
        include: { orgUnit: { select: { name: true, path: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const counts = await ctx.db.foodSafetySamplingResult.groupBy({
        by: ['planId', 'qualified'], where: { countyId: unit.countyId, planId: { in: plans.map((p) => p.id) } }, _count: { _all: true },
      });
      return plans.map((p) => {
        const taken = counts.filter((c) => c.planId === p.id).reduce((n, c) => n + c._count._all, 0);
        const qualified = counts.find((c) => c.planId === p.id && c.qualified)?._count._all ?? 0;
        return { ...p, unitName: p.orgUnit.name, categoryName: foodCategoryNames[p.category as FoodCategory], taken, qualified, passRate: taken ? (qualified * 100) / taken : null };
      });
    }),

  createPlan: procedure
    .meta(meta({ permission: 'food-safety.sampling.manage', scope: byUnit }))
    .input(createPlanInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const row = await ctx.db.foodSafetySamplingPlan.create({ data: { ...input, countyId: unit.countyId, id: newId(), orgUnitId: unit.id } });
      await ctx.audit({ entityType: 'foodSafetySamplingPlan', entityId: row.id, orgUnitId: unit.id, after: row });
      return row;
    }),

  archivePlan: procedure
    .meta(meta({ permission: 'food-safety.sampling.manage', scope: byPlan }))
    .input(archivePlanInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { orgUnit: _unit, ...before } = await loadPlan(ctx.db, countyId, input.planId);
      const after = await ctx.db.foodSafetySamplingPlan.update({ where: { countyId_id: { countyId, id: before.id } }, data: { archivedAt: before.archivedAt ?? new Date() } });
      await ctx.audit({ entityType: 'foodSafetySamplingPlan', entityId: after.id, orgUnitId: after.orgUnitId, before, after, detail: 'archived' });
      return after;
    }),

  listResults: procedure
    .meta(meta({ permission: 'food-safety.sampling.read', scope: byPlan }))
    .input(listResultsInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const rows = await ctx.db.foodSafetySamplingResult.findMany({
        where: { countyId, planId: input.planId },
        include: { orgUnit: { select: { name: true, path: true } }, task: { select: { id: true, serial: true, status: true, deadline: true } } },
        orderBy: [{ sampledAt: 'desc' }, { id: 'asc' }],
      });
      return rows.map((r) => ({ ...r, unitName: r.orgUnit.name }));
    }),

  /**
   * 检测结果. An unqualified sample is handed over at once as a rectification item (督办事项) to the
   * unit where it was taken, supervised by the recording official's unit, due after the unit's
   * rectificationDays setting.
   */
  recordResult: procedure
    .meta(meta({ permission: 'food-safety.sampling.manage', scope: byPlan }))
    .input(recordResultInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await loadPlan(ctx.db, countyId, input.planId);
      const unit = await getOrgUnit(ctx.db, countyId, input.orgUnitId ?? plan.orgUnitId);
      if (!unit.path.startsWith(plan.orgUnit.path)) {
        throw pluginError('BAD_REQUEST', { zh: `抽样地点须在「${plan.orgUnit.name}」范围内`, en: `The sample must be taken within ${plan.orgUnit.name}` });
      }
      let taskId: string | null = null;
      if (!input.qualified) {
        const settings = await settingsFor(ctx.db, countyId, [unit.id]);
        const task = await handOverTask(ctx, {
          countyId, kind: 'rectification', taskType: samplingRectification,
          title: `抽检不合格整改:${input.vendor} ${input.sampleName}`,
          description: `${plan.name}(${foodCategoryNames[plan.category as FoodCategory].zh}),${input.vendor}所售${input.sampleName}检测不合格:${input.failedItems}。请依法处置问题产品、查明原因并整改。`,
          supervisingUnitId: ctx.actor!.orgUnitId, responsibleUnitId: unit.id,
          deadline: new Date(Date.now() + settings(unit.id).rectificationDays * DAY),
        });
        taskId = task.id;
      }
      const row = await ctx.db.foodSafetySamplingResult.create({
        data: {
          countyId, id: newId(), planId: plan.id, orgUnitId: unit.id, sampleName: input.sampleName, vendor: input.vendor,
          sampledAt: new Date(input.sampledAt), qualified: input.qualified, failedItems: input.qualified ? null : (input.failedItems ?? null),
          taskId, recordedByName: ctx.actor?.name ?? null,
        },
      });
      await ctx.audit({ entityType: 'foodSafetySamplingResult', entityId: row.id, orgUnitId: unit.id, after: row });
      return row;
    }),

  /** The sampling dashboard of a unit for a year: totals, by unit below, by category, by month. */
  dashboard: procedure
    .meta(meta({ permission: 'food-safety.sampling.read', scope: byUnit }))
    .input(listPlansInput)
    .query(async ({ ctx, input }) => samplingDashboard(ctx.db, await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId), input.year)),
} satisfies TRPCRouterRecord;
