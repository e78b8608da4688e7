import { newId, type AccountabilityForm, type Prisma } from '@duban/db';
import { badRequest, notFound } from '../../errors/index.ts';
import { getOrgUnit } from '../../org-units/org-unit-service.ts';
import { assertPersonOfUnit } from '../../people/person-service.ts';
import type { Actor } from '../task-service.ts';

type Tx = Prisma.TransactionClient;

export interface RecordAccountabilityInput {
  decidingUnitId: string;
  orgUnitId: string;
  personId?: string | null;
  personName: string;
  position?: string | null;
  form: AccountabilityForm;
  reason: string;
  decidedAt: Date;
  documentNo?: string | null;
  taskId?: string | null;
  jointCaseId?: string | null;
  letterId?: string | null;
}

/**
 * 问责: who was held accountable, for what, in which form — always about something on record: an
 * item, a joint case or a responsibility letter of the county (处理到位、整改到位、责任追究到位).
 */
export async function recordAccountability(db: Tx, countyId: string, input: RecordAccountabilityInput, actor: Actor, now = new Date()) {
  if (!input.taskId && !input.jointCaseId && !input.letterId) throw badRequest('errors.accountability.needsSubject', '问责须关联督办事项、联合办案或责任状');
  if (input.decidedAt.getTime() > now.getTime()) throw badRequest('errors.accountability.decidedInFuture', '问责决定日期不能晚于今天');
  await getOrgUnit(db, countyId, input.orgUnitId);
  if (input.personId) await assertPersonOfUnit(db, countyId, input.personId, input.orgUnitId);
  if (input.taskId && !(await db.task.count({ where: { countyId, id: input.taskId } }))) throw notFound('督办事项', input.taskId);
  if (input.jointCaseId && !(await db.jointCase.count({ where: { countyId, id: input.jointCaseId } }))) throw notFound('联合办案', input.jointCaseId);
  if (input.letterId && !(await db.responsibilityLetter.count({ where: { countyId, id: input.letterId } }))) throw notFound('责任状', input.letterId);
  return db.accountabilityRecord.create({
    data: {
      countyId, id: newId(), decidingUnitId: input.decidingUnitId, orgUnitId: input.orgUnitId, personId: input.personId ?? null, personName: input.personName,
      position: input.position ?? null, form: input.form, reason: input.reason, decidedAt: input.decidedAt, documentNo: input.documentNo ?? null,
      taskId: input.taskId ?? null, jointCaseId: input.jointCaseId ?? null, letterId: input.letterId ?? null, createdByName: actor.name,
    },
  });
}
