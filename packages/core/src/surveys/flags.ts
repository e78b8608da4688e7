import { distanceMeters, type GeoPoint } from './geo.ts';

/** What the fabrication checks need of a survey. */
export interface FlagInput {
  id: string;
  surveyorId: string;
  surveyorName: string;
  capturedAt: Date;
  point: GeoPoint | null;
  phoneHash: string;
}

export interface FlagThresholds {
  clusterRadiusMeters: number;
  clusterMinSurveys: number;
  maxSpeedKmh: number;
  minGapMinutes: number;
  phoneRepeatMin: number;
}

export type SurveyFlag =
  | { kind: 'gps_cluster'; centre: GeoPoint; radiusMeters: number; surveyIds: string[] }
  | {
      kind: 'impossible_timing';
      /** gap: less than the minimum minutes apart; speed: faster than a plausible speed. */
      reason: 'gap' | 'speed';
      surveyorId: string;
      surveyorName: string;
      surveyIds: [string, string];
      gapMinutes: number;
      distanceMeters: number | null;
      speedKmh: number | null;
    }
  | { kind: 'repeated_phone'; phoneHash: string; surveyIds: string[] };

/**
 * Many households at one point: a survey is the centre of a cluster when at least
 * `clusterMinSurveys` surveys (itself included) lie within `clusterRadiusMeters` of it. Clusters
 * are taken greedily, largest first, and a survey belongs to one cluster only, so one crowded
 * spot is one flag. Surveys are bucketed in a grid of the radius, so each is compared only with
 * its neighbouring cells.
 */
export function gpsClusters(surveys: readonly FlagInput[], t: Pick<FlagThresholds, 'clusterRadiusMeters' | 'clusterMinSurveys'>): SurveyFlag[] {
  const located = surveys.filter((s): s is FlagInput & { point: GeoPoint } => s.point !== null);
  if (located.length < t.clusterMinSurveys || t.clusterRadiusMeters <= 0) return [];
  // Grid cells at least the radius wide everywhere: one longitude width for all, taken at the
  // latitude farthest from the equator (where a degree of longitude is shortest).
  const cellLat = t.clusterRadiusMeters / 110_000;
  const maxAbsLat = Math.max(...located.map((s) => Math.abs(s.point.lat)));
  const cellLon = cellLat / Math.max(0.01, Math.cos((maxAbsLat * Math.PI) / 180));
  const cellOf = (p: GeoPoint) => [Math.floor(p.lat / cellLat), Math.floor(p.lon / cellLon)] as const;
  const grid = new Map<string, number[]>();
  located.forEach((s, i) => {
    const [a, b] = cellOf(s.point);
    const k = `${a}:${b}`;
    grid.set(k, [...(grid.get(k) ?? []), i]);
  });
  const neighbours = located.map((s) => {
    const [a, b] = cellOf(s.point);
    const out: number[] = [];
    for (let da = -1; da <= 1; da++) {
      for (let db = -1; db <= 1; db++) {
        for (const j of grid.get(`${a + da}:${b + db}`) ?? []) {
          if (distanceMeters(s.point, located[j]!.point) <= t.clusterRadiusMeters) out.push(j);
        }
      }
    }
    return out;
  });
  const used = new Set<number>();
  const flags: SurveyFlag[] = [];
  const order = located.map((_, i) => i).sort((x, y) => neighbours[y]!.length - neighbours[x]!.length || located[x]!.id.localeCompare(located[y]!.id));
  for (const centre of order) {
    if (used.has(centre)) continue;
    const members = neighbours[centre]!.filter((j) => !used.has(j));
    if (members.length < t.clusterMinSurveys) continue;
    members.forEach((j) => used.add(j));
    flags.push({
      kind: 'gps_cluster',
      centre: located[centre]!.point,
      radiusMeters: t.clusterRadiusMeters,
      surveyIds: members.map((j) => located[j]!).sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime()).map((s) => s.id),
    });
  }
  return flags;
}

/**
 * Impossible timing between one surveyor's consecutive surveys: less than `minGapMinutes` apart
 * (a household visit with a signature takes longer), or farther apart than `maxSpeedKmh` allows
 * in the time between them.
 */
export function impossibleTimings(surveys: readonly FlagInput[], t: Pick<FlagThresholds, 'maxSpeedKmh' | 'minGapMinutes'>): SurveyFlag[] {
  const bySurveyor = new Map<string, FlagInput[]>();
  for (const s of surveys) bySurveyor.set(s.surveyorId, [...(bySurveyor.get(s.surveyorId) ?? []), s]);
  const flags: SurveyFlag[] = [];
  for (const list of bySurveyor.values()) {
    list.sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime() || a.id.localeCompare(b.id));
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      const gapMinutes = (b.capturedAt.getTime() - a.capturedAt.getTime()) / 60_000;
      const distance = a.point && b.point ? distanceMeters(a.point, b.point) : null;
      const speed = distance === null ? null : gapMinutes > 0 ? distance / 1000 / (gapMinutes / 60) : distance > 0 ? Infinity : 0;
      const base = { kind: 'impossible_timing' as const, surveyorId: a.surveyorId, surveyorName: a.surveyorName, surveyIds: [a.id, b.id] as [string, string], gapMinutes, distanceMeters: distance, speedKmh: speed };
      if (gapMinutes < t.minGapMinutes) flags.push({ ...base, reason: 'gap' });
      else if (speed !== null && speed > t.maxSpeedKmh) flags.push({ ...base, reason: 'speed' });
    }
  }
  return flags;
}

/** One phone number (by its keyed hash) on `phoneRepeatMin` or more surveys. */
export function repeatedPhones(surveys: readonly FlagInput[], t: Pick<FlagThresholds, 'phoneRepeatMin'>): SurveyFlag[] {
  const byHash = new Map<string, FlagInput[]>();
  for (const s of surveys) byHash.set(s.phoneHash, [...(byHash.get(s.phoneHash) ?? []), s]);
  return [...byHash.entries()]
    .filter(([, list]) => list.length >= Math.max(2, t.phoneRepeatMin))
    .map(([phoneHash, list]) => ({
      kind: 'repeated_phone' as const,
      phoneHash,
      surveyIds: list.sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime()).map((s) => s.id),
    }));
}

export function fabricationFlags(surveys: readonly FlagInput[], t: FlagThresholds): SurveyFlag[] {
  return [...gpsClusters(surveys, t), ...impossibleTimings(surveys, t), ...repeatedPhones(surveys, t)];
}
