import { describe, expect, it } from 'vitest';
import { buildDemoCounty } from '../demo/county-data.ts';
import { demoCountyOutline, generateDemoBoundaries } from './demo-boundaries.ts';
import { bboxOf, geometrySchema, parseGeoJson, type AreaGeometry } from './geojson.ts';

/** Planar area in square degrees (enough to compare shapes of one county). */
const ringArea = (r: number[][]) => Math.abs(r.slice(0, -1).reduce((s, p, i) => s + p[0]! * r[i + 1]![1]! - r[i + 1]![0]! * p[1]!, 0)) / 2;
const polyArea = (p: number[][][]) => ringArea(p[0]!) - p.slice(1).reduce((s, h) => s + ringArea(h), 0);
const area = (g: AreaGeometry) => (g.type === 'Polygon' ? polyArea(g.coordinates) : g.coordinates.reduce((s, p) => s + polyArea(p), 0));

const demo = buildDemoCounty();
const input = {
  districts: demo.districts.length,
  townships: demo.districts.flatMap((d, di) => d.townships.map((t, ti) => ({ id: `t${di}-${ti}`, district: di, villageIds: t.villages.map((_, vi) => `v${di}-${ti}-${vi}`) }))),
};

describe('demo boundaries', () => {
  const { county, units } = generateDemoBoundaries(input);
  const townships = input.townships.map((t) => units.get(t.id)!);

  it('gives each of the 31 townships and every village a valid polygon', () => {
    expect(input.townships).toHaveLength(31);
    const villages = input.townships.flatMap((t) => t.villageIds);
    expect(villages.length).toBeGreaterThan(240);
    for (const id of [...input.townships.map((t) => t.id), ...villages]) expect(geometrySchema.safeParse(units.get(id)).success, id).toBe(true);
  });

  it('tiles the county: townships cover its area without overlap, villages their township', () => {
    const countyArea = area(county);
    const sum = townships.reduce((s, g) => s + area(g), 0);
    expect(sum / countyArea).toBeGreaterThan(0.98);
    expect(sum / countyArea).toBeLessThan(1.02);
    // No township is a sliver: the smallest is at least a fifth of the average.
    expect(Math.min(...townships.map((g) => area(g)))).toBeGreaterThan(countyArea / 31 / 5);
    for (const t of input.townships.slice(0, 5)) {
      const villageSum = t.villageIds.reduce((s, v) => s + area(units.get(v)!), 0);
      expect(villageSum / area(units.get(t.id)!)).toBeCloseTo(1, 1);
    }
    const box = bboxOf(county);
    for (const g of townships) {
      const b = bboxOf(g);
      expect(b.minLon).toBeGreaterThanOrEqual(box.minLon - 1e-6);
      expect(b.maxLat).toBeLessThanOrEqual(box.maxLat + 1e-6);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateDemoBoundaries(input).units.get('t2-1'))).toBe(JSON.stringify(units.get('t2-1')));
    expect(demoCountyOutline()).toEqual(county);
  });
});

describe('GeoJSON parsing', () => {
  it('accepts a collection, a feature or a bare geometry', () => {
    const point = { type: 'Point', coordinates: [111, 30.9] };
    expect(parseGeoJson(JSON.stringify(point))).toMatchObject({ ok: true, features: [{ geometry: point }] });
    expect(parseGeoJson(JSON.stringify({ type: 'Feature', geometry: point, properties: null }))).toMatchObject({ ok: true });
  });

  it('names the first bad feature', () => {
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} }, { type: 'Feature', geometry: { type: 'Point', coordinates: [300, 2] }, properties: {} }] };
    expect(parseGeoJson(JSON.stringify(bad))).toMatchObject({ ok: false, error: { key: 'errors.map.badFeature', params: { n: 2 } } });
    expect(parseGeoJson('{nope')).toMatchObject({ ok: false, error: { key: 'errors.map.notJson' } });
    expect(parseGeoJson('[1,2]')).toMatchObject({ ok: false, error: { key: 'errors.map.notFeatureCollection' } });
  });
});
