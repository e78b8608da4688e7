// Plausible boundaries for the demo county (issue 14 item 6): an irregular county outline near
// 宜昌, cut into one Voronoi cell per township (sites grouped by 片区, smoothed by Lloyd steps so
// cells are roundish), each township cut again into its villages. Pure and deterministic — the
// same units give the same map — so a demo, a test and a screenshot agree.
import intersect from '@turf/intersect';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import { Delaunay } from 'd3-delaunay';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry } from './geojson.ts';

type Pt = [number, number];
type Rng = () => number;

/** mulberry32: a tiny seeded generator (Math.random would change the map on every seed). */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;
const roundRing = (ring: number[][]) => ring.map(([x, y]) => [round(x!), round(y!)]);

/** The county's outline: 28 vertices on a wobbly ellipse around (111.0°E, 30.9°N), ~90 × 75 km. */
export function demoCountyOutline(seed = 7): Polygon {
  const r = rng(seed);
  const n = 28;
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const wobble = 0.8 + 0.35 * r() + 0.1 * Math.sin(3 * a);
    ring.push([111.0 + 0.48 * wobble * Math.cos(a), 30.9 + 0.34 * wobble * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [roundRing(ring)] };
}

/** Whether p lies inside the ring (ray casting). */
function inside(p: Pt, ring: number[][]) {
  let yes = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > p[1] !== yj! > p[1] && p[0] < ((xj! - xi!) * (p[1] - yi!)) / (yj! - yi!) + xi!) yes = !yes;
  }
  return yes;
}

/** The area-weighted centroid of a ring (Lloyd's step moves each site there). */
function centroid(ring: number[][]): Pt {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const f = x0! * y1! - x1! * y0!;
    a += f;
    cx += (x0! + x1!) * f;
    cy += (y0! + y1!) * f;
  }
  return a === 0 ? [ring[0]![0]!, ring[0]![1]!] : [cx / (3 * a), cy / (3 * a)];
}

const outerRing = (g: AreaGeometry) => (g.type === 'Polygon' ? g.coordinates[0]! : g.coordinates[0]![0]!);

function bboxOfRing(ring: number[][]): [number, number, number, number] {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Voronoi cells of the sites inside the area, each clipped to it; `lloyd` smoothing steps first. */
function cellsWithin(area: AreaGeometry, sites: Pt[], lloyd: number): AreaGeometry[] {
  const box = bboxOfRing(outerRing(area));
  const areaFeature: Feature<Polygon | MultiPolygon> = { type: 'Feature', geometry: area, properties: {} };
  let points = sites;
  let cells: AreaGeometry[] = [];
  for (let step = 0; step <= lloyd; step++) {
    const voronoi = Delaunay.from(points).voronoi([box[0] - 0.01, box[1] - 0.01, box[2] + 0.01, box[3] + 0.01]);
    cells = points.map((_, i) => {
      const cell = voronoi.cellPolygon(i) as unknown as number[][] | null;
      const clipped = cell ? intersect(featureCollection([turfPolygon([cell]), areaFeature])) : null;
      // A site whose cell falls outside the area (rare, at the rim) keeps a sliver around it.
      return (clipped?.geometry as AreaGeometry | undefined) ?? tinySquare(points[i]!);
    });
    if (step < lloyd) points = cells.map((c) => centroid(outerRing(c)));
  }
  return cells.map(roundGeometry);
}

const tinySquare = ([x, y]: Pt): AreaGeometry => ({ type: 'Polygon', coordinates: [[[x - 0.002, y - 0.002], [x + 0.002, y - 0.002], [x + 0.002, y + 0.002], [x - 0.002, y + 0.002], [x - 0.002, y - 0.002]]] });

const roundGeometry = (g: AreaGeometry): AreaGeometry =>
  g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(roundRing)) };

/** `n` random points inside the area (rejection sampling in its box). */
function pointsWithin(area: AreaGeometry, n: number, r: Rng): Pt[] {
  const ring = outerRing(area);
  const [x0, y0, x1, y1] = bboxOfRing(ring);
  const out: Pt[] = [];
  for (let tries = 0; out.length < n && tries < n * 200; tries++) {
    const p: Pt = [x0 + (x1 - x0) * r(), y0 + (y1 - y0) * r()];
    if (inside(p, ring)) out.push(p);
  }
  while (out.length < n) out.push(centroid(ring).map((v, i) => v + (i ? 1e-4 : 1e-4) * out.length) as Pt);
  return out;
}

export interface DemoMapInput {
  /** Townships in display order, each with its 片区 index (neighbours of one 片区 end up side by side). */
  townships: { id: string; district: number; villageIds: string[] }[];
  districts: number;
  seed?: number;
}

/** The county outline, and one boundary per township and per village. */
export function generateDemoBoundaries(input: DemoMapInput): { county: AreaGeometry; units: Map<string, AreaGeometry> } {
  const r = rng(input.seed ?? 2026);
  const county = demoCountyOutline();
  // 片区 centres: the last at the middle (the county seat's 中片区 in the demo), the rest around it.
  const centres: Pt[] = Array.from({ length: input.districts }, (_, d) => {
    if (d === input.districts - 2) return [111.0, 30.9];
    const a = (d / input.districts) * 2 * Math.PI + 0.4;
    return [111.0 + 0.28 * Math.cos(a), 30.9 + 0.2 * Math.sin(a)];
  });
  const sites = input.townships.map((t): Pt => {
    const c = centres[t.district % input.districts]!;
    return [c[0] + (r() - 0.5) * 0.22, c[1] + (r() - 0.5) * 0.16];
  });
  const townshipCells = cellsWithin(county, sites, 3);
  const units = new Map<string, AreaGeometry>();
  input.townships.forEach((t, i) => {
    const cell = townshipCells[i]!;
    units.set(t.id, cell);
    if (t.villageIds.length === 0) return;
    const villageCells = t.villageIds.length === 1 ? [cell] : cellsWithin(cell, pointsWithin(cell, t.villageIds.length, r), 2);
    t.villageIds.forEach((v, j) => units.set(v, villageCells[j]!));
  });
  return { county, units };
}
