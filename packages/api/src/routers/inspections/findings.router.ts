import type { TRPCRouterRecord } from '@trpc/server';
import { assertMember, handOverFinding, isVisitVisibleTo } from '@duban/core';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { handOverFindingInput } from '../../schemas/index.ts';
import { nowOf, viewerOf, visitScopeWhere } from './guard.ts';

/** 问题: findings handed over as rectification items (督办事项), each with its return visit. */
export const findingsRouter = {
  /**
   * One action: the task (pre-filled with unit, evidence, deadline) and the unannounced return
   * visit. Allowed to the visit's group members, and to those who plan at its planning unit.
   */
  handOverFinding: procedure
    .meta({ permission: 'core.inspection.findings', scope: { entity: 'anywhere' } })
    .input(handOverFindingInput)
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const visit = await ctx.db.inspectionVisit.findUnique({ where: { countyId_id: { countyId: actor.countyId, id: input.visitId } }, include: { planningUnit: true } });
      if (visit && !ctx.authz.has('core.inspection.plan', visit.planningUnit.path)) await assertMember(ctx.db, actor.countyId, visit.groupId, actor.personId);
      const { finding, task, returnVisit, evidence } = await handOverFinding(ctx.db, actor.countyId, { ...input, deadline: new Date(input.deadline) }, { userId: actor.userId, name: actor.name }, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionFinding', entityId: finding.id, orgUnitId: finding.orgUnitId, after: { finding, task: task.serial, returnVisitId: returnVisit.id, evidence } });
      await ctx.audit({ entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId, after: task, detail: 'handed over from an inspection finding' });
      return { findingId: finding.id, taskId: task.id, serial: task.serial, returnVisitId: returnVisit.id, evidence };
    }),

  /** Findings of the visits the caller may see (a township sees those about itself once revealed). */
  listFindings: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(z.object({ orgUnitId: z.string().max(64).optional() }))
    .query(async ({ ctx, input }) => {
      const visit = await visitScopeWhere(ctx, ctx.authz.roots);
      const [findings, viewer] = await Promise.all([
        ctx.db.inspectionFinding.findMany({
          where: { countyId: ctx.actor!.countyId, visit, ...(input.orgUnitId ? { orgUnitId: input.orgUnitId } : {}) },
          include: {
            orgUnit: { select: { id: true, name: true, path: true } }, task: { select: { id: true, serial: true, status: true, deadline: true } }, visit: { select: { id: true, title: true } },
            returnVisit: { select: { id: true, unannounced: true, startedAt: true, windowEnd: true, status: true, groupId: true, planningUnit: { select: { path: true } } } },
          },
          orderBy: { createdAt: 'desc' },
          take: 500,
        }),
        viewerOf(ctx),
      ]);
      const now = nowOf(ctx);
      // The return visit (杀回马枪) is unannounced: its id is not shown before it may be seen (F11).
      return findings.map(({ returnVisit, returnVisitId: _id, ...f }) => ({ ...f, returnVisitId: returnVisit && isVisitVisibleTo(returnVisit, viewer, now) ? returnVisit.id : null }));
    }),
} satisfies TRPCRouterRecord;
