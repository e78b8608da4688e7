import { seedDemoBoundaries } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const square = (lon: number, lat: number, d = 0.01) => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] });
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, properties: Record<string, unknown>) => ({ type: 'Feature', geometry, properties });

/** 地图 (issue 14 item 6) through the real procedures on 甲县 with generated boundaries. */
describe('maps', () => {
  const t = useTestCounty();

  it('draws the county with its townships, and a township with its villages', async () => {
    const n = await t.api.database.prisma.$transaction((tx) => seedDemoBoundaries(tx, t.county.county.id));
    const villages = t.county.seeded.townships.flatMap((x) => x.villages);
    expect(n).toBe(1 + t.county.seeded.townships.length + villages.length);
    const admin = await t.api.as('a-admin');
    const county = await admin.map.unit({ unitId: t.county.county.id });
    expect(county.unit.geometry?.type).toBe('Polygon');
    const townships = county.regions.filter((r) => r.level === 'township');
    expect(townships.map((r) => r.id).sort()).toEqual(t.county.seeded.townships.map((x) => x.id).sort());
    expect(townships.every((r) => r.geometry !== null)).toBe(true);
    const township = await admin.map.unit({ unitId: t.county.seeded.townships[0]!.id });
    expect(township.regions.filter((r) => r.level === 'village').every((r) => r.geometry)).toBe(true);
  });

  it('colours the children by a metric over a year', async () => {
    const admin = await t.api.as('a-admin');
    const metrics = await admin.map.metrics();
    expect(metrics.map((m) => m.key)).toContain('core.task.completionRate');
    const r = await admin.map.metricValues({ unitId: t.county.county.id, metricKey: 'core.task.overdue', year: 2026 });
    expect(r.unit).toBe('件');
    await expect(admin.map.metricValues({ unitId: t.county.county.id, metricKey: 'no.such', year: 2026 })).rejects.toMatchObject({ message: expect.stringContaining('没有这个指标') });
  });

  it('imports boundaries by code, then by a unique name; lists what it cannot match', async () => {
    const admin = await t.api.as('a-admin');
    const [t0, t1] = t.county.seeded.townships;
    const file = collection([
      feature(square(110.5, 30.5), { code: t0!.code, name: 'ignored name' }),
      feature(square(110.6, 30.5), { 名称: t1!.name }),
      feature(square(110.7, 30.5), { name: '不存在的乡' }),
      feature({ type: 'Point', coordinates: [110.7, 30.5] }, { name: t1!.name }),
    ]);
    const dry = await admin.map.importBoundaries({ unitId: t.county.county.id, geojson: file, dryRun: true });
    expect(dry.matched.map((m) => [m.orgUnitId, m.by])).toEqual([[t0!.id, 'code'], [t1!.id, 'name']]);
    expect(dry.unmatched.map((u) => u.reason)).toEqual(['noUnit', 'notArea']);
    expect((await admin.map.unit({ unitId: t.county.county.id })).regions.find((r) => r.id === t0!.id)!.geometry!.coordinates[0]![0]).not.toEqual([110.5, 30.5]);
    const done = await admin.map.importBoundaries({ unitId: t.county.county.id, geojson: file });
    expect(done.saved).toBe(2);
    const after = await admin.map.unit({ unitId: t.county.county.id });
    expect(after.regions.find((r) => r.id === t0!.id)!.geometry).toEqual(square(110.5, 30.5));
    const row = await t.api.database.prisma.unitBoundary.findFirstOrThrow({ where: { orgUnitId: t0!.id } });
    expect([row.source, row.minLon, row.maxLat]).toEqual(['imported', 110.5, 30.51]);
  });

  it('refuses a bad file with the feature it stops at', async () => {
    const admin = await t.api.as('a-admin');
    await expect(admin.map.importLayer({ ownerUnitId: t.county.county.id, name: '坏图层', geojson: '{"type":"FeatureCollection"' })).rejects.toMatchObject({ message: expect.stringContaining('无法解析') });
    const bad = collection([feature({ type: 'Point', coordinates: [111, 30] }, {}), feature({ type: 'LineString', coordinates: [[111, 30]] }, {})]);
    await expect(admin.map.importLayer({ ownerUnitId: t.county.county.id, name: '坏图层', geojson: bad })).rejects.toMatchObject({ message: expect.stringContaining('第 2 个要素') });
    expect(await t.api.database.prisma.mapLayer.count({ where: { name: '坏图层' } })).toBe(0);
  });

  it('imports a layer, lists it where the owner is readable, and filters features by the view', async () => {
    const township = t.county.seeded.townships[0]!;
    const xiangzhen = await t.api.as('a-xiangzhen');
    const file = collection([
      feature({ type: 'Point', coordinates: [111.01, 30.91] }, { name: '青山水库', 库容: 120, nested: { x: 1 } }),
      feature({ type: 'Point', coordinates: [111.4, 31.2] }, { name: '远处水库' }),
      feature({ type: 'LineString', coordinates: [[111, 30.9], [111.02, 30.93]] }, { name: '转移路线' }),
    ]);
    const layer = await xiangzhen.map.importLayer({ ownerUnitId: township.id, name: '水库', color: '#ff0000', geojson: file });
    expect(layer).toMatchObject({ kind: 'mixed', features: 3 });
    expect((await xiangzhen.map.layers()).map((l) => l.name)).toContain('水库');
    const all = await xiangzhen.map.layerFeatures({ layerId: layer.id });
    expect(all.find((f) => f.name === '青山水库')!.properties).toEqual({ name: '青山水库', 库容: 120 });
    const near = await xiangzhen.map.layerFeatures({ layerId: layer.id, view: { minLon: 110.9, minLat: 30.8, maxLon: 111.1, maxLat: 31 } });
    expect(near.map((f) => f.name).sort()).toEqual(['转移路线', '青山水库']);
    // The neighbouring township neither lists it nor reads it.
    const xiangzhen2 = await t.api.as('a-xiangzhen2');
    expect((await xiangzhen2.map.layers()).map((l) => l.id)).not.toContain(layer.id);
    await expect(xiangzhen2.map.layerFeatures({ layerId: layer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(xiangzhen2.map.deleteLayer({ layerId: layer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await xiangzhen.map.deleteLayer({ layerId: layer.id });
    expect(await t.api.database.prisma.mapFeature.count({ where: { layerId: layer.id } })).toBe(0);
    const audit = await t.api.database.prisma.auditLog.findMany({ where: { entityId: layer.id }, orderBy: { seq: 'asc' } });
    expect(audit.map((a) => a.procedure)).toEqual(['map.importLayer', 'map.deleteLayer']);
  });

  it('keeps a township official to the township: no county map, no boundary import', async () => {
    const xiangzhen = await t.api.as('a-xiangzhen');
    await expect(xiangzhen.map.unit({ unitId: t.county.county.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(xiangzhen.map.unit({ unitId: t.county.seeded.townships[0]!.id })).resolves.toBeTruthy();
    await expect(xiangzhen.map.importBoundaries({ unitId: t.county.seeded.townships[0]!.id, geojson: collection([]), dryRun: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
