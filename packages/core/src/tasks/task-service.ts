import { newId, type Prisma, type Task } from '@duban/db';
import { emitEvent } from '../events/event-bus.ts';
import { assertPersonOfUnit } from '../people/person-service.ts';
import { assertTaskKind, type TaskKind } from './task-kinds.ts';
import { badRequest, DomainError, notFound } from '../errors/index.ts';
import { actionNames, actionsNeedingReason, nextStatus, type TaskAction } from './lifecycle.ts';
import { openStepsOf, settleJointCase } from './joint-cases/settle.ts';

type Tx = Prisma.TransactionClient;

export interface Actor {
  userId: string | null;
  name: string | null;
}

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export async function getTask(db: Tx, countyId: string, id: string): Promise<Task> {
  const task = await db.task.findUnique({ where: { countyId_id: { countyId, id } } });
  if (!task) throw notFound('督办事项', id);
  return task;
}

export async function notifyUnit(db: Tx, countyId: string, orgUnitId: string, title: string, body: string | null, taskId?: string) {
  await db.notification.create({ data: { countyId, id: newId(), orgUnitId, title, body, taskId: taskId ?? null } });
}

/** 督办〔2026〕17号: numbered per county and year. Callers hold the county lock (lockCounty). */
async function nextSerial(db: Tx, countyId: string, year: number) {
  return (await reserveSerials(db, countyId, year, 1))[0]!;
}

/** The next `count` serials of the year in one query (an import numbers thousands at once). Callers hold the county lock. */
export async function reserveSerials(db: Tx, countyId: string, year: number, count: number): Promise<string[]> {
  const prefix = `督办〔${year}〕`;
  const taken = await db.task.count({ where: { countyId, serial: { startsWith: prefix } } });
  return Array.from({ length: count }, (_, i) => `${prefix}${taken + i + 1}号`);
}

/** Serialises numbering within a county (the audit head row is the county's one lock). */
export async function lockCounty(db: Tx, countyId: string) {
  await db.$executeRaw`INSERT INTO audit_head (county_id, seq, hash) VALUES (${countyId}, 0, ${'0'.repeat(64)}) ON CONFLICT (county_id) DO NOTHING`;
  await db.$queryRaw`SELECT seq FROM audit_head WHERE county_id = ${countyId} FOR UPDATE`;
}

export interface HandOverInput {
  kind: TaskKind;
  /** Complaints: a registered channel key (12345, petition …). */
  channel?: string | null;
  title: string;
  description?: string | null;
  supervisingUnitId: string;
  responsibleUnitId: string;
  assistingUnitIds?: string[];
  responsiblePersonId?: string | null;
  keyWorkId?: string | null;
  deadline: Date;
  proposer?: string | null;
  proposerPhone?: string | null;
}

/** 交办: creates the item, its first timeline entry and the responsible unit's notice. */
export async function handOver(db: Tx, countyId: string, input: HandOverInput, actor: Actor, now = new Date()): Promise<Task> {
  if (input.deadline.getTime() <= now.getTime()) throw badRequest('errors.task.deadlinePast', '办理期限须晚于当前时间');
  if (input.assistingUnitIds?.includes(input.responsibleUnitId)) throw badRequest('errors.task.assistIsResponsible', '协办单位不能同时是责任单位');
  assertTaskKind(input.kind, input.channel);
  if (input.responsiblePersonId) await assertPersonOfUnit(db, countyId, input.responsiblePersonId, input.responsibleUnitId);
  await lockCounty(db, countyId);
  const id = newId();
  const task = await db.task.create({
    data: {
      countyId, id, serial: await nextSerial(db, countyId, now.getFullYear()), kind: input.kind, channel: input.channel ?? null, title: input.title,
      description: input.description ?? null, supervisingUnitId: input.supervisingUnitId, responsibleUnitId: input.responsibleUnitId,
      responsiblePersonId: input.responsiblePersonId ?? null, keyWorkId: input.keyWorkId ?? null, deadline: input.deadline,
      proposer: input.proposer ?? null, proposerPhone: input.proposerPhone ?? null, createdById: actor.userId,
      assisting: { create: (input.assistingUnitIds ?? []).map((orgUnitId) => ({ orgUnitId })) },
    },
  });
  await db.taskEvent.create({ data: { countyId, id: newId(), taskId: id, action: 'handOver', toStatus: 'handed_over', actorUserId: actor.userId, actorName: actor.name, at: now } });
  await notifyUnit(db, countyId, input.responsibleUnitId, `新交办事项:${input.title}`, `${task.serial},请于期限内签收办理`, id);
  await emitEvent(db, {
    name: 'task.handedOver', countyId, occurredAt: now,
    payload: { taskId: id, serial: task.serial, kind: task.kind, responsibleUnitId: task.responsibleUnitId, supervisingUnitId: task.supervisingUnitId, deadline: task.deadline.toISOString() },
  });
  return task;
}

export interface TransitionInput {
  action: TaskAction;
  note?: string | null;
  evidence?: EvidenceFile[];
  /** Proposals: the reply, whether the handler met the proposer, and the proposer's verdict. */
  reply?: string | null;
  met?: boolean | null;
  satisfaction?: string | null;
  /** 转长期跟踪 / 阶段性办结: the next report date, which becomes the item's deadline. */
  deadline?: Date | null;
}

/** Moves an item along the lifecycle, keeping every step (and every failed verification). */
export async function transition(db: Tx, task: Task, input: TransitionInput, actor: Actor, now = new Date()): Promise<Task> {
  const to = nextStatus(task.status, input.action);
  if (input.action === 'submit' && !input.note?.trim() && !input.evidence?.length) {
    throw badRequest('errors.task.submitNeedsEvidence', '申请办结须说明整改情况或上传佐证材料');
  }
  if (actionsNeedingReason.includes(input.action) && !input.note?.trim()) {
    throw badRequest('errors.task.reasonRequired', `「${actionNames[input.action]}」须写明原因`);
  }
  const tracking = input.action === 'track' || input.action === 'stagePass';
  if (tracking && !(input.deadline && input.deadline.getTime() > now.getTime())) {
    throw badRequest('errors.task.nextReportDate', '请选择晚于当前时间的下次报告期限');
  }
  // 申请办结 waits for every 会签 asked of the co-handling units.
  if (input.action === 'submit') {
    const open = await db.taskCountersign.count({ where: { countyId: task.countyId, taskId: task.id, signedAt: null } });
    if (open) throw new DomainError('CONFLICT', 'errors.task.countersignOpen', `尚有 ${open} 个协办单位未会签,会签完成后方可申请办结`, { open });
    const steps = await openStepsOf(db, task);
    if (steps) throw new DomainError('CONFLICT', 'errors.jointCase.stepsOpen', `联合办案中本单位尚有 ${steps} 个步骤未完成,完成后方可申请办结`, { open: steps });
  }
  const data: Prisma.TaskUpdateInput = { status: to };
  if (tracking) data.deadline = input.deadline!;
  if (input.action === 'sign') data.signedAt = now;
  if (input.action === 'submit') {
    data.submittedAt = now;
    if (input.reply !== undefined) data.reply = input.reply;
    if (input.met !== undefined) data.met = input.met;
    if (input.satisfaction !== undefined) data.satisfaction = input.satisfaction;
  }
  if (input.action === 'pass') {
    data.closedAt = now;
    // De-listing needs verification: a listed item leaves the list only when it passes. The
    // leader stays on record, so the 通报 can say the item was listed and who answered for it.
    data.escalation = 'none';
  }
  if (input.action === 'notify') data.notifiedAt = now;
  if (input.action === 'reopen') {
    data.closedAt = null;
    data.notifiedAt = null;
  }
  const updated = await db.task.update({ where: { countyId_id: { countyId: task.countyId, id: task.id } }, data });
  const note = tracking ? `${input.note!.trim()}(下次报告期限 ${input.deadline!.toISOString().slice(0, 10)})` : (input.note ?? null);
  const eventId = newId();
  await db.taskEvent.create({
    data: { countyId: task.countyId, id: eventId, taskId: task.id, action: input.action, fromStatus: task.status, toStatus: to, note, actorUserId: actor.userId, actorName: actor.name, at: now },
  });
  if (input.evidence?.length) {
    await db.taskEvidence.createMany({ data: input.evidence.map((f) => ({ countyId: task.countyId, id: newId(), taskId: task.id, eventId, ...f })) });
  }
  const toSupervisor = input.action === 'submit' || input.action === 'sign' || input.action === 'return';
  await notifyUnit(
    db, task.countyId, toSupervisor ? task.supervisingUnitId : task.responsibleUnitId,
    `${task.serial} ${actionNames[input.action]}:${task.title}`, note, task.id,
  );
  if (input.action === 'pass') {
    await emitEvent(db, {
      name: 'task.closed', countyId: task.countyId, occurredAt: now,
      payload: { taskId: task.id, serial: task.serial, kind: task.kind, responsibleUnitId: task.responsibleUnitId, closedAt: now.toISOString(), onTime: now <= task.deadline },
    });
  }
  // A joint case closes with its last share and re-opens with any of them.
  if (input.action === 'pass' || input.action === 'reopen') await settleJointCase(db, updated, now);
  return updated;
}

/** 挂牌督办 by decision, with the leader answerable for it. */
export async function listForSupervision(db: Tx, task: Task, leader: string, actor: Actor, now = new Date()) {
  const updated = await db.task.update({ where: { countyId_id: { countyId: task.countyId, id: task.id } }, data: { escalation: 'listed', listedLeader: leader } });
  await db.taskEvent.create({ data: { countyId: task.countyId, id: newId(), taskId: task.id, action: 'list', note: `挂牌督办,责任领导:${leader}`, actorUserId: actor.userId, actorName: actor.name, at: now } });
  await notifyUnit(db, task.countyId, task.responsibleUnitId, `挂牌督办:${task.title}`, `责任领导:${leader}`, task.id);
  return updated;
}
