import type { TRPCRouterRecord } from '@trpc/server';
import { drawCallbacks, getOrgUnit, recordCallback } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { drawCallbacksInput, listCallbacksInput, recordCallbackInput } from '../../schemas/index.ts';
import { surveysUnder } from './survey-filters.ts';

/** 回访: a seeded sample of surveys is called back and each call's outcome recorded. */
export const surveyCallbacksRouter = {
  /** Earlier draws over units in the caller's scope, newest first. */
  draws: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const draws = await ctx.db.surveyCallbackDraw.findMany({
        where: { countyId, OR: ctx.authz.roots.map((r) => ({ orgUnit: { path: { startsWith: r } } })) },
        include: { orgUnit: { select: { id: true, name: true, path: true } }, _count: { select: { callbacks: { where: { outcome: { not: null } } } } } },
        orderBy: { drawnAt: 'desc' },
        take: 200,
      });
      return draws.map(({ _count, ...d }) => ({ ...d, called: _count.callbacks }));
    }),

  /** The drawn households to call (masked phones; revealing one is survey.revealPhone). */
  list: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .input(listCallbacksInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      return ctx.db.surveyCallback.findMany({
        where: {
          countyId, survey: surveysUnder(countyId, ctx.authz.roots),
          ...(input.drawId ? { drawId: input.drawId } : {}),
          ...(input.pendingOnly ? { OR: [{ outcome: null }, { outcome: 'unreachable' }] } : {}),
        },
        select: {
          id: true, drawId: true, outcome: true, note: true, calledAt: true, calledByName: true,
          survey: {
            select: {
              id: true, capturedAt: true, respondentName: true, phoneMasked: true, address: true, submittedByName: true,
              village: { select: { name: true } }, township: { select: { name: true } }, group: { select: { name: true } },
            },
          },
        },
        orderBy: [{ draw: { drawnAt: 'desc' } }, { survey: { capturedAt: 'asc' } }],
        take: 1000,
      });
    }),

  draw: procedure
    .meta({ permission: 'core.survey.callback', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(drawCallbacksInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const draw = await drawCallbacks(
        ctx.db, unit.countyId,
        { unit, period: { start: new Date(input.from), end: new Date(input.to) }, percent: input.sharePercent, seed: input.seed },
        { userId: ctx.actor!.userId, name: ctx.actor!.name },
      );
      await ctx.audit({ entityType: 'surveyCallbackDraw', entityId: draw.id, orgUnitId: unit.id, after: draw, detail: `call-back draw: ${draw.drawn} of ${draw.eligible} (seed ${draw.seed})` });
      return draw;
    }),

  record: procedure
    .meta({ permission: 'core.survey.callback', scope: { entity: 'surveyCallback', field: 'callbackId' } })
    .input(recordCallbackInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const r = await recordCallback(ctx.db, countyId, input.callbackId, input.outcome, input.note ?? null, { userId: ctx.actor!.userId, name: ctx.actor!.name });
      await ctx.audit({ entityType: 'surveyCallback', entityId: input.callbackId, orgUnitId: ctx.authz.target!.orgUnitId, before: r.before, after: { outcome: r.after.outcome, note: r.after.note } });
      return r.after;
    }),
} satisfies TRPCRouterRecord;
