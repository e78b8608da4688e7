import type { TRPCRouterRecord } from '@trpc/server';
import type { Prisma } from '@duban/db';
import { caseProgress, completeStep, handOverCase, openJointCase, shareProgress } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { completeCaseStepInput, handOverCaseInput, jointCaseIdInput, listJointCasesInput, openJointCaseInput } from '../../schemas/index.ts';
import type { Context } from '../../context.ts';
import { nowOf } from '../../clock.ts';

/**
 * 联合办案 (issue 16 item 2, C6). Opening a case is a 交办 by the coordinating unit (one item per
 * share); a share's steps and its 移交/移送/移办 are the handling of that share's unit, checked at
 * that unit; reading is for anyone who may read the coordinating unit, the lead or any share's unit.
 * The shares' lifecycle (签收, 延期, 申请办结, 核查) is the tasks' own procedures.
 */
const actorOf = (ctx: Context) => ({ userId: ctx.actor!.userId, name: ctx.actor!.name });
const unitSelect = { select: { id: true, name: true, level: true, path: true } } as const;
const iso = (v: string | null | undefined) => (v ? new Date(v) : null);

/** Cases a reader may see: the coordinating unit or a share's unit lies in one of the reader's roots. */
function visibleCases(countyId: string, roots: string[]): Prisma.JointCaseWhereInput {
  if (roots.includes(`/${countyId}/`)) return { countyId };
  const under = (path: string) => ({ path: { startsWith: path } });
  const OR = roots.flatMap((r) => [{ supervisingUnit: under(r) }, { shares: { some: { orgUnit: under(r) } } }]);
  return { countyId, OR: OR.length ? OR : [{ id: '' }] };
}

export const jointCasesRouter = {
  /** 联合办案立案: the coordinating unit names the lead unit and the co-handlers, each with its duty, deadline and steps. */
  open: procedure
    .meta({ permission: 'core.task.handOver', scope: { entity: 'orgUnit', field: 'supervisingUnitId' } })
    .input(openJointCaseInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const share = (s: typeof input.lead) => ({ ...s, deadline: new Date(s.deadline), steps: s.steps.map((st) => ({ name: st.name, deadline: iso(st.deadline) })) });
      const { jointCase, shares } = await openJointCase(ctx.db, countyId, { ...input, lead: share(input.lead), coHandlers: input.coHandlers.map(share) }, actorOf(ctx), nowOf(ctx));
      await ctx.audit({
        entityType: 'jointCase', entityId: jointCase.id, orgUnitId: jointCase.supervisingUnitId,
        after: { ...jointCase, shares: shares.map((s) => ({ orgUnitId: s.orgUnitId, role: s.role, duty: s.duty, taskId: s.taskId, deadline: s.task.deadline })) },
        detail: `joint case opened with ${shares.length} shares`,
      });
      return { ...jointCase, shares: shares.map((s) => ({ id: s.id, orgUnitId: s.orgUnitId, role: s.role, taskId: s.taskId })) };
    }),

  list: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .input(listJointCasesInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const where: Prisma.JointCaseWhereInput = {
        AND: [
          visibleCases(countyId, ctx.authz.roots),
          input.status ? { status: input.status } : {},
          input.search ? { OR: [{ title: { contains: input.search } }, { serial: { contains: input.search } }] } : {},
        ],
      };
      const [total, rows] = await Promise.all([
        ctx.db.jointCase.count({ where }),
        ctx.db.jointCase.findMany({
          where, orderBy: [{ status: 'asc' }, { openedAt: 'desc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize,
          include: {
            leadUnit: unitSelect, supervisingUnit: unitSelect,
            shares: { orderBy: { sortOrder: 'asc' }, include: { orgUnit: unitSelect, task: { select: { status: true, deadline: true } }, steps: { select: { doneAt: true } } } },
          },
        }),
      ]);
      const items = rows.map(({ shares, ...c }) => ({
        ...c,
        progress: caseProgress(shares.map((s) => ({ taskStatus: s.task.status, steps: s.steps }))),
        units: shares.map((s) => ({ id: s.orgUnit.id, name: s.orgUnit.name, role: s.role, done: shareProgress({ taskStatus: s.task.status, steps: s.steps }).done })),
        nextDeadline: shares.filter((s) => !shareProgress({ taskStatus: s.task.status, steps: s.steps }).done).map((s) => s.task.deadline).sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
      }));
      return { total, items };
    }),

  /** One case: its shares with their items' status and deadline, steps and progress; its hand-overs; what the caller may do. */
  get: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'jointCase', field: 'caseId' } })
    .input(jointCaseIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const c = await ctx.db.jointCase.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.caseId } },
        include: {
          leadUnit: unitSelect, supervisingUnit: unitSelect, sourceTask: { select: { id: true, serial: true, title: true, kind: true } },
          shares: {
            orderBy: { sortOrder: 'asc' },
            include: {
              orgUnit: unitSelect, steps: { orderBy: { sortOrder: 'asc' } },
              task: { select: { id: true, serial: true, status: true, deadline: true, escalation: true, signedAt: true, submittedAt: true, closedAt: true } },
            },
          },
          handOvers: { orderBy: { handedOverAt: 'asc' }, include: { toUnit: unitSelect } },
        },
      });
      // The deadline each share was first given, beside the current one once an extension was approved.
      const approved = await ctx.db.taskExtension.findMany({
        where: { countyId, status: 'approved', taskId: { in: c.shares.map((s) => s.taskId) } }, orderBy: { requestedAt: 'asc' }, select: { taskId: true, previousDeadline: true },
      });
      const firstDeadline = new Map<string, Date>();
      for (const e of approved) if (!firstDeadline.has(e.taskId)) firstDeadline.set(e.taskId, e.previousDeadline);
      const shares = c.shares.map((s) => {
        const mine = ctx.authz.has('core.task.handle', s.orgUnit.path);
        const progress = shareProgress({ taskStatus: s.task.status, steps: s.steps });
        return {
          ...s, progress, originalDeadline: firstDeadline.get(s.taskId) ?? null,
          // Only the share's own unit works its steps and hands over, and only while the case is open.
          may: { work: mine && c.status === 'open', handOver: mine && c.status === 'open' && !progress.done },
          handOvers: c.handOvers.filter((h) => h.shareId === s.id).length,
        };
      });
      return { ...c, shares, progress: caseProgress(c.shares.map((s) => ({ taskStatus: s.task.status, steps: s.steps }))) };
    }),

  /** A step of one share done, by that share's unit (recorded on its item's timeline). */
  completeStep: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'jointCaseStep', field: 'stepId' } })
    .input(completeCaseStepInput)
    .mutation(async ({ ctx, input }) => {
      const { step, share, jointCase } = await completeStep(ctx.db, ctx.authz.target!.countyId, input.stepId, input.note ?? null, actorOf(ctx), nowOf(ctx));
      await ctx.audit({ entityType: 'jointCaseStep', entityId: step.id, orgUnitId: share.orgUnitId, after: { name: step.name, doneAt: step.doneAt, note: step.note }, detail: `joint case ${jointCase.id} step done` });
      return step;
    }),

  /** 移交 / 移送 / 移办 by a share's unit: to the judiciary or another authority by name, or to a unit of the county (a new share). */
  handOver: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'jointCaseShare', field: 'shareId' } })
    .input(handOverCaseInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { handOver, jointCase, addedShare } = await handOverCase(ctx.db, countyId, input.shareId, {
        ...input, deadline: iso(input.deadline), handedOverAt: iso(input.handedOverAt),
      }, actorOf(ctx), nowOf(ctx));
      await ctx.audit({
        entityType: 'caseHandOver', entityId: handOver.id, orgUnitId: ctx.authz.target!.orgUnitId,
        after: { ...handOver, addedShare: addedShare ? { id: addedShare.id, orgUnitId: addedShare.orgUnitId, taskId: addedShare.taskId } : null },
        detail: `joint case ${jointCase.id} ${handOver.kind} to ${handOver.authorityKind}`,
      });
      return { ...handOver, addedShareId: addedShare?.id ?? null };
    }),
} satisfies TRPCRouterRecord;
