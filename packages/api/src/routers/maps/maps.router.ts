// 地图 (issue 14 item 6, C3): a unit with its children's boundaries, a choropleth of any metric
// over them, boundary import per county, and layers imported from GeoJSON.
import type { TRPCRouterRecord } from '@trpc/server';
import { DomainError, importBoundaries, importLayer, layerFeatures, metricFamilyMembers, metricSource, metricSources, parseGeoJson, unitMap } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { importBoundariesInput, importLayerInput, mapLayerFeaturesInput, mapLayerIdInput, mapMetricValuesInput, mapUnitInput } from '../../schemas/index.ts';

/** The file's features, or its first problem as a bilingual 400. */
function featuresOf(text: string) {
  const parsed = parseGeoJson(text);
  if (!parsed.ok) throw parsed.error;
  if (parsed.features.length === 0) throw new DomainError('BAD_REQUEST', 'errors.map.noFeatures', '文件中没有要素');
  return parsed.features;
}

/** A calendar year in the county's time (Asia/Shanghai, UTC+8: no daylight saving). */
const yearPeriod = (year: number) => ({ start: new Date(`${year}-01-01T00:00:00+08:00`), end: new Date(`${year + 1}-01-01T00:00:00+08:00`) });

export const mapsRouter = {
  /** A unit's boundary and its children's: what the map draws when it shows the unit. */
  unit: procedure
    .meta({ permission: 'core.map.read', scope: { entity: 'orgUnit', field: 'unitId' } })
    .input(mapUnitInput)
    .query(({ ctx, input }) => unitMap(ctx.db, ctx.authz.target!.countyId, input.unitId)),

  /** Metrics a choropleth can colour by: every metric source and family member on offer. */
  metrics: procedure
    .meta({ permission: 'core.map.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => [
      ...[...metricSources().values()].map(({ origin, item }) => ({ key: item.key, name: item.name, unit: item.unit, source: origin, group: null })),
      ...(await metricFamilyMembers(ctx.db, ctx.actor!.countyId)).map(({ origin, family, item }) => ({ key: item.key, name: item.name, unit: item.unit, source: origin, group: family.name })),
    ]),

  /** One metric for each child of the unit over a calendar year (the choropleth's values). */
  metricValues: procedure
    .meta({ permission: 'core.map.read', scope: { entity: 'orgUnit', field: 'unitId' } })
    .input(mapMetricValuesInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const source = metricSource(input.metricKey);
      if (!source) throw new DomainError('BAD_REQUEST', 'errors.map.unknownMetric', `没有这个指标:${input.metricKey}`, { key: input.metricKey });
      const children = await ctx.db.orgUnit.findMany({ where: { countyId, parentId: input.unitId, archivedAt: null, level: { not: 'department' } }, select: { id: true } });
      const values = await source.item.compute(ctx.db, { countyId, orgUnitIds: children.map((c) => c.id), period: yearPeriod(input.year) });
      return { key: source.item.key, name: source.item.name, unit: source.item.unit, values: children.filter((c) => values.has(c.id)).map((c) => ({ orgUnitId: c.id, value: values.get(c.id)! })) };
    }),

  /** 导入边界: features matched to units of the subtree by code or name; a dry run only reports. */
  importBoundaries: procedure
    .meta({ permission: 'core.map.manage', scope: { entity: 'orgUnit', field: 'unitId' } })
    .input(importBoundariesInput)
    .mutation(async ({ ctx, input }) => {
      const target = ctx.authz.target!;
      const report = await importBoundaries(ctx.db, { countyId: target.countyId, root: { id: target.orgUnitId, path: target.path }, features: featuresOf(input.geojson), dryRun: input.dryRun });
      await ctx.audit({
        entityType: 'unitBoundary', entityId: target.orgUnitId, orgUnitId: target.orgUnitId,
        after: { dryRun: input.dryRun, matched: report.matched.length, unmatched: report.unmatched.length, saved: report.saved },
        detail: input.dryRun ? 'dry run of a boundary import (nothing saved)' : null,
      });
      return { ...report, unmatched: report.unmatched.slice(0, 200), unmatchedCount: report.unmatched.length };
    }),

  /** Layers owned by units where the caller may read the map (the map's layer list). */
  layers: procedure
    .meta({ permission: 'core.map.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const rows = await ctx.db.mapLayer.findMany({
        where: { countyId: ctx.actor!.countyId, OR: ctx.authz.roots.map((r) => ({ ownerUnit: { path: { startsWith: r } } })) },
        include: { ownerUnit: { select: { name: true } }, _count: { select: { features: true } } },
        orderBy: { createdAt: 'desc' },
        take: 200,
      });
      return rows.map((l) => ({ id: l.id, name: l.name, kind: l.kind, color: l.color, ownerUnitId: l.ownerUnitId, ownerUnit: l.ownerUnit.name, features: l._count.features, createdAt: l.createdAt, source: 'core' as const }));
    }),

  /** A layer's features (within the view, when given). */
  layerFeatures: procedure
    .meta({ permission: 'core.map.read', scope: { entity: 'mapLayer', field: 'layerId' } })
    .input(mapLayerFeaturesInput)
    .query(({ ctx, input }) => layerFeatures(ctx.db, ctx.authz.target!.countyId, input.layerId, input.view ?? undefined)),

  /** 导入图层: a GeoJSON file becomes a layer of the owner unit. */
  importLayer: procedure
    .meta({ permission: 'core.map.layers', scope: { entity: 'orgUnit', field: 'ownerUnitId' } })
    .input(importLayerInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const layer = await importLayer(ctx.db, { countyId, ownerUnitId: input.ownerUnitId, name: input.name, color: input.color, features: featuresOf(input.geojson), createdByName: ctx.actor?.name ?? null });
      await ctx.audit({ entityType: 'mapLayer', entityId: layer.id, orgUnitId: input.ownerUnitId, after: { name: input.name, kind: layer.kind, features: layer.features } });
      return layer;
    }),

  /** 删除图层 with its features. */
  deleteLayer: procedure
    .meta({ permission: 'core.map.layers', scope: { entity: 'mapLayer', field: 'layerId' } })
    .input(mapLayerIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const layer = await ctx.db.mapLayer.findFirstOrThrow({ where: { countyId, id: input.layerId }, select: { name: true, kind: true } });
      await ctx.db.mapLayer.delete({ where: { countyId_id: { countyId, id: input.layerId } } });
      await ctx.audit({ entityType: 'mapLayer', entityId: input.layerId, orgUnitId: ctx.authz.target!.orgUnitId, before: layer, after: null });
      return { deleted: true };
    }),
} satisfies TRPCRouterRecord;
