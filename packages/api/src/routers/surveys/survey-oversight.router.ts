import type { TRPCRouterRecord } from '@trpc/server';
import { groupMonthlyProgress, localPeriod, surveyFlags, surveySettings, visitCoverage } from '@duban/core';
import { visitViewer } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { surveyPeriodInput, surveySettingsInput } from '../../schemas/index.ts';

/** Quotas, fabrication flags and the county's numbers for both. */
export const surveyOversightRouter = {
  settings: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'county' } })
    .query(async ({ ctx }) => surveySettings(ctx.db, ctx.authz.target!.countyId)),

  setSettings: procedure
    .meta({ permission: 'core.survey.manage', scope: { entity: 'county' } })
    .input(surveySettingsInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await surveySettings(ctx.db, countyId);
      const after = await ctx.db.surveySettings.upsert({ where: { countyId }, create: { countyId, ...input }, update: input });
      await ctx.audit({ entityType: 'surveySettings', entityId: countyId, orgUnitId: countyId, before, after });
      return after;
    }),

  /**
   * Quota progress: households per group per month of the year against the monthly quota, and
   * villages covered per township visit of the period against the required share.
   */
  quotas: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .input(surveyPeriodInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const settings = await surveySettings(ctx.db, countyId);
      const viewer = await visitViewer(ctx.db, ctx.actor!);
      const [groups, visits] = await Promise.all([
        groupMonthlyProgress(ctx.db, countyId, input.year, settings, ctx.authz.roots),
        visitCoverage(ctx.db, countyId, ctx.authz.roots, localPeriod(input.year, input.month), settings, viewer),
      ]);
      return { settings, groups, visits };
    }),

  /** Fabrication flags of the period with their evidence (the surveys, phones masked). */
  flags: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .input(surveyPeriodInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const settings = await surveySettings(ctx.db, countyId);
      const flags = await surveyFlags(ctx.db, countyId, ctx.authz.roots, localPeriod(input.year, input.month), settings);
      return { settings, flags };
    }),
} satisfies TRPCRouterRecord;
