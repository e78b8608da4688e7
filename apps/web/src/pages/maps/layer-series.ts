// A layer's features as ECharts series on the `geo` coordinate system: points as scatter, lines
// as polylines, polygons as a custom series (ECharts has no polygon series of its own).
import type { RouterOutputs } from '../../api/types.ts';

type Geometry = RouterOutputs['map']['layerFeatures'][number]['geometry'];

export interface MapLayerFeature {
  id: string;
  name: string;
  geometry: Geometry;
  properties: Record<string, string | number | boolean>;
  href?: string;
}

export interface DrawnLayer {
  id: string;
  name: string;
  color: string;
  features: readonly MapLayerFeature[];
}

type Pos = number[];

const pointsOf = (g: Geometry): Pos[] => (g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : []);
const linesOf = (g: Geometry): Pos[][] => (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []);
const polygonsOf = (g: Geometry): Pos[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/** The series of one layer (0–3 of them: only the kinds it has). `seriesId` carries the layer and feature for clicks. */
export function layerSeries(layer: DrawnLayer) {
  const series: Record<string, unknown>[] = [];
  const points = layer.features.flatMap((f, i) => pointsOf(f.geometry).map((p) => ({ name: f.name, value: [p[0], p[1], i] })));
  if (points.length) {
    series.push({
      id: `layer:${layer.id}:point`, name: layer.name, type: 'scatter', coordinateSystem: 'geo', geoIndex: 0, z: 4,
      symbolSize: 10, itemStyle: { color: layer.color, borderColor: '#fff', borderWidth: 1.5 }, data: points,
      tooltip: { formatter: (p: { name: string }) => `${layer.name}:${p.name}` },
    });
  }
  const lines = layer.features.flatMap((f, i) => linesOf(f.geometry).map((coords) => ({ name: f.name, coords, feature: i })));
  if (lines.length) {
    series.push({
      id: `layer:${layer.id}:line`, name: layer.name, type: 'lines', coordinateSystem: 'geo', geoIndex: 0, z: 4, polyline: true,
      lineStyle: { color: layer.color, width: 3, opacity: 0.9 }, data: lines,
      tooltip: { formatter: (p: { name: string }) => `${layer.name}:${p.name}` },
    });
  }
  const polygons = layer.features.flatMap((f, i) => polygonsOf(f.geometry).map((rings) => ({ name: f.name, rings, feature: i })));
  if (polygons.length) {
    series.push({
      id: `layer:${layer.id}:polygon`, name: layer.name, type: 'custom', coordinateSystem: 'geo', geoIndex: 0, z: 3,
      data: polygons.map((p, i) => ({ name: p.name, value: [i] })),
      tooltip: { formatter: (p: { name: string }) => `${layer.name}:${p.name}` },
      renderItem: (_params: unknown, api: { value: (i: number) => number; coord: (p: Pos) => number[] }) => {
        const outer = polygons[api.value(0)]!.rings[0]!;
        return { type: 'polygon', shape: { points: outer.map((c) => api.coord(c)) }, style: { fill: `${layer.color}55`, stroke: layer.color, lineWidth: 1.5 } };
      },
    });
  }
  return series;
}

/** The feature a click on a layer series hit (null: not a layer). */
export function clickedFeature(layers: readonly DrawnLayer[], seriesId: string | undefined, dataIndex: number, data: unknown) {
  const m = /^layer:(.+):(point|line|polygon)$/.exec(seriesId ?? '');
  const layer = m ? layers.find((l) => l.id === m[1]) : undefined;
  if (!layer) return null;
  const d = data as { value?: number[]; feature?: number; name?: string };
  const index = m![2] === 'point' ? d.value?.[2] : m![2] === 'line' ? d.feature : undefined;
  const feature = index !== undefined ? layer.features[index] : layer.features.find((f) => f.name === d.name);
  return feature ? { layer, feature } : null;
}
