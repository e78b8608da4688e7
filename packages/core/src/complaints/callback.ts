import type { Prisma } from '@duban/db';
import { conflict, notFound } from '../errors/index.ts';
import type { Actor } from '../tasks/task-service.ts';
import { CLOSED_STATUSES, type CallbackResult } from './rules.ts';

type Tx = Prisma.TransactionClient;

/**
 * 回访: the office calls the complainant once the unit's case is 办结 and records the verdict. The
 * verdict is also the task's satisfaction, which 满意率 (tasks/rates.ts) reads; 联系不上 is a 回访
 * made with no verdict. Once per dispatch: a second one is refused, the first stands.
 */
export async function recordComplaintCallback(db: Tx, countyId: string, dispatchId: string, input: { result: CallbackResult; note?: string | null }, actor: Actor, now = new Date()) {
  const d = await db.complaintDispatch.findUnique({ where: { countyId_id: { countyId, id: dispatchId } }, include: { task: { select: { status: true, serial: true } } } });
  if (!d) throw notFound('派单记录', dispatchId);
  if (!(CLOSED_STATUSES as readonly string[]).includes(d.task.status)) {
    throw conflict('errors.complaint.callbackBeforeClosed', `${d.task.serial} 尚未办结,办结后方可回访`, { serial: d.task.serial });
  }
  const { count } = await db.complaintDispatch.updateMany({
    where: { countyId, id: dispatchId, callbackAt: null },
    data: { callbackAt: now, callbackByName: actor.name, callbackNote: input.note ?? null, callbackResult: input.result },
  });
  if (count === 0) throw conflict('errors.complaint.callbackDone', '该派单已回访');
  await db.task.update({ where: { countyId_id: { countyId, id: d.taskId } }, data: { satisfaction: input.result === 'unreachable' ? null : input.result } });
  return { dispatchId, complaintId: d.complaintId, taskId: d.taskId, callbackAt: now, result: input.result };
}
