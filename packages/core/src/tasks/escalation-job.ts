import { newId, type Prisma } from '@duban/db';
import { appendAudit } from '../audit/index.ts';
import { emitEvent } from '../events/event-bus.ts';
import { defaultEscalationRules, escalatingStatuses, escalationDue, escalationNames } from './escalation.ts';
import { notifyUnit } from './task-service.ts';
import { listingLeaders } from './unit-leaders.ts';
import type { SmsProvider } from '../channels/sms-gateway.ts';

type Tx = Prisma.TransactionClient;

/**
 * Applies every county's escalation rules to the open items: raises levels, records them on the
 * timeline and in the audit log, notifies the responsible unit, and texts the responsible person
 * from 督办 up. An item listed for supervision (挂牌督办) by rule names its 责任领导 — the principal
 * leader the county's listing rule points at (see unit-leaders.ts) — unless it already has one.
 * One pass over the open items near or past their deadlines — of every county (the hourly job),
 * or of one county when its 督查室 saves new rules or runs the job now (`countyId`).
 */
export async function applyEscalation(db: Tx, now: Date, sms?: SmsProvider, countyId?: string) {
  const horizon = new Date(now.getTime() + 61 * 86_400_000);
  const open = await db.task.findMany({
    where: { ...(countyId ? { countyId } : {}), status: { in: [...escalatingStatuses] }, deadline: { lte: horizon } },
    include: {
      responsiblePerson: { select: { phone: true } },
      responsibleUnit: { select: { path: true } },
      supervisingUnit: { select: { path: true } },
    },
  });
  const rules = new Map((await db.escalationRule.findMany(countyId ? { where: { countyId } } : undefined)).map((r) => [r.countyId, r]));
  const due = open
    .map((task) => ({ task, level: escalationDue(task, rules.get(task.countyId) ?? defaultEscalationRules, now) }))
    .filter(({ task, level }) => level !== task.escalation);
  // Leaders for every item listed in this pass, in one go rather than per item.
  const leaders = await listingLeaders(db, due.filter(({ task, level }) => level === 'listed' && !task.listedLeader).map(({ task }) => task));
  let raised = 0;
  for (const { task, level } of due) {
    raised++;
    const leader = task.listedLeader ?? leaders.get(task) ?? null;
    const listing = level === 'listed';
    await db.task.update({ where: { countyId_id: { countyId: task.countyId, id: task.id } }, data: { escalation: level, ...(listing ? { listedLeader: leader } : {}) } });
    const who = listing ? (leader ? `,责任领导:${leader}` : ',尚未指定单位主要负责人,请督办单位指定责任领导') : '';
    const note = `${escalationNames[task.escalation]} → ${escalationNames[level]}(按规则自动升级)${who}`;
    await db.taskEvent.create({ data: { countyId: task.countyId, id: newId(), taskId: task.id, action: 'escalate', note, at: now } });
    const body = `${task.serial} 期限 ${task.deadline.toISOString().slice(0, 10)}${listing && leader ? ` 责任领导:${leader}` : ''}`;
    await notifyUnit(db, task.countyId, task.responsibleUnitId, `${escalationNames[level]}:${task.title}`, body, task.id);
    await appendAudit(db, {
      countyId: task.countyId, procedure: 'job.task-escalation', entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId,
      before: { escalation: task.escalation }, after: { escalation: level, ...(listing ? { listedLeader: leader } : {}) },
    });
    await emitEvent(db, {
      name: 'task.escalated', countyId: task.countyId, occurredAt: now,
      payload: { taskId: task.id, serial: task.serial, kind: task.kind, responsibleUnitId: task.responsibleUnitId, from: task.escalation, to: level, overdue: task.deadline < now },
    });
    if ((level === 'supervised' || level === 'listed') && task.responsiblePerson?.phone) {
      await sms?.send(task.responsiblePerson.phone, `【督办】${task.serial}「${task.title}」已${escalationNames[level]}${listing && leader ? `,责任领导${leader}` : ''},请尽快整改。`);
    }
  }
  return { checked: open.length, raised };
}
