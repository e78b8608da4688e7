import { newId, type Prisma } from '@duban/db';
import { badRequest, conflict, notFound } from '../errors/index.ts';
import { transition, type Actor } from '../tasks/task-service.ts';
import { dispatchDeadlines } from './dispatch.ts';
import { CLOSED_STATUSES, type CallbackResult } from './rules.ts';

type Tx = Prisma.TransactionClient;

export interface CallbackInput {
  result: CallbackResult;
  note?: string | null;
  /**
   * 不满意重办: a dissatisfied verdict sends the case back to its unit(s) unless the office keeps
   * the handling as it is (false: 维持原办理意见, the case stays closed with the verdict).
   */
  reopen?: boolean;
  /** The re-handling time in days (the channel's 办理时限 when absent). */
  handleDays?: number | null;
}

const isClosed = (status: string) => (CLOSED_STATUSES as readonly string[]).includes(status);

/**
 * 回访: the office calls the complainant once the unit's case is 办结 and records the verdict. The
 * verdict is also the task's satisfaction, which 满意率 reads; 联系不上 is a 回访 made with no
 * verdict. Every 回访 is kept (complaint_callback, round 1, 2 …). A joint case is called back once,
 * when the case has closed, and the verdict stands for each share's dispatch.
 * A dissatisfied verdict re-opens the dispatch's item (or every share of the case) with the reason
 * and a new 办理 deadline, counts the dispatch as 重办 (reopenCount, rates.ts), and clears the
 * callback so that a second 回访 follows the re-handling; the last verdict is the satisfaction.
 */
export async function recordComplaintCallback(db: Tx, countyId: string, dispatchId: string, input: CallbackInput, actor: Actor, now = new Date()) {
  const d = await db.complaintDispatch.findUnique({
    where: { countyId_id: { countyId, id: dispatchId } },
    include: { task: { select: { status: true, serial: true } }, complaint: { select: { channel: true, jointCaseId: true, jointCase: { select: { status: true, serial: true } } } } },
  });
  if (!d) throw notFound('派单记录', dispatchId);
  const jointCase = d.complaint.jointCase;
  if (jointCase ? jointCase.status !== 'closed' : !isClosed(d.task.status)) {
    const serial = jointCase?.serial ?? d.task.serial;
    throw conflict('errors.complaint.callbackBeforeClosed', `${serial} 尚未办结,办结后方可回访`, { serial });
  }
  if (d.callbackAt) throw conflict('errors.complaint.callbackDone', '该派单已回访');
  const reopen = input.result === 'dissatisfied' && input.reopen !== false;
  const reason = input.note?.trim() ?? '';
  if (reopen && !reason) throw badRequest('errors.complaint.reopenNeedsReason', '不满意重办须写明群众不满意的原因');
  // The dispatches this 回访 answers for: the one, or every share of the joint case.
  const targets = jointCase
    ? await db.complaintDispatch.findMany({ where: { countyId, complaintId: d.complaintId }, include: { task: true }, orderBy: { dispatchedAt: 'asc' } })
    : [await db.complaintDispatch.findUniqueOrThrow({ where: { countyId_id: { countyId, id: dispatchId } }, include: { task: true } })];
  const newDeadline = reopen ? dispatchDeadlines(d.complaint.channel, { handleDays: input.handleDays ?? null, signHours: 1 }, now).handleDueAt : null;
  for (const t of targets) {
    // Only a 回访 not yet made claims the dispatch: two offices calling at once do not both count.
    const { count } = await db.complaintDispatch.updateMany({
      where: { countyId, id: t.id, callbackAt: null },
      data: reopen
        ? { reopenCount: { increment: 1 } }
        : { callbackAt: now, callbackByName: actor.name, callbackNote: input.note ?? null, callbackResult: input.result },
    });
    if (count === 0) throw conflict('errors.complaint.callbackDone', '该派单已回访');
    const round = (await db.complaintCallback.count({ where: { countyId, dispatchId: t.id } })) + 1;
    await db.complaintCallback.create({
      data: { countyId, id: newId(), dispatchId: t.id, round, at: now, byName: actor.name, result: input.result, note: input.note ?? null, reopened: reopen, newDeadline },
    });
    let task = await db.task.update({ where: { countyId_id: { countyId, id: t.taskId } }, data: { satisfaction: input.result === 'unreachable' ? null : input.result } });
    if (reopen && isClosed(task.status)) {
      // 重新整改 through the lifecycle: the timeline says why, the unit is notified and a joint
      // case re-opens with its share (settleJointCase) in this transaction.
      task = await transition(db, task, { action: 'reopen', note: `回访不满意,重新办理:${reason}` }, actor, now);
      await db.task.update({ where: { countyId_id: { countyId, id: task.id } }, data: { deadline: newDeadline! } });
    }
  }
  return { dispatchId, complaintId: d.complaintId, taskId: d.taskId, callbackAt: now, result: input.result, reopened: reopen, newDeadline, dispatches: targets.length };
}
