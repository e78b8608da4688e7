import { newId, type Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';
import { handOver, type Actor } from '../tasks/task-service.ts';
import { allItems } from './checklist-template.ts';
import type { ItemResult } from './checklist-evaluate.ts';
import { versionTemplate } from './template-service.ts';
import { planVisit } from './visit-service.ts';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

export interface FindingInput {
  visitId: string;
  /** A failed checklist item (both, or neither for a free finding). */
  recordId?: string | null;
  itemKey?: string | null;
  title?: string | null;
  description?: string | null;
  /** 整改期限. */
  deadline: Date;
  /** Days after the deadline within which the return visit (杀回马枪) takes place. */
  returnWithinDays?: number;
}

/**
 * 一查二核三通报 in one action: a failed item (or a free finding) becomes a rectification item
 * (督办事项, through the task service and its lifecycle) for the inspected unit, with the item's
 * photos as evidence and its failure as the description, and an unannounced return visit
 * (杀回马枪) is planned for the days after the deadline to verify it.
 */
export async function handOverFinding(db: Tx, countyId: string, input: FindingInput, actor: Actor, now: Date) {
  const visit = await db.inspectionVisit.findUnique({ where: { countyId_id: { countyId, id: input.visitId } }, include: { orgUnit: true, templates: true } });
  if (!visit) throw notFound('督查', input.visitId);
  if (!visit.startedAt) throw badRequest('inspections.errors.findingBeforeStart', '督查开始后才能交办发现的问题');
  if (!!input.recordId !== !!input.itemKey) throw badRequest('inspections.errors.findingItem', '须同时指明记录和检查项');

  let title = input.title?.trim() ?? '';
  let description = input.description?.trim() ?? '';
  let evidence: { fileName: string; contentType: string; size: number; sha256: string }[] = [];
  if (input.recordId && input.itemKey) {
    const record = await db.inspectionRecord.findUnique({ where: { countyId_id: { countyId, id: input.recordId } }, include: { files: true, correctedBy: true, templateVersion: true } });
    if (!record || record.visitId !== visit.id) throw notFound('督查记录', input.recordId);
    if (record.correctedBy) throw badRequest('inspections.errors.recordSuperseded', `该记录已更正为第 ${record.correctedBy.version} 版,请从最新版本交办`, { version: record.correctedBy.version });
    const result = (record.evaluation as unknown as Record<string, ItemResult>)[input.itemKey];
    const item = allItems(versionTemplate(record.templateVersion.definition)).find((i) => i.key === input.itemKey);
    if (!item || !result) throw notFound('检查项', input.itemKey);
    if (result.passed !== false) throw badRequest('inspections.errors.itemNotFailed', `「${item.label.zh}」没有判定为不合格,无需交办`, { item: item.label.zh });
    const done = await db.inspectionFinding.findUnique({ where: { countyId_recordId_itemKey: { countyId, recordId: record.id, itemKey: input.itemKey } }, include: { task: true } });
    if (done) throw badRequest('inspections.errors.findingExists', `该问题已交办(${done.task.serial})`, { serial: done.task.serial });
    title ||= `${visit.orgUnit.name}${visit.subjectLabel ? `「${visit.subjectLabel}」` : ''}:${item.label.zh}不合格`;
    description ||= `${visit.title}现场检查发现:「${item.label.zh}」不合格${result.reason ? `(${result.reason})` : ''}。`;
    // The item's own photos; if it has none, every photo of the record shows the scene.
    const photos = record.files.filter((f) => f.kind === 'photo');
    const own = photos.filter((f) => f.itemKey === input.itemKey);
    evidence = (own.length ? own : photos).map((f) => ({ fileName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256 }));
  }
  if (!title) throw badRequest('inspections.errors.findingTitle', '请填写问题');

  const task = await handOver(db, countyId, {
    kind: 'rectification', title: title.slice(0, 200), description: description || null,
    supervisingUnitId: visit.planningUnitId, responsibleUnitId: visit.orgUnitId, deadline: input.deadline,
  }, actor, now);
  if (evidence.length) {
    const event = await db.taskEvent.findFirstOrThrow({ where: { countyId, taskId: task.id, action: 'handOver' } });
    await db.taskEvidence.createMany({ data: evidence.map((f) => ({ countyId, id: newId(), taskId: task.id, eventId: event.id, ...f })) });
  }
  const within = input.returnWithinDays ?? 15;
  const returnVisit = await planVisit(db, countyId, {
    kind: 'return_visit', orgUnitId: visit.orgUnitId, groupId: visit.groupId, title: `回访(杀回马枪):${title}`.slice(0, 200),
    windowStart: new Date(input.deadline.getTime() + DAY), windowEnd: new Date(input.deadline.getTime() + (1 + within) * DAY),
    unannounced: true, templateIds: visit.templates.map((t) => t.templateId), verifiesTaskId: task.id,
    // The return visit verifies the same register row (C7).
    subject: visit.subjectEntity && visit.subjectId ? { entity: visit.subjectEntity, id: visit.subjectId, label: visit.subjectLabel } : null,
  }, actor.userId, now);
  const finding = await db.inspectionFinding.create({
    data: {
      countyId, id: newId(), visitId: visit.id, recordId: input.recordId ?? null, itemKey: input.itemKey ?? null, orgUnitId: visit.orgUnitId,
      subjectEntity: visit.subjectEntity, subjectId: visit.subjectId,
      title, description: description || null, taskId: task.id, returnVisitId: returnVisit.id, createdById: actor.userId,
    },
  });
  return { finding, task, returnVisit, evidence: evidence.length };
}
