// Map layers imported from GeoJSON: a named set of features a unit owns. Each feature keeps its
// geometry, a name (from its properties) and its other properties (shown when it is clicked).
import { newId, type Prisma } from '@duban/db';
import { bboxOf, kindOf, type GeoFeature, type Geometry } from './geojson.ts';

type Tx = Prisma.TransactionClient;

const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'title'];
/** Properties kept per feature: what a popup can show (a register's row has more elsewhere). */
const MAX_PROPERTIES = 30;

function featureName(f: GeoFeature, i: number) {
  for (const k of NAME_KEYS) {
    const v = f.properties?.[k];
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return String(v).trim().slice(0, 100);
  }
  return `要素 ${i + 1}`;
}

/** Scalar properties only (nested objects are not shown), each value at most 500 characters. */
function keptProperties(f: GeoFeature): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(f.properties ?? {}).slice(0, MAX_PROPERTIES)) {
    if (typeof v === 'number' || typeof v === 'boolean') out[k.slice(0, 60)] = v;
    else if (typeof v === 'string') out[k.slice(0, 60)] = v.slice(0, 500);
  }
  return out;
}

export async function importLayer(db: Tx, args: { countyId: string; ownerUnitId: string; name: string; color: string; features: GeoFeature[]; createdByName: string | null }) {
  const kinds = new Set(args.features.map((f) => kindOf(f.geometry)));
  const kind = kinds.size === 1 ? [...kinds][0]! : 'mixed';
  const id = newId();
  await db.mapLayer.create({ data: { countyId: args.countyId, id, name: args.name, kind, color: args.color, ownerUnitId: args.ownerUnitId, createdByName: args.createdByName } });
  for (let i = 0; i < args.features.length; i += 1000) {
    await db.mapFeature.createMany({
      data: args.features.slice(i, i + 1000).map((f, j) => ({
        countyId: args.countyId, id: newId(), layerId: id, name: featureName(f, i + j),
        geometry: f.geometry as unknown as Prisma.InputJsonValue, properties: keptProperties(f), ...bboxOf(f.geometry),
      })),
    });
  }
  return { id, kind, features: args.features.length };
}

export interface LayerFeature {
  id: string;
  name: string;
  geometry: Geometry;
  properties: Record<string, string | number | boolean>;
  /** Where a click leads (a plugin register row's page); core layers have none. */
  href?: string;
}

/** A layer's features, optionally only those whose box meets the view (the bbox index answers). */
export async function layerFeatures(db: Tx, countyId: string, layerId: string, view?: { minLon: number; minLat: number; maxLon: number; maxLat: number }): Promise<LayerFeature[]> {
  const rows = await db.mapFeature.findMany({
    where: {
      countyId, layerId,
      ...(view ? { minLon: { lte: view.maxLon }, maxLon: { gte: view.minLon }, minLat: { lte: view.maxLat }, maxLat: { gte: view.minLat } } : {}),
    },
    select: { id: true, name: true, geometry: true, properties: true },
    orderBy: { name: 'asc' },
    take: 20_000,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, geometry: r.geometry as unknown as Geometry, properties: r.properties as LayerFeature['properties'] }));
}
