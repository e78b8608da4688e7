import type { Prisma } from '@duban/db';
import type { z } from 'zod';
import { defaultYellowDays, lightStatuses, lightWindow, type taskFilterInput, type TrafficLight } from '../../schemas/index.ts';

/**
 * Tasks a reader may see: those whose responsible, supervising or an assisting unit lies in one of
 * the reader's roots (a township sees its own items, an assisting unit what it assists).
 */
export function visibleTasks(countyId: string, roots: string[], role?: 'responsible' | 'assisting' | 'supervising'): Prisma.TaskWhereInput {
  // A root at the county sees every task of the county (each has a responsible and a supervising
  // unit there; as assisting, those with any assisting unit): no joins to org_unit for the
  // county-wide offices — 督查室, 县级管理员 — who open the lists most.
  if (roots.includes(`/${countyId}/`)) return role === 'assisting' ? { countyId, assisting: { some: {} } } : { countyId };
  const under = (path: string) => ({ path: { startsWith: path } });
  const by = {
    responsible: roots.map((r) => ({ responsibleUnit: under(r) })),
    supervising: roots.map((r) => ({ supervisingUnit: under(r) })),
    assisting: roots.map((r) => ({ assisting: { some: { orgUnit: under(r) } } })),
  };
  const OR = role ? by[role] : [...by.responsible, ...by.supervising, ...by.assisting];
  return { countyId, OR: OR.length ? OR : [{ id: '' }] };
}

const DAY = 86_400_000;
/** Statuses in which an item is still with the responsible unit (overdue and due-soon apply). */
const inHand = ['handed_over', 'signed', 'rectifying'] as const;

/**
 * The one definition of the task list's filters. The list, the ledger export and the 工作台 tiles
 * all count with it, so a tile's number is exactly what its click shows.
 */
export function taskListWhere(countyId: string, roots: string[], input: z.infer<typeof taskFilterInput>, now = new Date(), yellowDays = defaultYellowDays): Prisma.TaskWhereInput {
  return {
    AND: [
      visibleTasks(countyId, roots, input.role),
      input.status ? { status: { in: input.status } } : {},
      input.kind ? { kind: input.kind } : {},
      input.escalation ? { escalation: input.escalation } : {},
      input.overdue ? { status: { in: [...inHand] }, deadline: { lt: now } } : {},
      input.dueWithinDays ? { status: { in: [...inHand] }, deadline: { gte: now, lt: new Date(now.getTime() + input.dueWithinDays * DAY) } } : {},
      input.search ? { OR: [{ title: { contains: input.search } }, { serial: { contains: input.search } }] } : {},
      input.light ? lightWhere(input.light, yellowDays, now) : {},
      // Paths are `/county/…/unit/`: the unit itself and everything under it.
      input.unitId ? { responsibleUnit: { path: { contains: `/${input.unitId}/` } } } : {},
    ],
  };
}

/** 红黄绿灯 as a filter: the same windows as trafficLight() (submitted items count as green). */
export function lightWhere(light: TrafficLight, yellowDays: number, now = new Date()): Prisma.TaskWhereInput {
  const { from, to } = lightWindow(light, yellowDays, now);
  const running: Prisma.TaskWhereInput = { status: { in: [...lightStatuses] }, deadline: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } };
  return light === 'green' ? { OR: [running, { status: 'submitted' }] } : running;
}

/** The county's yellow window (days before the deadline), from its escalation rules. */
export async function yellowDaysOf(db: Prisma.TransactionClient, countyId: string) {
  return (await db.escalationRule.findUnique({ where: { countyId }, select: { yellowDaysBefore: true } }))?.yellowDaysBefore ?? defaultYellowDays;
}
