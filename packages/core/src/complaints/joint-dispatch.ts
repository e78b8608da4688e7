import { newId, type Prisma } from '@duban/db';
import { badRequest } from '../errors/index.ts';
import { openJointCase } from '../tasks/joint-cases/joint-case-service.ts';
import type { Actor } from '../tasks/task-service.ts';
import { dispatchableComplaint, dispatchDeadlines, placeOf, type DispatchTarget } from './dispatch.ts';

type Tx = Prisma.TransactionClient;

export interface JointDispatchShare extends DispatchTarget {
  /** What this unit does (查处油烟直排, 督促整改 …). */
  duty: string;
}

/**
 * 派单 as a joint case (联合办案): the intake unit opens a case with a lead unit and co-handlers,
 * each share an item of kind `complaint` with its own duty and 办理 deadline; every share also gets
 * a dispatch row, so its 签收 and 办理 clocks run and the unit's rates count it as for any 派单.
 * The complaint then follows the case (rules.ts complaintStage): it is handled until the case
 * closes with its last share, and the one 回访 answers for the whole case (callback.ts).
 */
export async function dispatchComplaintAsJointCase(db: Tx, countyId: string, complaintId: string, input: { lead: JointDispatchShare; coHandlers: JointDispatchShare[] }, actor: Actor, now = new Date()) {
  const shares = [input.lead, ...input.coHandlers];
  const complaint = await dispatchableComplaint(db, countyId, complaintId, shares.map((s) => s.orgUnitId));
  // A case on top of separate dispatches would count the same units twice; it replaces them.
  if (complaint.dispatches.length) throw badRequest('errors.complaint.jointAfterDispatch', '该投诉件已分别派单,不能再按联合办案派单');
  const deadlines = shares.map((s) => dispatchDeadlines(complaint.channel, s, now));
  const share = (s: JointDispatchShare, i: number) => ({ orgUnitId: s.orgUnitId, duty: s.duty, deadline: deadlines[i]!.handleDueAt });
  const opened = await openJointCase(db, countyId, {
    title: `${complaint.subject}(${placeOf(complaint)})`.slice(0, 80), description: `${complaint.serial}:${complaint.content}`,
    category: '投诉', kind: 'complaint', channel: complaint.channel, supervisingUnitId: complaint.intakeUnitId,
    lead: share(input.lead, 0), coHandlers: input.coHandlers.map((s, i) => share(s, i + 1)),
  }, actor, now);
  await db.complaint.update({ where: { countyId_id: { countyId, id: complaintId } }, data: { jointCaseId: opened.jointCase.id } });
  const dispatched = [];
  for (const [i, s] of opened.shares.entries()) {
    const { signDueAt, handleDueAt } = deadlines[i]!;
    // The share's item names the complainant as a separate 派单's item does (the phone stays sealed).
    await db.task.update({ where: { countyId_id: { countyId, id: s.task.id } }, data: { proposer: complaint.anonymous ? '匿名' : (complaint.complainantName ?? null) } });
    const row = await db.complaintDispatch.create({
      data: { countyId, id: newId(), complaintId, taskId: s.task.id, orgUnitId: s.orgUnitId, dispatchedAt: now, dispatchedByName: actor.name, signDueAt, handleDueAt },
    });
    dispatched.push({ id: row.id, taskId: s.task.id, serial: s.task.serial, orgUnitId: s.orgUnitId, role: s.role, duty: s.duty, signDueAt, handleDueAt });
  }
  return { jointCase: { id: opened.jointCase.id, serial: opened.jointCase.serial }, dispatched };
}
