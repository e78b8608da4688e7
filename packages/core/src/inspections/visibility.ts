import type { Prisma } from '@duban/db';
import { scopeRoots, type ScopedGrant } from '../permissions/scope.ts';

type Tx = Prisma.TransactionClient;

/**
 * 三不准 (DOMAIN.md §2): an unannounced visit must not reach the inspected unit — nor anyone else
 * outside its planners and its group — before the visit starts. This module is the ONE place that
 * decides who sees a visit; every read path (lists, counts, dashboard figures, exports, search,
 * get-by-id, records, findings' return visits, notifications) goes through it.
 *
 * A visit is visible to a viewer when any of these holds:
 * - it is announced;
 * - it has started (the group checked in on site, or submitted its first record);
 * - its window is over and it was not cancelled (a plan that was never carried out stays secret);
 * - the viewer is a member of its group;
 * - the viewer plans inspections (core.inspection.plan) at or above its planning unit.
 *
 * The rules are written once, each as a pair: a predicate for a loaded visit and the same
 * condition as a Prisma filter, so the database query and the in-memory check cannot drift apart.
 */

export interface VisitViewer {
  /** Subtree roots (capture scope) where the viewer holds core.inspection.plan. */
  planRoots: string[];
  /** Supervision groups the viewer's person belongs to. */
  groupIds: string[];
}

/** What the rules read of a visit. */
export interface VisitFacts {
  unannounced: boolean;
  startedAt: Date | null;
  windowEnd: Date;
  status: string;
  groupId: string;
  planningUnit: { path: string };
}

interface Rule {
  holds(v: VisitFacts): boolean;
  where: Prisma.InspectionVisitWhereInput;
}

function rules(viewer: VisitViewer | null, now: Date): Rule[] {
  const everyone: Rule[] = [
    { holds: (v) => !v.unannounced, where: { unannounced: false } },
    { holds: (v) => v.startedAt !== null && v.startedAt.getTime() <= now.getTime(), where: { startedAt: { lte: now } } },
    {
      holds: (v) => v.windowEnd.getTime() <= now.getTime() && v.status !== 'cancelled',
      where: { windowEnd: { lte: now }, status: { not: 'cancelled' } },
    },
  ];
  if (!viewer) return everyone;
  return [
    ...everyone,
    ...(viewer.groupIds.length ? [{ holds: (v: VisitFacts) => viewer.groupIds.includes(v.groupId), where: { groupId: { in: viewer.groupIds } } }] : []),
    ...viewer.planRoots.map((root) => ({ holds: (v: VisitFacts) => v.planningUnit.path.startsWith(root), where: { planningUnit: { path: { startsWith: root } } } })),
  ];
}

/** Visible to everyone who may read the unit at all (announced, started, or over). */
export const isVisitRevealed = (v: VisitFacts, now: Date) => rules(null, now).some((r) => r.holds(v));

export const isVisitVisibleTo = (v: VisitFacts, viewer: VisitViewer, now: Date) => rules(viewer, now).some((r) => r.holds(v));

/** The same rules as a filter for every query that reads visits (or rows hanging off a visit). */
export const visibleVisitsWhere = (viewer: VisitViewer, now: Date): Prisma.InspectionVisitWhereInput => ({
  OR: rules(viewer, now).map((r) => r.where),
});

/** Who the signed-in user is, as far as the rules above are concerned. */
export async function visitViewer(db: Tx, actor: { countyId: string; personId: string; grants: readonly ScopedGrant[] }): Promise<VisitViewer> {
  const memberships = await db.inspectionGroupMember.findMany({ where: { countyId: actor.countyId, personId: actor.personId }, select: { groupId: true } });
  return {
    planRoots: scopeRoots(actor.grants.filter((g) => g.countyId === actor.countyId), 'core.inspection.plan'),
    groupIds: memberships.map((m) => m.groupId),
  };
}
