// GeoJSON (RFC 7946) as the maps store and accept it: WGS 84 longitude/latitude positions, the
// six geometry types, bounded in size so one upload cannot hold the server. Browser-safe (zod
// only): the web checks a file with the same rules before sending it, the server after.
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';

const position = z
  .array(z.number().finite())
  .min(2)
  .max(3)
  .refine(([lon, lat]) => lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90, { message: '坐标须为经度 −180…180、纬度 −90…90 / a position must be longitude −180…180, latitude −90…90' });
/** Enough for a county's boundary drawn at survey precision. */
const MAX_POSITIONS = 200_000;
const line = z.array(position).min(2).max(MAX_POSITIONS);
const ring = z.array(position).min(4).max(MAX_POSITIONS);
const polygon = z.array(ring).min(1).max(1_000);

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1).max(MAX_POSITIONS) }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1).max(1_000) }),
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1).max(1_000) }),
]);
export type Geometry = z.infer<typeof geometrySchema>;
export type AreaGeometry = Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }>;

/** The most features one import takes (a county's villages, or a register's points). */
export const MAX_FEATURES = 20_000;

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: z.record(z.string(), z.unknown()).nullish(),
});
export type GeoFeature = z.infer<typeof featureSchema>;

const collectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema).max(MAX_FEATURES) });

/** What a geometry is drawn as on the map (the layer's legend symbol). */
export type FeatureKind = 'point' | 'line' | 'polygon';
export const kindOf = (g: Geometry): FeatureKind =>
  g.type === 'Point' || g.type === 'MultiPoint' ? 'point' : g.type === 'LineString' || g.type === 'MultiLineString' ? 'line' : 'polygon';

export type ParsedCollection = { ok: true; features: GeoFeature[] } | { ok: false; error: DomainError };
// Each error is written out (not built by a helper) so the web's key scan sees its key and params.
const bad = (error: DomainError) => ({ ok: false as const, error });

/**
 * A GeoJSON text as features: a FeatureCollection, a single Feature or a bare geometry. A bad file
 * names the first problem and where it is (feature number, path), in both languages via its key.
 */
export function parseGeoJson(text: string): ParsedCollection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad(new DomainError('BAD_REQUEST', 'errors.map.notJson', '文件不是有效的 GeoJSON(无法解析 JSON)'));
  }
  const type = (json as { type?: unknown } | null)?.type;
  const wrapped =
    type === 'Feature' ? { type: 'FeatureCollection', features: [json] }
    : typeof type === 'string' && type !== 'FeatureCollection' ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: json, properties: {} }] }
    : json;
  const parsed = collectionSchema.safeParse(wrapped);
  if (parsed.success) return { ok: true, features: parsed.data.features };
  const issue = parsed.error.issues[0]!;
  const [first, index, ...rest] = issue.path;
  if (first === 'features' && typeof index === 'number') {
    return bad(new DomainError('BAD_REQUEST', 'errors.map.badFeature', `第 ${index + 1} 个要素有误(${rest.join('.') || 'feature'}):${issue.message}`, { n: index + 1, path: rest.join('.') || 'feature', detail: issue.message }));
  }
  if (first === 'features' && issue.code === 'too_big') return bad(new DomainError('BAD_REQUEST', 'errors.map.tooManyFeatures', `要素过多,最多 ${MAX_FEATURES} 个`, { max: MAX_FEATURES }));
  return bad(new DomainError('BAD_REQUEST', 'errors.map.notFeatureCollection', '文件须为 GeoJSON FeatureCollection、Feature 或几何对象'));
}

/** Every position of a geometry, flattened. */
function positions(g: Geometry): number[][] {
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'MultiPoint': case 'LineString': return g.coordinates;
    case 'MultiLineString': case 'Polygon': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
  }
}

export interface BBox { minLon: number; minLat: number; maxLon: number; maxLat: number }

/** The geometry's bounding box (stored beside it, indexed: what is in view is a range test). */
export function bboxOf(g: Geometry): BBox {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const [lon, lat] of positions(g)) {
    if (lon! < minLon) minLon = lon!;
    if (lon! > maxLon) maxLon = lon!;
    if (lat! < minLat) minLat = lat!;
    if (lat! > maxLat) maxLat = lat!;
  }
  return { minLon, minLat, maxLon, maxLat };
}

/** Boxes that overlap (the import's check that a boundary lies near the county). */
export const bboxesOverlap = (a: BBox, b: BBox) => a.minLon <= b.maxLon && b.minLon <= a.maxLon && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
