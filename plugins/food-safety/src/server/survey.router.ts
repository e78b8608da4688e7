import { getOrgUnit } from '@duban/plugin-sdk/server';
import { newId } from '@duban/plugin-sdk/db';
import { pluginError, procedure, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import { archiveSurveyInput, createSurveyInput, listByUnitInput } from './schemas/index.ts';
import { meta } from './meta.ts';

const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
const bySurvey = { entity: 'foodSafetySurvey', field: 'surveyId' } as const;

const view = <T extends { satisfied: number; basicallySatisfied: number; dissatisfied: number }>(s: T) => {
  const total = s.satisfied + s.basicallySatisfied + s.dissatisfied;
  return { ...s, total, rate: total ? ((s.satisfied + s.basicallySatisfied) * 100) / total : null };
};

export const surveyRouter = {
  /** 满意度测评 of a unit and below, newest first, each with its satisfaction rate. */
  list: procedure
    .meta(meta({ permission: 'food-safety.survey.read', scope: byUnit }))
    .input(listByUnitInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const rows = await ctx.db.foodSafetySurvey.findMany({
        where: { countyId: unit.countyId, archivedAt: null, orgUnit: { path: { startsWith: unit.path } } },
        include: { orgUnit: { select: { name: true, path: true } } },
        orderBy: [{ surveyedOn: 'desc' }, { id: 'asc' }],
      });
      return rows.map((r) => ({ ...view(r), unitName: r.orgUnit.name }));
    }),

  create: procedure
    .meta(meta({ permission: 'food-safety.survey.manage', scope: byUnit }))
    .input(createSurveyInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const row = await ctx.db.foodSafetySurvey.create({
        data: { ...input, countyId: unit.countyId, id: newId(), orgUnitId: unit.id, surveyedOn: new Date(input.surveyedOn), note: input.note ?? null },
      });
      await ctx.audit({ entityType: 'foodSafetySurvey', entityId: row.id, orgUnitId: unit.id, after: row });
      return view(row);
    }),

  archive: procedure
    .meta(meta({ permission: 'food-safety.survey.manage', scope: bySurvey }))
    .input(archiveSurveyInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.foodSafetySurvey.findUnique({ where: { countyId_id: { countyId, id: input.surveyId } } });
      if (!before) throw pluginError('NOT_FOUND', { zh: `未找到满意度测评(${input.surveyId})`, en: `Survey ${input.surveyId} not found` });
      const after = await ctx.db.foodSafetySurvey.update({ where: { countyId_id: { countyId, id: before.id } }, data: { archivedAt: before.archivedAt ?? new Date() } });
      await ctx.audit({ entityType: 'foodSafetySurvey', entityId: after.id, orgUnitId: after.orgUnitId, before, after, detail: 'archived' });
      return view(after);
    }),
} satisfies TRPCRouterRecord;
