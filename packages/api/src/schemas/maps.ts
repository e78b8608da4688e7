import { z } from 'zod';
import { boundedNumber, text } from '@duban/core/validation/bounded';
import { id } from './common.ts';

/** A GeoJSON file as text; 15 MB covers a county's village boundaries at survey precision. */
const geojsonText = z.string().min(2, { message: '请选择 GeoJSON 文件' }).max(15_000_000, { message: 'GeoJSON 文件不能超过 15 MB' });

export const mapUnitInput = z.object({ unitId: id });

export const mapMetricValuesInput = z.object({
  unitId: id,
  metricKey: text(200, { min: 1 }),
  year: boundedNumber(2000, 2100, { int: true }),
});

export const importBoundariesInput = z.object({
  /** The unit whose subtree the features are matched in (the county, or a township for its villages). */
  unitId: id,
  geojson: geojsonText,
  dryRun: z.boolean().default(false),
});

export const importLayerInput = z.object({
  ownerUnitId: id,
  name: text(40, { min: 1, minMessage: '请填写图层名称' }),
  color: z.string().max(7).regex(/^#[0-9a-fA-F]{6}$/, { message: '颜色须为 #RRGGBB' }).default('#1677ff'),
  geojson: geojsonText,
});

export const mapLayerIdInput = z.object({ layerId: id });

export const mapLayerFeaturesInput = z.object({
  layerId: id,
  /** Only features whose box meets the view (lon/lat); all when absent. */
  view: z
    .object({ minLon: boundedNumber(-180, 180), minLat: boundedNumber(-90, 90), maxLon: boundedNumber(-180, 180), maxLat: boundedNumber(-90, 90) })
    .nullish(),
});
