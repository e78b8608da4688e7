import type { ListingLeaderSource, Prisma } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';

type Tx = Prisma.TransactionClient;

export const defaultListingLeaderSource: ListingLeaderSource = 'responsible_unit';

/** How a leader is named on a listed item: "王建国（青龙镇 党委书记）". */
export const leaderLabel = (person: { name: string; position: string | null }, unit: { name: string }) =>
  `${person.name}（${unit.name}${person.position ? ` ${person.position}` : ' 主要负责人'}）`;

/** Designates (or, with null, clears) a unit's principal leader. The leader must be one of the unit's own people. */
export async function setUnitLeader(db: Tx, countyId: string, orgUnitId: string, personId: string | null) {
  const before = await db.unitLeader.findUnique({ where: { countyId_orgUnitId: { countyId, orgUnitId } } });
  if (personId === null) {
    if (before) await db.unitLeader.delete({ where: { countyId_orgUnitId: { countyId, orgUnitId } } });
    return { before, after: null };
  }
  const person = await db.person.findUnique({ where: { countyId_id: { countyId, id: personId } } });
  if (!person || person.archivedAt) throw notFound('人员', personId);
  if (person.orgUnitId !== orgUnitId) {
    throw badRequest('tasks.leaders.errors.notInUnit', `「${person.name}」不是该单位的人员,主要负责人须是本单位人员`, { name: person.name });
  }
  const after = await db.unitLeader.upsert({
    where: { countyId_orgUnitId: { countyId, orgUnitId } },
    create: { countyId, orgUnitId, personId },
    update: { personId },
  });
  return { before, after };
}

export interface ListingCandidate {
  countyId: string;
  responsibleUnit: { path: string };
  supervisingUnit: { path: string };
}

/**
 * The 责任领导 of items being listed by rule, for many items in two queries: the principal
 * leader of the unit the county's rule names (the responsible unit by default, or the supervising
 * unit), or — when that unit has none designated — of its nearest ancestor that has one.
 * Items whose chain has no leader at all map to null.
 */
export async function listingLeaders<T extends ListingCandidate>(db: Tx, items: readonly T[]): Promise<Map<T, string | null>> {
  const result = new Map<T, string | null>();
  if (items.length === 0) return result;
  const countyIds = [...new Set(items.map((i) => i.countyId))];
  const [rules, leaders] = await Promise.all([
    db.listingLeaderRule.findMany({ where: { countyId: { in: countyIds } } }),
    db.unitLeader.findMany({
      where: { countyId: { in: countyIds }, person: { archivedAt: null } },
      include: { person: { select: { name: true, position: true } }, orgUnit: { select: { name: true, archivedAt: true } } },
    }),
  ]);
  const sourceOf = new Map(rules.map((r) => [r.countyId, r.source]));
  const leaderOf = new Map(leaders.filter((l) => !l.orgUnit.archivedAt).map((l) => [`${l.countyId}/${l.orgUnitId}`, leaderLabel(l.person, l.orgUnit)]));
  for (const item of items) {
    const source = sourceOf.get(item.countyId) ?? defaultListingLeaderSource;
    const path = source === 'supervising_unit' ? item.supervisingUnit.path : item.responsibleUnit.path;
    const chain = path.split('/').filter(Boolean).reverse(); // the unit first, then its ancestors
    const found = chain.map((id) => leaderOf.get(`${item.countyId}/${id}`)).find((l) => l !== undefined);
    result.set(item, found ?? null);
  }
  return result;
}
