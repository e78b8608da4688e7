// Unit boundaries: stored per unit (GeoJSON + bbox), read as "a unit and the units one level
// below it" — what the map draws when it shows that unit (the county's townships, a township's
// villages), and what a choropleth colours.
import type { Prisma } from '@duban/db';
import { bboxOf, type AreaGeometry } from './geojson.ts';
import { generateDemoBoundaries } from './demo-boundaries.ts';

type Tx = Prisma.TransactionClient;

/** Writes (or replaces) boundaries, one statement per 500 units. */
export async function saveBoundaries(db: Tx, countyId: string, rows: { orgUnitId: string; geometry: AreaGeometry }[], source: 'generated' | 'imported') {
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.orgUnitId);
  await db.unitBoundary.deleteMany({ where: { countyId, orgUnitId: { in: ids } } });
  for (let i = 0; i < rows.length; i += 500) {
    await db.unitBoundary.createMany({
      data: rows.slice(i, i + 500).map((r) => ({ countyId, orgUnitId: r.orgUnitId, geometry: r.geometry as unknown as Prisma.InputJsonValue, source, ...bboxOf(r.geometry) })),
    });
  }
  return rows.length;
}

export interface MapRegion {
  id: string;
  name: string;
  level: string;
  code: string | null;
  geometry: AreaGeometry | null;
}

/**
 * The unit's own boundary and its live children's (a child without one has geometry null: the
 * page lists it as 未绘制). Children are ordered as the org tree shows them.
 */
export async function unitMap(db: Tx, countyId: string, unitId: string) {
  const unit = await db.orgUnit.findFirstOrThrow({ where: { countyId, id: unitId }, select: { id: true, name: true, level: true, code: true, parentId: true } });
  const children = await db.orgUnit.findMany({
    // Departments sit under the county in the org tree but have no territory of their own.
    where: { countyId, parentId: unitId, archivedAt: null, level: { not: 'department' } },
    select: { id: true, name: true, level: true, code: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
  const boundaries = await db.unitBoundary.findMany({ where: { countyId, orgUnitId: { in: [unitId, ...children.map((c) => c.id)] } }, select: { orgUnitId: true, geometry: true } });
  const geometryOf = new Map(boundaries.map((b) => [b.orgUnitId, b.geometry as unknown as AreaGeometry]));
  return {
    unit: { ...unit, geometry: geometryOf.get(unitId) ?? null },
    regions: children.map((c): MapRegion => ({ ...c, level: c.level, geometry: geometryOf.get(c.id) ?? null })),
  };
}

/**
 * The demo county's generated boundaries: the county, its townships (by 片区) and their villages
 * (groups below a village are not drawn: a 村民小组 has no surveyed boundary).
 */
export async function seedDemoBoundaries(db: Tx, countyId: string) {
  const districts = await db.district.findMany({ where: { countyId }, orderBy: { sortOrder: 'asc' }, select: { id: true } });
  const districtIndex = new Map(districts.map((d, i) => [d.id, i]));
  const townships = await db.orgUnit.findMany({ where: { countyId, level: 'township', archivedAt: null }, orderBy: { sortOrder: 'asc' }, select: { id: true, districtId: true } });
  const villages = await db.orgUnit.findMany({ where: { countyId, level: 'village', archivedAt: null }, orderBy: { sortOrder: 'asc' }, select: { id: true, parentId: true } });
  const { county, units } = generateDemoBoundaries({
    districts: Math.max(districts.length, 1),
    townships: townships.map((t, i) => ({ id: t.id, district: t.districtId ? (districtIndex.get(t.districtId) ?? 0) : i % 6, villageIds: villages.filter((v) => v.parentId === t.id).map((v) => v.id) })),
  });
  const rows = [{ orgUnitId: countyId, geometry: county as AreaGeometry }, ...[...units].map(([orgUnitId, geometry]) => ({ orgUnitId, geometry }))];
  return saveBoundaries(db, countyId, rows, 'generated');
}
