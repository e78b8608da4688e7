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
  switch (stage) {
    case 'merged':
      return { duplicateOfId: { not: null } };
    case 'received':
      return { ...original, dispatches: { none: {} } };
    case 'handling':
      return { ...original, dispatches: { some: { task: { status: { notIn: [...CLOSED] } } } } };
    case 'callback':
      return { ...original, dispatches: { some: { callbackAt: null }, every: { task: { status: { in: [...CLOSED] } } } } };
    case 'closed':
      return { ...original, dispatches: { some: {}, every: { callbackAt: { not: null }, task: { status: { in: [...CLOSED] } } } } };
  }
}

export const complaintListSelect = {
  id: true, serial: true, channel: true, channelRef: true, subject: true, content: true, address: true, receivedAt: true, anonymous: true, complainantName: true, phoneMasked: true,
  duplicateOfId: true, repeatOfId: true,
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
  orgUnit: { select: { name: true } },
  task: { select: { id: true, serial: true, status: true, signedAt: true, closedAt: true, deadline: true, escalation: true } },
} satisfies Prisma.ComplaintDispatchSelect;

type DispatchRow = Prisma.ComplaintDispatchGetPayload<{ select: typeof dispatchDetailSelect }>;

/** One dispatch with its two clocks: 签收 from 派单 to the 签收 deadline, 办理 to the task's (possibly extended) deadline. */
export const dispatchView = (d: DispatchRow, now: Date) => ({
  ...d,
  signClock: slaClock(d.dispatchedAt, d.signDueAt, d.task.signedAt, now),
  handleClock: slaClock(d.dispatchedAt, d.task.deadline, (CLOSED as readonly string[]).includes(d.task.status) ? d.task.closedAt : null, now),
  extended: d.task.deadline.getTime() !== d.handleDueAt.getTime(),
});
