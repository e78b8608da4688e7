import { newId, type Prisma, type Task } from '@duban/db';
import { emitEvent } from '../../events/event-bus.ts';
import { caseProgress } from './rules.ts';

type Tx = Prisma.TransactionClient;

// Written here rather than through task-service's notifyUnit: the lifecycle imports this file.
const notifyUnit = (db: Tx, countyId: string, orgUnitId: string, title: string, body: string) =>
  db.notification.create({ data: { countyId, id: newId(), orgUnitId, title, body } });

/**
 * After a share's item changed status (核查通过, 通报, 重新整改): the case closes when its last
 * share is done and re-opens when a done share is re-opened (a 后督察 relapse). Called by the
 * lifecycle (task-service transition) in the same transaction, so a case is never closed with
 * an open share nor left open with all of them done.
 */
export async function settleJointCase(db: Tx, task: Task, now: Date) {
  const share = await db.jointCaseShare.findFirst({ where: { countyId: task.countyId, taskId: task.id }, select: { caseId: true } });
  if (!share) return;
  const jointCase = await db.jointCase.findUniqueOrThrow({
    where: { countyId_id: { countyId: task.countyId, id: share.caseId } },
    include: { shares: { include: { task: { select: { status: true } }, steps: { select: { doneAt: true } } } } },
  });
  const { allDone, shares } = caseProgress(jointCase.shares.map((s) => ({ taskStatus: s.task.status, steps: s.steps })));
  if (allDone && jointCase.status === 'open') {
    await db.jointCase.update({ where: { countyId_id: { countyId: task.countyId, id: jointCase.id } }, data: { status: 'closed', closedAt: now } });
    for (const unit of new Set([jointCase.supervisingUnitId, jointCase.leadUnitId])) {
      await notifyUnit(db, task.countyId, unit, `${jointCase.serial} 联合办案已办结:${jointCase.title}`, `${shares} 家单位均已办结`);
    }
    await emitEvent(db, { name: 'jointCase.closed', countyId: task.countyId, occurredAt: now, payload: { caseId: jointCase.id, serial: jointCase.serial, shares } });
  } else if (!allDone && jointCase.status === 'closed') {
    await db.jointCase.update({ where: { countyId_id: { countyId: task.countyId, id: jointCase.id } }, data: { status: 'open', closedAt: null } });
    await notifyUnit(db, task.countyId, jointCase.leadUnitId, `${jointCase.serial} 联合办案重新办理:${jointCase.title}`, `${task.serial} 重新整改`);
  }
}

/** 申请办结 of a share's item waits for the share's steps (断电 before the 关停 is reported done). */
export async function openStepsOf(db: Tx, task: Task) {
  return db.jointCaseStep.count({ where: { countyId: task.countyId, doneAt: null, share: { taskId: task.id } } });
}
