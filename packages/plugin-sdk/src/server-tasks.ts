import { badRequest, getOrgUnit, handOver, openJointCase as openCoreJointCase, type HandOverInput, type OpenJointCaseInput } from '@duban/core';
import type { Prisma, Task } from '@duban/db';
import type { AuditInput } from '@duban/api/procedures';
import type { TaskType } from './contributions.ts';

const DAY = 86_400_000;

/** What handOverTask needs of a plugin mutation's context (the `ctx` of `procedure.mutation`). */
export interface PluginMutationContext {
  db: Prisma.TransactionClient;
  actor: { userId: string; name: string } | null;
  audit(entry: AuditInput): Promise<void>;
}

export type PluginHandOverInput = Omit<HandOverInput, 'deadline'> & {
  countyId: string;
  /** The plugin's task type (one of its `taskTypes`): the item's kind; its default deadline applies. */
  taskType?: TaskType;
  /** Required unless the task type has defaultDeadlineDays. */
  deadline?: Date;
};

/**
 * Hands a supervision item (督办事项) over from inside a plugin mutation: the core's own 交办 —
 * numbering, timeline, the responsible unit's notice — in the mutation's transaction, audited
 * like the core's tasks.handOver. A plugin turns its findings (an unqualified sample, a failed
 * check) into rectification items this way instead of writing core tables itself.
 */
export async function handOverTask(ctx: PluginMutationContext, input: PluginHandOverInput, now = new Date()): Promise<Task> {
  const { countyId, taskType, deadline, ...rest } = input;
  const due = deadline ?? (taskType?.defaultDeadlineDays ? new Date(now.getTime() + taskType.defaultDeadlineDays * DAY) : undefined);
  if (!due) throw badRequest('errors.task.deadlineMissing', '请设置办理期限');
  const responsible = await getOrgUnit(ctx.db, countyId, rest.responsibleUnitId);
  if (responsible.archivedAt) throw badRequest('errors.task.unitArchived', `「${responsible.name}」已撤销`);
  await getOrgUnit(ctx.db, countyId, rest.supervisingUnitId);
  const task = await handOver(ctx.db, countyId, { ...rest, kind: taskType?.key ?? rest.kind, deadline: due }, { userId: ctx.actor?.userId ?? null, name: ctx.actor?.name ?? null }, now);
  await ctx.audit({ countyId, entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId, after: task, detail: taskType ? `handed over as ${taskType.key}` : undefined });
  return task;
}

export type PluginJointCaseInput = Omit<OpenJointCaseInput, 'kind'> & {
  countyId: string;
  /** The plugin's task type: the kind of every share's item. */
  taskType?: TaskType;
};

/**
 * Opens a joint case (联合办案) from inside a plugin mutation: a lead unit and co-handling units,
 * each share an item of its own with its deadline and steps (environment's 断电 by 供电, land's
 * 两违 with the township), closed by the core when the last share is. Audited like the core's
 * jointCase.open; shares are then handled through the core's task and jointCase procedures.
 */
export async function openJointCase(ctx: PluginMutationContext, input: PluginJointCaseInput, now = new Date()) {
  const { countyId, taskType, ...rest } = input;
  const opened = await openCoreJointCase(ctx.db, countyId, { ...rest, kind: taskType?.key }, { userId: ctx.actor?.userId ?? null, name: ctx.actor?.name ?? null }, now);
  await ctx.audit({
    countyId, entityType: 'jointCase', entityId: opened.jointCase.id, orgUnitId: opened.jointCase.supervisingUnitId,
    after: { ...opened.jointCase, shares: opened.shares.map((s) => ({ orgUnitId: s.orgUnitId, role: s.role, duty: s.duty, taskId: s.taskId })) },
    detail: taskType ? `joint case opened as ${taskType.key}` : 'joint case opened',
  });
  return opened;
}
