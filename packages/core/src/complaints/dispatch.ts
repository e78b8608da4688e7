import { newId, type Prisma } from '@duban/db';
import { badRequest, conflict, notFound } from '../errors/index.ts';
import { handOver, type Actor } from '../tasks/task-service.ts';
import { timeLimitsFor } from './rules.ts';

type Tx = Prisma.TransactionClient;

export interface DispatchTarget {
  orgUnitId: string;
  /** 签收时限 in hours and 办理时限 in days after 派单; the channel's defaults when absent (rules.ts). */
  signHours?: number | null;
  handleDays?: number | null;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** 签收 and 办理 deadlines of one dispatch made at `now`: the dispatcher's limits, else the channel's. */
export function dispatchDeadlines(channel: string, target: Pick<DispatchTarget, 'signHours' | 'handleDays'>, now: Date) {
  const limits = timeLimitsFor(channel);
  const signDueAt = new Date(now.getTime() + (target.signHours ?? limits.signHours) * HOUR);
  const handleDueAt = new Date(now.getTime() + (target.handleDays ?? limits.handleDays) * DAY);
  if (signDueAt > handleDueAt) throw badRequest('errors.complaint.signAfterHandle', '签收时限不能晚于办理时限');
  return { signDueAt, handleDueAt };
}

/**
 * The complaint, if it may be dispatched to these units: not a 重复件, not already with one of them,
 * not already handled as a joint case (its units get shares through the case, 移办).
 */
export async function dispatchableComplaint(db: Tx, countyId: string, complaintId: string, unitIds: string[]) {
  const complaint = await db.complaint.findUnique({ where: { countyId_id: { countyId, id: complaintId } }, include: { locationUnit: { select: { name: true } }, dispatches: { select: { orgUnitId: true } } } });
  if (!complaint) throw notFound('投诉件', complaintId);
  if (complaint.duplicateOfId) throw conflict('errors.complaint.mergedNoDispatch', '重复件已并入首件办理,不能再派单');
  if (complaint.jointCaseId) throw conflict('errors.complaint.inJointCase', '该投诉件已按联合办案派单,请在案件中移办或增加协办单位');
  if (new Set(unitIds).size !== unitIds.length) throw badRequest('errors.complaint.dispatchUnitTwice', '同一单位只能派单一次');
  const again = unitIds.filter((id) => complaint.dispatches.some((d) => d.orgUnitId === id));
  if (again.length) throw conflict('errors.complaint.alreadyDispatched', '该投诉件已派给所选单位', { count: again.length });
  return complaint;
}

/** Where the complaint is about, as item titles say it (石桥村 村口小卖部). */
export const placeOf = (c: { address: string | null; locationUnit: { name: string } }) => (c.address ? `${c.locationUnit.name} ${c.address}` : c.locationUnit.name);

/**
 * 派单: one task of kind `complaint` per unit (the 督办 lifecycle then runs 签收 → 办理 → 办结 for
 * each), supervised by the intake unit, with the 签收 deadline kept beside the task's 办理 deadline.
 * Several units get one task each (a lead unit with co-handlers is a joint case: joint-dispatch.ts).
 * The complainant's phone never goes into the task: the unit sees the complaint's masked copy.
 */
export async function dispatchComplaint(db: Tx, countyId: string, complaintId: string, targets: DispatchTarget[], actor: Actor, now = new Date()) {
  const complaint = await dispatchableComplaint(db, countyId, complaintId, targets.map((t) => t.orgUnitId));
  const where = placeOf(complaint);
  const dispatched = [];
  for (const target of targets) {
    const { signDueAt, handleDueAt } = dispatchDeadlines(complaint.channel, target, now);
    const task = await handOver(db, countyId, {
      kind: 'complaint', channel: complaint.channel, title: `${complaint.subject}(${where})`.slice(0, 100),
      description: `${complaint.serial}:${complaint.content}`, supervisingUnitId: complaint.intakeUnitId, responsibleUnitId: target.orgUnitId,
      deadline: handleDueAt, proposer: complaint.anonymous ? '匿名' : (complaint.complainantName ?? null),
    }, actor, now);
    const row = await db.complaintDispatch.create({
      data: { countyId, id: newId(), complaintId, taskId: task.id, orgUnitId: target.orgUnitId, dispatchedAt: now, dispatchedByName: actor.name, signDueAt, handleDueAt },
    });
    dispatched.push({ id: row.id, taskId: task.id, serial: task.serial, orgUnitId: target.orgUnitId, signDueAt, handleDueAt });
  }
  return dispatched;
}
