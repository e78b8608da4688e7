// 我的待办: one feed of what a person has to do, whatever their roles — warnings to acknowledge,
// reports due, items to sign for, rectify or verify, cells to score — each with the light its
// deadline gives (red past it, yellow close to it, green otherwise). Each section is asked with
// the roots of its own permission, so the feed shows exactly what the matching page would.
import { flattenIndicators, pendingAcknowledgements, pendingReports, scopeRoots, type AssessmentPlanConfig, type ScopedGrant } from '@duban/core';
import type { Prisma } from '@duban/db';
import { trafficLight, type TrafficLight } from '../../schemas/traffic-light.ts';
import { taskListWhere, yellowDaysOf } from '../tasks/task-visibility.ts';
import type { TaskFilter } from './tiles.ts';

type Tx = Prisma.TransactionClient;
export type WorkKind = 'warning' | 'report' | 'sign' | 'rectify' | 'verify' | 'score';

export interface WorkItem {
  id: string;
  title: string;
  /** The unit, the period, the serial: one line under the title. */
  detail: string;
  deadline: Date | null;
  light: TrafficLight;
  /** Where the web app opens it. */
  link: string;
}

export interface WorkSection {
  kind: WorkKind;
  count: number;
  /** The worst light among its items (green when empty). */
  light: TrafficLight;
  items: WorkItem[];
}

const rank: Record<TrafficLight, number> = { red: 0, yellow: 1, green: 2 };
const worst = (lights: TrafficLight[]): TrafficLight => lights.reduce<TrafficLight>((w, l) => (rank[l] < rank[w] ? l : w), 'green');
const PER_SECTION = 5;

const taskSections: { kind: WorkKind; permission: string; filter: TaskFilter }[] = [
  { kind: 'sign', permission: 'core.task.handle', filter: { role: 'responsible', status: ['handed_over'] } },
  { kind: 'rectify', permission: 'core.task.handle', filter: { role: 'responsible', status: ['signed', 'rectifying'] } },
  { kind: 'verify', permission: 'core.task.verify', filter: { role: 'supervising', status: ['submitted'] } },
];

async function taskSection(db: Tx, countyId: string, roots: string[], kind: WorkKind, filter: TaskFilter, yellowDays: number, now: Date): Promise<WorkSection> {
  const where = taskListWhere(countyId, roots, filter, now, yellowDays);
  const [count, rows] = await Promise.all([
    db.task.count({ where }),
    db.task.findMany({ where, orderBy: [{ deadline: 'asc' }, { id: 'asc' }], take: PER_SECTION, select: { id: true, serial: true, title: true, deadline: true, status: true, responsibleUnit: { select: { name: true } } } }),
  ]);
  // Waiting on the verifier: its light is how late the item is for the office, not green.
  const lightOf = (t: (typeof rows)[number]) => (kind === 'verify' ? trafficLight({ status: 'rectifying', deadline: t.deadline }, yellowDays, now) : trafficLight(t, yellowDays, now)) ?? 'green';
  const items = rows.map((t) => ({ id: t.id, title: t.title, detail: `${t.serial} · ${t.responsibleUnit.name}`, deadline: t.deadline, light: lightOf(t), link: `/tasks/${t.id}` }));
  return { kind, count, light: worst(items.map((i) => i.light)), items };
}

export async function myWork(db: Tx, actor: { countyId: string; userId: string; personId: string; grants: ScopedGrant[] }, now: Date): Promise<WorkSection[]> {
  const countyId = actor.countyId;
  const grants = actor.grants.filter((g) => g.countyId === countyId);
  const roots = (permission: string) => scopeRoots(grants, permission);
  const sections: Promise<WorkSection | null>[] = [];

  const ackRoots = roots('core.warning.acknowledge');
  if (ackRoots.length) {
    sections.push(pendingAcknowledgements(db, countyId, ackRoots, actor.personId, now, PER_SECTION).then((w) => ({
      kind: 'warning', count: w.count, light: w.overdue ? 'red' : w.count ? 'yellow' : 'green',
      items: w.waiting.map((r) => ({ id: r.id, title: r.warning.title, detail: r.unitName, deadline: r.dueAt, light: r.light, link: '/warnings/mine' })),
    })));
  }
  const reportRoots = roots('core.duty.report');
  if (reportRoots.length) {
    sections.push(pendingReports(db, countyId, reportRoots, now).then((all) => ({
      kind: 'report', count: all.length, light: worst(all.map((r) => r.light)),
      items: all.slice(0, PER_SECTION).map((r) => ({ id: `${r.dutyId}|${r.orgUnitId}|${r.periodKey}`, title: r.dutyName, detail: `${r.unitName} · ${r.periodKey}`, deadline: r.deadline, light: r.light, link: '/duties/mine' })),
    })));
  }
  const yellowDays = await yellowDaysOf(db, countyId);
  for (const s of taskSections) {
    const r = roots(s.permission);
    if (r.length) sections.push(taskSection(db, countyId, r, s.kind, s.filter, yellowDays, now));
  }
  if (roots('core.assessment.score').length) {
    sections.push((async () => {
      const plans = await db.assessmentPlan.findMany({
        where: { countyId, status: 'scoring', assessors: { some: { userId: actor.userId } } },
        select: { id: true, name: true, _count: { select: { units: true } }, versions: { orderBy: { number: 'desc' }, take: 1, select: { config: true } } },
      });
      const given = plans.length
        ? await db.assessmentScore.groupBy({ by: ['planId', 'indicatorKey'], where: { countyId, assessorId: actor.userId, planId: { in: plans.map((p) => p.id) } }, _count: { _all: true } })
        : [];
      const items = plans.flatMap((p) => {
        const manual = new Set(flattenIndicators(p.versions[0]!.config as unknown as AssessmentPlanConfig).filter((f) => f.indicator.method === 'manual').map((f) => f.indicator.key));
        const done = given.filter((g) => g.planId === p.id && manual.has(g.indicatorKey)).reduce((n, g) => n + g._count._all, 0);
        const left = Math.max(0, manual.size * p._count.units - done);
        return left ? [{ id: p.id, title: p.name, detail: String(left), deadline: null, light: 'yellow' as const, link: `/assessments/${p.id}` }] : [];
      });
      return { kind: 'score' as const, count: items.length, light: worst(items.map((i) => i.light)), items: items.slice(0, PER_SECTION) };
    })());
  }
  return (await Promise.all(sections)).filter((s): s is WorkSection => s !== null && s.count > 0);
}
