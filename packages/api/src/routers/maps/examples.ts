// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts).
import { defineExamples } from '../../authz/examples.ts';

const square = { type: 'Polygon', coordinates: [[[111, 30.9], [111.05, 30.9], [111.05, 30.95], [111, 30.95], [111, 30.9]]] };
const points = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [111.01, 30.91] }, properties: { name: '样例水库', capacity: 120 } },
    { type: 'Feature', geometry: square, properties: { name: '样例图斑' } },
  ],
});

export const examples = defineExamples({
  'map.unit': (w) => ({ unitId: w.record }),
  'map.metrics': () => undefined,
  'map.metricValues': (w) => ({ unitId: w.record, metricKey: 'core.task.completionRate', year: 2026 }),
  // A dry run: the world's units have no codes or names the sample file could match.
  'map.importBoundaries': (w) => ({ unitId: w.record, geojson: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square, properties: { name: '样例村' } }] }), dryRun: true }),
  'map.layers': () => undefined,
  'map.layerFeatures': (w) => ({ layerId: w.record }),
  'map.importLayer': (w) => ({ ownerUnitId: w.record, name: '样例图层', color: '#1677ff', geojson: points }),
  'map.deleteLayer': (w) => ({ layerId: w.record }),
});
