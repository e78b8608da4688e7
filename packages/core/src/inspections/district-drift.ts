import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;

/** District → the ids of its (unarchived) townships. */
export type DistrictMembers = Record<string, string[]>;

/** The townships of the given districts now: what a rotation plan records when it is made. */
export async function districtMembers(db: Tx, countyId: string, districtIds: readonly string[]): Promise<DistrictMembers> {
  const townships = await db.orgUnit.findMany({
    where: { countyId, level: 'township', archivedAt: null, districtId: { in: [...districtIds] } },
    select: { id: true, districtId: true },
    orderBy: { sortOrder: 'asc' },
  });
  return Object.fromEntries(districtIds.map((d) => [d, townships.filter((t) => t.districtId === d).map((t) => t.id)]));
}

export interface DistrictChange {
  townshipId: string;
  townshipName: string;
  districtId: string;
  districtName: string;
  /** joined: in the district now but not when the plan was made; left: the other way round. */
  change: 'joined' | 'left';
}

/**
 * Townships that left or joined one of a plan's districts after the plan was made (F2: a township
 * that takes itself out of its 片区 drops out of the rotation; the planner must see it). Null when
 * the plan predates the recorded membership.
 */
export async function districtDrift(db: Tx, plan: { countyId: string; districtIds: string[]; districtMembers: Prisma.JsonValue | null }): Promise<DistrictChange[] | null> {
  if (!plan.districtMembers || typeof plan.districtMembers !== 'object' || Array.isArray(plan.districtMembers)) return null;
  const then = plan.districtMembers as DistrictMembers;
  const now = await districtMembers(db, plan.countyId, plan.districtIds);
  const moves: Omit<DistrictChange, 'townshipName' | 'districtName'>[] = [];
  for (const districtId of plan.districtIds) {
    const before = new Set(then[districtId] ?? []);
    const after = new Set(now[districtId] ?? []);
    for (const id of after) if (!before.has(id)) moves.push({ townshipId: id, districtId, change: 'joined' });
    for (const id of before) if (!after.has(id)) moves.push({ townshipId: id, districtId, change: 'left' });
  }
  if (moves.length === 0) return [];
  const [units, districts] = await Promise.all([
    db.orgUnit.findMany({ where: { countyId: plan.countyId, id: { in: moves.map((m) => m.townshipId) } }, select: { id: true, name: true } }),
    db.district.findMany({ where: { countyId: plan.countyId, id: { in: plan.districtIds } }, select: { id: true, name: true } }),
  ]);
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  return moves.map((m) => ({ ...m, townshipName: name(units, m.townshipId), districtName: name(districts, m.districtId) }));
}
