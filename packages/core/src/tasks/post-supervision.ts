import { newId, type Prisma } from '@duban/db';
import { badRequest, DomainError, notFound } from '../errors/index.ts';
import { transition, type Actor, type EvidenceFile } from './task-service.ts';

type Tx = Prisma.TransactionClient;

/**
 * 后督察: draws a share of the closed items (in a unit's subtree, closed in the period, not drawn
 * before) for re-inspection. The draw is random, so nobody knows in advance which will be revisited.
 */
export async function sampleForPostCheck(db: Tx, countyId: string, unitPath: string, share: number, period: { start: Date; end: Date }) {
  if (!(share > 0 && share <= 1)) throw badRequest('errors.postCheck.share', '抽查比例须在 0 到 100% 之间');
  const closed = await db.task.findMany({
    where: {
      countyId, status: { in: ['closed', 'notified'] }, closedAt: { gte: period.start, lt: period.end },
      responsibleUnit: { path: { startsWith: unitPath } }, postChecks: { none: {} },
    },
    select: { id: true },
  });
  const count = Math.ceil(closed.length * share);
  const drawn = [...closed].sort(() => Math.random() - 0.5).slice(0, count);
  await db.postCheck.createMany({ data: drawn.map((t) => ({ countyId, id: newId(), taskId: t.id })) });
  return { eligible: closed.length, drawn: drawn.length };
}

/**
 * 后督察台账 by name: the supervising unit puts a named closed case on the ledger, with why (a
 * listed case, a repeat complaint), beside the random draw. A case already awaiting re-examination
 * is not put on twice.
 */
export async function pickForPostCheck(db: Tx, countyId: string, taskId: string, reason: string, actor: Actor) {
  const task = await db.task.findUnique({ where: { countyId_id: { countyId, id: taskId } } });
  if (!task) throw notFound('督办事项', taskId);
  if (task.status !== 'closed' && task.status !== 'notified') throw new DomainError('CONFLICT', 'errors.postCheck.notClosed', '只有已办结的事项才能列入后督察台账');
  if (await db.postCheck.count({ where: { countyId, taskId, result: null } })) throw new DomainError('CONFLICT', 'errors.postCheck.pending', '该事项已在后督察台账中,尚待复查');
  return db.postCheck.create({ data: { countyId, id: newId(), taskId, source: 'picked', reason, pickedByName: actor.name } });
}

/** Records a re-inspection, with its video or photo evidence; a relapse re-opens the item (back to 整改中) with the finding. */
export async function recordPostCheck(db: Tx, countyId: string, checkId: string, result: 'pass' | 'relapse', note: string, actor: Actor, evidence: EvidenceFile[] = []) {
  const check = await db.postCheck.findUnique({ where: { countyId_id: { countyId, id: checkId } }, include: { task: true } });
  if (!check) throw notFound('后督察记录', checkId);
  if (check.result) throw badRequest('errors.postCheck.done', '该事项已完成后督察');
  await db.postCheck.update({ where: { countyId_id: { countyId, id: checkId } }, data: { result, note, checkedAt: new Date() } });
  if (evidence.length) await db.postCheckEvidence.createMany({ data: evidence.map((f) => ({ countyId, id: newId(), postCheckId: checkId, ...f })) });
  if (result === 'relapse') await transition(db, check.task, { action: 'reopen', note: `后督察发现反弹:${note}` }, actor);
  return check;
}
