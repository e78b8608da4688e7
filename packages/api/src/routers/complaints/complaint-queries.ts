// Reading complaints: who may see which (the intake unit's and the dispatched units' readers), the
// stage filter in SQL (rules.ts's complaintStage, as a where clause), and the detail's shape.
import { complaintStage, slaClock, type ComplaintStage } from '@duban/core';
import type { Prisma } from '@duban/db';

const CLOSED = ['closed', 'notified'] as const;

export function visibleComplaints(countyId: string, roots: string[]): Prisma.ComplaintWhereInput {
  return {
    countyId,
    OR: roots.flatMap((r) => [{ intakeUnit: { path: { startsWith: r } } }, { dispatches: { some: { orgUnit: { path: { startsWith: r } } } } }]),
  };
}

/** complaintStage as a filter (kept beside it: the stage's test covers the rule, the list test this). */
export function stageWhere(stage: ComplaintStage): Prisma.ComplaintWhereInput {
  const original = { duplicateOfId: null };
  // Separate dispatches are done when every item is 办结; a joint case when the case has closed.
  const separateDone: Prisma.ComplaintWhereInput = { jointCaseId: null, dispatches: { every: { task: { status: { in: [...CLOSED] } } } } };
  const done: Prisma.ComplaintWhereInput = { OR: [separateDone, { jointCase: { status: 'closed' } }] };
  switch (stage) {
    case 'merged':
      return { duplicateOfId: { not: null } };
    case 'received':
      return { ...original, dispatches: { none: {} } };
    case 'handling':
      return { ...original, OR: [{ jointCaseId: null, dispatches: { some: { task: { status: { notIn: [...CLOSED] } } } } }, { jointCase: { status: 'open' } }] };
    case 'callback':
      return { ...original, AND: [{ dispatches: { some: { callbackAt: null } } }, done] };
    case 'closed':
      return { ...original, AND: [{ dispatches: { some: {}, every: { callbackAt: { not: null } } } }, done] };
  }
}

export const complaintListSelect = {
  id: true, serial: true, channel: true, channelRef: true, subject: true, content: true, address: true, receivedAt: true, anonymous: true, complainantName: true, phoneMasked: true,
  duplicateOfId: true, repeatOfId: true,
  jointCase: { select: { id: true, serial: true, status: true } },
  intakeUnit: { select: { id: true, name: true } },
  locationUnit: { select: { id: true, name: true } },
  dispatches: { select: { id: true, orgUnitId: true, callbackAt: true, orgUnit: { select: { name: true } }, task: { select: { status: true } } }, orderBy: [{ dispatchedAt: 'asc' }, { orgUnitId: 'asc' }] },
} satisfies Prisma.ComplaintSelect;

type ListRow = Prisma.ComplaintGetPayload<{ select: typeof complaintListSelect }>;

export const listItem = (c: ListRow) => ({
  ...c,
  stage: complaintStage(c, c.dispatches.map((d) => ({ taskStatus: d.task.status, callbackAt: d.callbackAt }))),
  units: c.dispatches.map((d) => d.orgUnit.name),
});

export const dispatchDetailSelect = {
  id: true, orgUnitId: true, dispatchedAt: true, dispatchedByName: true, signDueAt: true, handleDueAt: true, callbackAt: true, callbackByName: true, callbackNote: true, callbackResult: true,
  reopenCount: true,
  orgUnit: { select: { name: true } },
  task: { select: { id: true, serial: true, status: true, signedAt: true, closedAt: true, deadline: true, escalation: true, jointCaseShare_task: { select: { role: true, duty: true }, take: 1 } } },
  /** Every 回访 made, in order (a dissatisfied one that sent the case back, then the next). */
  callbacks: { select: { round: true, at: true, byName: true, result: true, note: true, reopened: true, newDeadline: true }, orderBy: { round: 'asc' } },
} satisfies Prisma.ComplaintDispatchSelect;

type DispatchRow = Prisma.ComplaintDispatchGetPayload<{ select: typeof dispatchDetailSelect }>;

/** One dispatch with its two clocks: 签收 from 派单 to the 签收 deadline, 办理 to the task's (possibly extended) deadline. */
export const dispatchView = ({ task: { jointCaseShare_task: share, ...task }, ...d }: DispatchRow, now: Date) => ({
  ...d,
  task,
  /** The share of the joint case this dispatch is (主办/协办 and its duty), if any. */
  share: share[0] ?? null,
  signClock: slaClock(d.dispatchedAt, d.signDueAt, task.signedAt, now),
  handleClock: slaClock(d.dispatchedAt, task.deadline, (CLOSED as readonly string[]).includes(task.status) ? task.closedAt : null, now),
  // A re-handling deadline (重办) moves the task's deadline too; it is not an extension.
  extended: d.reopenCount === 0 && task.deadline.getTime() !== d.handleDueAt.getTime(),
});
