import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { countersign, decideExtension, defaultEscalationRules, getOrgUnit, getTask, instruct, requestCountersign, requestExtension, transferItem } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { countersignInput, decideExtensionInput, instructTaskInput, requestCountersignInput, requestExtensionInput, transferTaskInput } from '../../schemas/index.ts';
import type { Context } from '../../context.ts';
import { nowOf } from '../../clock.ts';

/**
 * Item operations (issue 16) beside the lifecycle steps of tasks.router.ts: who may take each is
 * the permission and scope in its meta — the responsible unit asks (延期申请, 会签), the assigning
 * (supervising) unit decides and re-assigns (延期审批, 转办/分办), a co-handler countersigns at its
 * own unit, a leader instructs. 退回, 转长期跟踪 and 阶段性办结 are lifecycle actions of
 * task.handle / task.verify.
 */
const actorOf = (ctx: Context) => ({ userId: ctx.actor!.userId, name: ctx.actor!.name });
const withAssisting = (ctx: Context, countyId: string, taskId: string) =>
  ctx.db.task.findUniqueOrThrow({ where: { countyId_id: { countyId, id: taskId } }, include: { assisting: { select: { orgUnitId: true } } } });

export const itemOperationsRouter = {
  /** 延期申请: the responsible unit asks its assigning unit for a later deadline. */
  requestExtension: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'taskResponsible', field: 'taskId' } })
    .input(requestExtensionInput)
    .mutation(async ({ ctx, input }) => {
      const task = await getTask(ctx.db, ctx.authz.target!.countyId, input.taskId);
      const extension = await requestExtension(ctx.db, task, { deadline: new Date(input.deadline), reason: input.reason }, actorOf(ctx), nowOf(ctx));
      await ctx.audit({ entityType: 'taskExtension', entityId: extension.id, orgUnitId: task.responsibleUnitId, after: extension, detail: `task ${task.id} extension requested` });
      return extension;
    }),

  /** 延期审批: only the assigning (supervising) unit approves or rejects; approval moves the deadline. */
  decideExtension: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'taskSupervising', field: 'taskId' } })
    .input(decideExtensionInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await getTask(ctx.db, countyId, input.taskId);
      const rules = (await ctx.db.escalationRule.findUnique({ where: { countyId } })) ?? defaultEscalationRules;
      const { task, extension } = await decideExtension(ctx.db, before, input, rules, actorOf(ctx), nowOf(ctx));
      await ctx.audit({
        entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId,
        before: { deadline: before.deadline, escalation: before.escalation }, after: { deadline: task.deadline, escalation: task.escalation, extension: extension.status },
        detail: `task extension ${extension.status}`,
      });
      return extension;
    }),

  /** 转办 / 分办: the assigning unit moves the item to another unit, or splits it across several. */
  transfer: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'taskSupervising', field: 'taskId' } })
    .input(transferTaskInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await withAssisting(ctx, countyId, input.taskId);
      const names = new Map<string, string>();
      for (const unitId of [before.responsibleUnitId, ...input.unitIds]) {
        const unit = await getOrgUnit(ctx.db, countyId, unitId);
        if (unit.archivedAt && unitId !== before.responsibleUnitId) throw new TRPCError({ code: 'BAD_REQUEST', message: `「${unit.name}」已撤销` });
        names.set(unit.id, unit.name);
      }
      const after = await transferItem(ctx.db, before, input.unitIds, input.note ?? null, names, actorOf(ctx), nowOf(ctx));
      await ctx.audit({
        entityType: 'task', entityId: after.id, orgUnitId: before.responsibleUnitId,
        before: { status: before.status, responsibleUnitId: before.responsibleUnitId, assisting: before.assisting.map((a) => a.orgUnitId) },
        after: { status: after.status, responsibleUnitId: after.responsibleUnitId, coHandlers: input.unitIds.slice(1) },
        detail: input.unitIds.length > 1 ? 'task split' : 'task transferred',
      });
      return after;
    }),

  /** 发起会签: the responsible unit asks every co-handling unit to sign off before it submits. */
  requestCountersign: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'taskResponsible', field: 'taskId' } })
    .input(requestCountersignInput)
    .mutation(async ({ ctx, input }) => {
      const task = await withAssisting(ctx, ctx.authz.target!.countyId, input.taskId);
      const units = await requestCountersign(ctx.db, task, input.note ?? null, actorOf(ctx), nowOf(ctx));
      await ctx.audit({ entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId, after: { countersignUnits: units }, detail: 'task countersign requested' });
      return { units };
    }),

  /** 会签: a co-handling unit signs off (checked at that unit, so no one signs for another). */
  countersign: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'taskCountersign', field: 'countersignId' } })
    .input(countersignInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const row = await ctx.db.taskCountersign.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.countersignId } }, include: { orgUnit: { select: { name: true } } } });
      const task = await getTask(ctx.db, countyId, row.taskId);
      await countersign(ctx.db, task, row.id, input, row.orgUnit.name, actorOf(ctx), nowOf(ctx));
      await ctx.audit({ entityType: 'taskCountersign', entityId: row.id, orgUnitId: row.orgUnitId, after: { agreed: input.agreed, note: input.note ?? null }, detail: `task ${task.id} countersigned` });
      return { ok: true };
    }),

  /** 领导批示 on an item: on its timeline and in the inbox of every unit handling it. */
  instruct: procedure
    .meta({ permission: 'core.task.instruct', scope: { entity: 'task', field: 'taskId' } })
    .input(instructTaskInput)
    .mutation(async ({ ctx, input }) => {
      const task = await withAssisting(ctx, ctx.authz.target!.countyId, input.taskId);
      const notified = await instruct(ctx.db, task, input.text, actorOf(ctx), nowOf(ctx));
      await ctx.audit({ entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId, after: { instruction: input.text, notified }, detail: 'task instruction' });
      return { notified };
    }),
} satisfies TRPCRouterRecord;
