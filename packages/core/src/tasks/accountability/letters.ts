import { newId, type Prisma, type TargetDirection } from '@duban/db';
import { badRequest, notFound } from '../../errors/index.ts';
import { getOrgUnit } from '../../org-units/org-unit-service.ts';
import { notifyUnit, type Actor } from '../task-service.ts';
import { letterCompletion } from './letter-rules.ts';

type Tx = Prisma.TransactionClient;

export interface CreateLetterInput {
  title: string;
  kind: 'responsibility' | 'target';
  category?: string | null;
  documentNo?: string | null;
  issuingUnitId: string;
  responsibleUnitId: string;
  responsibleParty?: string | null;
  periodStart: Date;
  periodEnd: Date;
  signedAt?: Date | null;
  keyWorkId?: string | null;
  signatories: { side: 'issuer' | 'signer'; name: string; position?: string | null }[];
  targets: { metric: string; unit: string; targetValue: number; direction: TargetDirection }[];
}

/** 签订责任状: the letter, both sides' signatories and its targets; the bound unit is told. */
export async function createLetter(db: Tx, countyId: string, input: CreateLetterInput, actor: Actor, now = new Date()) {
  if (input.periodEnd.getTime() <= input.periodStart.getTime()) throw badRequest('errors.letter.period', '责任期限的结束须晚于开始');
  if (!input.targets.length) throw badRequest('errors.letter.needsTargets', '责任状须至少有一项目标');
  for (const side of ['issuer', 'signer'] as const) {
    if (!input.signatories.some((s) => s.side === side)) throw badRequest('errors.letter.needsSignatories', '须填写发包方和责任方的签字人');
  }
  if (input.signedAt && input.signedAt.getTime() > now.getTime()) throw badRequest('errors.letter.signedInFuture', '签订日期不能晚于今天');
  const responsible = await getOrgUnit(db, countyId, input.responsibleUnitId);
  if (responsible.archivedAt) throw badRequest('errors.letter.unitArchived', `「${responsible.name}」已撤销`, { name: responsible.name });
  if (input.keyWorkId && !(await db.keyWork.count({ where: { countyId, id: input.keyWorkId } }))) throw notFound('重点工作', input.keyWorkId);
  const id = newId();
  const letter = await db.responsibilityLetter.create({
    data: {
      countyId, id, title: input.title, kind: input.kind, category: input.category ?? null, documentNo: input.documentNo ?? null,
      issuingUnitId: input.issuingUnitId, responsibleUnitId: input.responsibleUnitId, responsibleParty: input.responsibleParty ?? null,
      periodStart: input.periodStart, periodEnd: input.periodEnd, signedAt: input.signedAt ?? null, keyWorkId: input.keyWorkId ?? null, createdByName: actor.name,
      signatories: { create: input.signatories.map((s, i) => ({ id: newId(), side: s.side, name: s.name, position: s.position ?? null, sortOrder: i })) },
      targets: { create: input.targets.map((t, i) => ({ id: newId(), metric: t.metric, unit: t.unit, targetValue: t.targetValue, direction: t.direction, sortOrder: i })) },
    },
    include: { signatories: true, targets: true },
  });
  await notifyUnit(db, countyId, input.responsibleUnitId, `责任状:${input.title}`, `责任期 ${input.periodStart.toISOString().slice(0, 10)} 至 ${input.periodEnd.toISOString().slice(0, 10)},共 ${input.targets.length} 项目标`);
  return letter;
}

/** The bound unit reports a target's actual (完成值); the issuing unit is told when the letter is fulfilled. */
export async function reportLetterTarget(db: Tx, countyId: string, targetId: string, input: { actualValue: number; note?: string | null }, actor: Actor, now = new Date()) {
  const target = await db.letterTarget.findUnique({ where: { countyId_id: { countyId, id: targetId } }, include: { letter: true } });
  if (!target) throw notFound('责任目标', targetId);
  if (now.getTime() < target.letter.periodStart.getTime()) throw badRequest('errors.letter.notStarted', '责任期尚未开始');
  const before = letterCompletion(await db.letterTarget.findMany({ where: { countyId, letterId: target.letterId } })).done;
  const updated = await db.letterTarget.update({
    where: { countyId_id: { countyId, id: targetId } },
    data: { actualValue: input.actualValue, note: input.note ?? null, reportedAt: now, reportedByName: actor.name },
  });
  const after = letterCompletion(await db.letterTarget.findMany({ where: { countyId, letterId: target.letterId } })).done;
  if (after && !before) await notifyUnit(db, countyId, target.letter.issuingUnitId, `责任状目标全部完成:${target.letter.title}`, null);
  return { target: updated, letter: target.letter, done: after };
}
