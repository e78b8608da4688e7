import { newId, type JointCase, type JointCaseShare, type Prisma, type Task } from '@duban/db';
import { badRequest, DomainError, notFound } from '../../errors/index.ts';
import { getOrgUnit } from '../../org-units/org-unit-service.ts';
import { getTask, handOver, lockCounty, notifyUnit, type Actor } from '../task-service.ts';
import { authorityKindNames, handOverKindNames, isShareDone, type AuthorityKind, type HandOverKind } from './rules.ts';

type Tx = Prisma.TransactionClient;

export interface ShareInput {
  orgUnitId: string;
  /** What this unit does in the case (立案调查, 断电, 拆除 …). */
  duty: string;
  deadline: Date;
  steps?: { name: string; deadline?: Date | null }[];
}

export interface OpenJointCaseInput {
  title: string;
  description?: string | null;
  category?: string | null;
  /** The kind of each share's item (default 整改事项; a plugin passes its task type). */
  kind?: string;
  /** The items' channel (a complaint's 12345 …), when the kind takes one. */
  channel?: string | null;
  supervisingUnitId: string;
  sourceTaskId?: string | null;
  lead: ShareInput;
  coHandlers: ShareInput[];
}

/** 联办〔2026〕3号: numbered per county and year. Callers hold the county lock. */
async function nextCaseSerial(db: Tx, countyId: string, year: number) {
  const prefix = `联办〔${year}〕`;
  return `${prefix}${(await db.jointCase.count({ where: { countyId, serial: { startsWith: prefix } } })) + 1}号`;
}

async function activeUnit(db: Tx, countyId: string, unitId: string) {
  const unit = await getOrgUnit(db, countyId, unitId);
  if (unit.archivedAt) throw badRequest('errors.jointCase.unitArchived', `「${unit.name}」已撤销`, { name: unit.name });
  return unit;
}

/**
 * Adds one unit's share: its own supervision item (交办 from the case's supervising unit, with the
 * share's deadline), and the share's steps. The item carries the lifecycle — 签收, 延期, 申请办结,
 * 核查 — so a share is handled like any other item of that unit.
 */
async function addShare(db: Tx, jointCase: JointCase, input: ShareInput, role: 'lead' | 'co', kind: string, sortOrder: number, actor: Actor, now: Date, channel: string | null = null) {
  const unit = await activeUnit(db, jointCase.countyId, input.orgUnitId);
  const task = await handOver(db, jointCase.countyId, {
    kind, channel, title: `${jointCase.title}(${role === 'lead' ? '主办' : '协办'}:${input.duty})`,
    description: `${jointCase.serial} 联合办案,${role === 'lead' ? '本单位主办' : '本单位协办'}。${jointCase.description ?? ''}`.trim(),
    supervisingUnitId: jointCase.supervisingUnitId, responsibleUnitId: unit.id, deadline: input.deadline,
  }, actor, now);
  const share = await db.jointCaseShare.create({ data: { countyId: jointCase.countyId, id: newId(), caseId: jointCase.id, orgUnitId: unit.id, role, duty: input.duty, taskId: task.id, sortOrder } });
  const steps = input.steps ?? [];
  if (steps.length) {
    await db.jointCaseStep.createMany({
      data: steps.map((s, i) => ({ countyId: jointCase.countyId, id: newId(), shareId: share.id, name: s.name, sortOrder: i, deadline: s.deadline ?? null })),
    });
  }
  return { share, task, unit };
}

/**
 * 联合办案: the supervising unit opens a case with a lead unit and one or more co-handling units;
 * each gets its share (its own item, deadline and steps). The case closes by itself when the last
 * share's item is closed (settle.ts).
 */
export async function openJointCase(db: Tx, countyId: string, input: OpenJointCaseInput, actor: Actor, now = new Date()) {
  const shares = [input.lead, ...input.coHandlers];
  if (!input.coHandlers.length) throw badRequest('errors.jointCase.needsCoHandler', '联合办案须至少有一个协办单位');
  if (new Set(shares.map((s) => s.orgUnitId)).size !== shares.length) throw badRequest('errors.jointCase.duplicateUnit', '同一单位在一个案件中只能承担一项分工');
  for (const s of shares) {
    if (s.deadline.getTime() <= now.getTime()) throw badRequest('errors.task.deadlinePast', '办理期限须晚于当前时间');
    for (const step of s.steps ?? []) {
      if (step.deadline && step.deadline.getTime() > s.deadline.getTime()) throw badRequest('errors.jointCase.stepAfterShare', `步骤「${step.name}」的期限晚于本单位的办理期限`, { step: step.name });
    }
  }
  await activeUnit(db, countyId, input.supervisingUnitId);
  const source = input.sourceTaskId ? await getTask(db, countyId, input.sourceTaskId) : null;
  await lockCounty(db, countyId);
  const jointCase = await db.jointCase.create({
    data: {
      countyId, id: newId(), serial: await nextCaseSerial(db, countyId, now.getFullYear()), title: input.title, description: input.description ?? null,
      category: input.category ?? null, supervisingUnitId: input.supervisingUnitId, leadUnitId: input.lead.orgUnitId, sourceTaskId: source?.id ?? null,
      openedAt: now, createdByName: actor.name,
    },
  });
  const kind = input.kind ?? 'rectification';
  const made = [];
  for (const [i, s] of shares.entries()) made.push(await addShare(db, jointCase, s, i === 0 ? 'lead' : 'co', kind, i, actor, now, input.channel ?? null));
  if (source) {
    await db.taskEvent.create({
      data: {
        countyId, id: newId(), taskId: source.id, action: 'jointCase', actorUserId: actor.userId, actorName: actor.name, at: now,
        note: `转为联合办案 ${jointCase.serial}:${made.map((m) => `${m.unit.name}(${m.share.role === 'lead' ? '主办' : '协办'})`).join('、')}`,
      },
    });
  }
  return { jointCase, shares: made.map((m) => ({ ...m.share, task: m.task })) };
}

async function openCaseOf(db: Tx, countyId: string, caseId: string) {
  const jointCase = await db.jointCase.findUnique({ where: { countyId_id: { countyId, id: caseId } } });
  if (!jointCase) throw notFound('联合办案', caseId);
  if (jointCase.status !== 'open') throw new DomainError('CONFLICT', 'errors.jointCase.closed', `${jointCase.serial} 已办结`, { serial: jointCase.serial });
  return jointCase;
}

async function caseEvent(db: Tx, task: Task, action: string, note: string, actor: Actor, now: Date) {
  await db.taskEvent.create({ data: { countyId: task.countyId, id: newId(), taskId: task.id, action, note, actorUserId: actor.userId, actorName: actor.name, at: now } });
}

/** Statuses of a share's item in which its unit works its steps: signed for and not yet submitted. */
const workingStatuses: readonly string[] = ['signed', 'rectifying', 'tracking'];

/** One step of a share done (断电 carried out), by the share's unit, on its item's timeline. */
export async function completeStep(db: Tx, countyId: string, stepId: string, note: string | null, actor: Actor, now = new Date()) {
  const step = await db.jointCaseStep.findUnique({ where: { countyId_id: { countyId, id: stepId } }, include: { share: { include: { task: true } } } });
  if (!step) throw notFound('办案步骤', stepId);
  if (step.doneAt) throw new DomainError('CONFLICT', 'errors.jointCase.stepDone', `步骤「${step.name}」已完成`, { step: step.name });
  const jointCase = await openCaseOf(db, countyId, step.share.caseId);
  const task = step.share.task;
  if (!workingStatuses.includes(task.status)) {
    throw new DomainError('CONFLICT', 'errors.jointCase.shareNotWorking', task.status === 'handed_over' ? '请先签收本单位的分工事项' : '本单位的分工已提交或办结,不能再登记步骤');
  }
  const updated = await db.jointCaseStep.update({ where: { countyId_id: { countyId, id: step.id } }, data: { doneAt: now, doneByName: actor.name, note } });
  await caseEvent(db, task, 'caseStep', note ? `完成步骤「${step.name}」:${note}` : `完成步骤「${step.name}」`, actor, now);
  if (step.share.role === 'co') await notifyUnit(db, countyId, jointCase.leadUnitId, `${jointCase.serial} 协办单位完成「${step.name}」:${jointCase.title}`, note, task.id);
  return { step: updated, share: step.share, jointCase };
}

export interface HandOverToAuthorityInput {
  kind: HandOverKind;
  authorityKind: AuthorityKind;
  /** The receiving authority, when it is not a unit in the system (县公安局, 县人民法院). */
  authorityName?: string | null;
  /** A unit of the county (移办): it gets a share of its own. */
  toUnitId?: string | null;
  duty?: string | null;
  deadline?: Date | null;
  documentNo?: string | null;
  reason: string;
  receivedBy?: string | null;
  handedOverAt?: Date | null;
}

/**
 * 移交 / 移送 / 移办 of (part of) a case by the unit of one share, recorded with the receiving
 * authority, its letter number and who received it. A hand-over to a unit of the county adds its
 * share (own item and deadline), so the case now also waits for it; the judiciary (公安, 检察院,
 * 法院) is recorded by name. The handing unit still closes its own share through its item.
 */
export async function handOverCase(db: Tx, countyId: string, shareId: string, input: HandOverToAuthorityInput, actor: Actor, now = new Date()) {
  const share = await db.jointCaseShare.findUnique({ where: { countyId_id: { countyId, id: shareId } }, include: { task: true, orgUnit: { select: { name: true } } } });
  if (!share) throw notFound('联合办案分工', shareId);
  const jointCase = await openCaseOf(db, countyId, share.caseId);
  if (isShareDone(share.task.status)) throw new DomainError('CONFLICT', 'errors.jointCase.shareDone', '本单位的分工已办结,不能再移交');
  if (input.kind === 'delegate' && !input.toUnitId) throw badRequest('errors.jointCase.delegateNeedsUnit', '「移办」须选择承接的单位');
  if (input.handedOverAt && input.handedOverAt.getTime() > now.getTime()) throw badRequest('errors.jointCase.handOverInFuture', '移交时间不能晚于当前时间');
  let authorityName = input.authorityName?.trim() ?? '';
  let added: (JointCaseShare & { task: Task }) | null = null;
  if (input.toUnitId) {
    if (await db.jointCaseShare.count({ where: { countyId, caseId: jointCase.id, orgUnitId: input.toUnitId } })) {
      throw badRequest('errors.jointCase.duplicateUnit', '同一单位在一个案件中只能承担一项分工');
    }
    if (!input.deadline) throw badRequest('errors.jointCase.deadlineNeeded', '请为承接单位设置办理期限');
    if (input.deadline.getTime() <= now.getTime()) throw badRequest('errors.task.deadlinePast', '办理期限须晚于当前时间');
    const order = await db.jointCaseShare.count({ where: { countyId, caseId: jointCase.id } });
    const made = await addShare(db, jointCase, { orgUnitId: input.toUnitId, duty: input.duty?.trim() || `${handOverKindNames[input.kind].zh}承办`, deadline: input.deadline }, 'co', share.task.kind, order, actor, now, share.task.channel);
    added = { ...made.share, task: made.task };
    authorityName = made.unit.name;
  }
  if (!authorityName) throw badRequest('errors.jointCase.authorityNeeded', '请填写接收机关');
  const record = await db.caseHandOver.create({
    data: {
      countyId, id: newId(), caseId: jointCase.id, shareId: share.id, kind: input.kind, authorityKind: input.authorityKind, authorityName,
      toUnitId: input.toUnitId ?? null, documentNo: input.documentNo ?? null, reason: input.reason, receivedBy: input.receivedBy ?? null,
      handedOverAt: input.handedOverAt ?? now, actorName: actor.name,
    },
  });
  const what = `${handOverKindNames[input.kind].zh}${authorityKindNames[input.authorityKind].zh}「${authorityName}」${input.documentNo ? `(${input.documentNo})` : ''}`;
  await caseEvent(db, share.task, 'caseHandOver', `${what}:${input.reason}`, actor, now);
  for (const unit of new Set([jointCase.supervisingUnitId, jointCase.leadUnitId].filter((u) => u !== share.orgUnitId))) {
    await notifyUnit(db, countyId, unit, `${jointCase.serial} ${share.orgUnit.name}${what}`, input.reason, share.taskId);
  }
  return { handOver: record, jointCase, addedShare: added };
}
