import { newId, type Prisma, type Task, type TaskStatus } from '@duban/db';
import { badRequest, DomainError } from '../errors/index.ts';
import { escalationDue, type EscalationRules } from './escalation.ts';
import { actionNames, nextStatus, statusNames } from './lifecycle.ts';
import { notifyUnit, type Actor } from './task-service.ts';

type Tx = Prisma.TransactionClient;

/**
 * The item operations every 督办 office uses around the lifecycle (issue 16), other than the
 * status moves of lifecycle.ts: 延期申请 and its decision, 转办/分办, 会签 and 批示. Each writes a
 * timeline event and a notice; the router writes the audit row in the same transaction.
 */

/** Statuses in which an extension may be asked for: the deadline still runs for the responsible unit. */
export const extensionStatuses: readonly TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'tracking'];
/** Statuses in which the responsible unit may ask its co-handlers to countersign. */
export const countersignStatuses: readonly TaskStatus[] = ['signed', 'rectifying', 'tracking'];

const notAllowedIn = (status: TaskStatus, what: string) =>
  new DomainError('CONFLICT', 'errors.task.illegalOperation', `当前状态为「${statusNames[status]}」,不能${what}`, { status });

async function event(db: Tx, task: Task, action: string, note: string, actor: Actor, now: Date, to?: TaskStatus) {
  await db.taskEvent.create({
    data: { countyId: task.countyId, id: newId(), taskId: task.id, action, note, fromStatus: to ? task.status : null, toStatus: to ?? null, actorUserId: actor.userId, actorName: actor.name, at: now },
  });
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** 延期申请 by the responsible unit: one pending request at a time, for a later deadline, with a reason. */
export async function requestExtension(db: Tx, task: Task, input: { deadline: Date; reason: string }, actor: Actor, now = new Date()) {
  if (!extensionStatuses.includes(task.status)) throw notAllowedIn(task.status, '申请延期');
  if (input.deadline.getTime() <= task.deadline.getTime()) throw badRequest('errors.task.extensionNotLater', '延期后的期限须晚于现期限');
  const pending = await db.taskExtension.count({ where: { countyId: task.countyId, taskId: task.id, status: 'pending' } });
  if (pending) throw new DomainError('CONFLICT', 'errors.task.extensionPending', '已有待审批的延期申请');
  const extension = await db.taskExtension.create({
    data: { countyId: task.countyId, id: newId(), taskId: task.id, previousDeadline: task.deadline, requestedDeadline: input.deadline, reason: input.reason, requestedByName: actor.name, requestedAt: now },
  });
  await event(db, task, 'requestExtension', `申请延期至 ${day(input.deadline)}(原期限 ${day(task.deadline)}):${input.reason}`, actor, now);
  await notifyUnit(db, task.countyId, task.supervisingUnitId, `${task.serial} 延期申请:${task.title}`, `申请延期至 ${day(input.deadline)}:${input.reason}`, task.id);
  return extension;
}

/**
 * The assigning (supervising) unit approves or rejects the pending request. Approval moves the
 * deadline and keeps the one before it on the request; escalation levels the old deadline
 * brought (提醒, 催办, 督办) are re-evaluated against the new one, a listing (挂牌) stays until verified.
 */
export async function decideExtension(db: Tx, task: Task, input: { approve: boolean; note?: string | null }, rules: EscalationRules, actor: Actor, now = new Date()) {
  const pending = await db.taskExtension.findFirst({ where: { countyId: task.countyId, taskId: task.id, status: 'pending' } });
  if (!pending) throw new DomainError('CONFLICT', 'errors.task.noPendingExtension', '没有待审批的延期申请');
  if (!input.approve && !input.note?.trim()) throw badRequest('errors.task.reasonRequired', '「不同意延期」须写明原因');
  const extension = await db.taskExtension.update({
    where: { countyId_id: { countyId: task.countyId, id: pending.id } },
    data: { status: input.approve ? 'approved' : 'rejected', decidedByName: actor.name, decidedAt: now, decisionNote: input.note ?? null },
  });
  let updated = task;
  if (input.approve) {
    const escalation = task.escalation === 'listed' ? 'listed' : escalationDue({ ...task, deadline: pending.requestedDeadline, escalation: 'none' }, rules, now);
    updated = await db.task.update({ where: { countyId_id: { countyId: task.countyId, id: task.id } }, data: { deadline: pending.requestedDeadline, escalation } });
  }
  const verdict = input.approve ? `同意延期至 ${day(pending.requestedDeadline)}(原期限 ${day(pending.previousDeadline)})` : '不同意延期';
  await event(db, task, input.approve ? 'approveExtension' : 'rejectExtension', input.note?.trim() ? `${verdict}:${input.note.trim()}` : verdict, actor, now);
  await notifyUnit(db, task.countyId, task.responsibleUnitId, `${task.serial} ${verdict}:${task.title}`, input.note ?? null, task.id);
  return { task: updated, extension };
}

/**
 * 转办 (one unit) / 分办 (several): the first unit becomes responsible (主办) and signs for it
 * afresh, the others co-handle it (协办/会办). The unit it leaves no longer has it as its own.
 */
export async function transferItem(db: Tx, task: Task & { assisting: { orgUnitId: string }[] }, unitIds: string[], note: string | null, unitNames: Map<string, string>, actor: Actor, now = new Date()) {
  const to = nextStatus(task.status, 'transfer');
  const [lead, ...coHandlers] = unitIds;
  if (!lead) throw badRequest('errors.task.transferNeedsUnit', '请选择转办单位');
  if (lead === task.responsibleUnitId && coHandlers.every((u) => task.assisting.some((a) => a.orgUnitId === u))) {
    throw badRequest('errors.task.transferSameUnit', '转办单位与现责任单位相同');
  }
  const assisting = [...new Set([...task.assisting.map((a) => a.orgUnitId).filter((u) => u !== task.responsibleUnitId), ...coHandlers])].filter((u) => u !== lead);
  await db.taskAssist.deleteMany({ where: { countyId: task.countyId, taskId: task.id } });
  if (assisting.length) await db.taskAssist.createMany({ data: assisting.map((orgUnitId) => ({ countyId: task.countyId, taskId: task.id, orgUnitId })) });
  // A person of the old unit no longer answers for it; open countersigns belonged to the old handling.
  await db.taskCountersign.deleteMany({ where: { countyId: task.countyId, taskId: task.id, signedAt: null } });
  const updated = await db.task.update({
    where: { countyId_id: { countyId: task.countyId, id: task.id } },
    data: { responsibleUnitId: lead, responsiblePersonId: lead === task.responsibleUnitId ? task.responsiblePersonId : null, status: to, signedAt: null },
  });
  const names = (ids: string[]) => ids.map((u) => unitNames.get(u) ?? u).join('、');
  const what = coHandlers.length ? `分办:${names([lead])} 主办,${names(coHandlers)} 协办` : `转办至 ${names([lead])}`;
  await event(db, task, 'transfer', note?.trim() ? `${what}(原责任单位 ${names([task.responsibleUnitId])}):${note.trim()}` : `${what}(原责任单位 ${names([task.responsibleUnitId])})`, actor, now, to);
  await notifyUnit(db, task.countyId, lead, `${actionNames.transfer}事项:${task.title}`, `${task.serial},请于期限内签收办理`, task.id);
  for (const u of coHandlers) await notifyUnit(db, task.countyId, u, `协办事项:${task.title}`, `${task.serial},${names([lead])} 主办`, task.id);
  if (lead !== task.responsibleUnitId) await notifyUnit(db, task.countyId, task.responsibleUnitId, `${task.serial} 已转办:${task.title}`, what, task.id);
  return updated;
}

/** 会签: the responsible unit asks each co-handling unit to sign off its handling. */
export async function requestCountersign(db: Tx, task: Task & { assisting: { orgUnitId: string }[] }, note: string | null, actor: Actor, now = new Date()) {
  if (!countersignStatuses.includes(task.status)) throw notAllowedIn(task.status, '发起会签');
  const units = task.assisting.map((a) => a.orgUnitId);
  if (!units.length) throw badRequest('errors.task.countersignNeedsUnits', '本事项没有协办单位,无需会签');
  const open = await db.taskCountersign.count({ where: { countyId: task.countyId, taskId: task.id, signedAt: null } });
  if (open) throw new DomainError('CONFLICT', 'errors.task.countersignInProgress', '上一轮会签尚未完成');
  await db.taskCountersign.createMany({ data: units.map((orgUnitId) => ({ countyId: task.countyId, id: newId(), taskId: task.id, orgUnitId, requestedAt: now })) });
  await event(db, task, 'requestCountersign', note?.trim() ? `发起会签:${note.trim()}` : '发起会签', actor, now);
  for (const u of units) await notifyUnit(db, task.countyId, u, `${task.serial} 请会签:${task.title}`, note, task.id);
  return units.length;
}

/** One co-handling unit's 会签: agrees, or disagrees with a reason; the responsible unit is told. */
export async function countersign(db: Tx, task: Task, countersignId: string, input: { agreed: boolean; note?: string | null }, unitName: string, actor: Actor, now = new Date()) {
  const row = await db.taskCountersign.findFirst({ where: { countyId: task.countyId, id: countersignId, taskId: task.id } });
  if (!row) throw new DomainError('NOT_FOUND', 'errors.task.noCountersign', '未找到会签');
  if (row.signedAt) throw new DomainError('CONFLICT', 'errors.task.countersigned', '本单位已会签');
  if (!input.agreed && !input.note?.trim()) throw badRequest('errors.task.reasonRequired', '「不同意」须写明原因');
  await db.taskCountersign.update({ where: { countyId_id: { countyId: task.countyId, id: row.id } }, data: { signedAt: now, agreed: input.agreed, note: input.note ?? null, signedByName: actor.name } });
  const verdict = `${unitName} 会签${input.agreed ? '同意' : '不同意'}`;
  await event(db, task, 'countersign', input.note?.trim() ? `${verdict}:${input.note.trim()}` : verdict, actor, now);
  await notifyUnit(db, task.countyId, task.responsibleUnitId, `${task.serial} ${verdict}:${task.title}`, input.note ?? null, task.id);
}

/** 领导批示: a leader's instruction on an item, on its timeline and in every handler's inbox. */
export async function instruct(db: Tx, task: Task & { assisting: { orgUnitId: string }[] }, text: string, actor: Actor, now = new Date()) {
  await event(db, task, 'instruct', text, actor, now);
  const units = new Set([task.responsibleUnitId, task.supervisingUnitId, ...task.assisting.map((a) => a.orgUnitId)]);
  for (const u of units) await notifyUnit(db, task.countyId, u, `领导批示:${task.title}`, `${task.serial} ${actor.name ?? ''}:${text}`, task.id);
  return units.size;
}
