import { describe, expect, it } from 'vitest';
import { gpsClusters, impossibleTimings, repeatedPhones, type FlagInput } from './flags.ts';
import { distanceMeters, offsetPoint } from './geo.ts';

const origin = { lat: 29.5631, lon: 106.5516 };
const t0 = new Date('2026-05-10T02:00:00Z').getTime();
let n = 0;
const survey = (over: Partial<FlagInput> = {}): FlagInput => ({
  id: `s${String(++n).padStart(4, '0')}`, surveyorId: 'u1', surveyorName: '张三', capturedAt: new Date(t0 + n * 3_600_000), point: origin, phoneHash: `h${n}`, ...over,
});

describe('geo', () => {
  it('measures what it offsets', () => {
    expect(distanceMeters(origin, offsetPoint(origin, 30, 0))).toBeCloseTo(30, 1);
    expect(distanceMeters(origin, offsetPoint(origin, 0, 30))).toBeCloseTo(30, 1);
    expect(distanceMeters(origin, offsetPoint(origin, 3000, 4000))).toBeCloseTo(5000, -1);
  });
});

describe('many households at one GPS point', () => {
  const thresholds = { clusterRadiusMeters: 30, clusterMinSurveys: 5 };
  /** `count` surveys `meters` from the origin, spread evenly around it (or at the given degrees). */
  const around = (count: number, meters: number, degrees?: number[]) =>
    Array.from({ length: count }, (_, i) => {
      const a = ((degrees?.[i] ?? (360 * i) / count) * Math.PI) / 180;
      return survey({ point: offsetPoint(origin, meters * Math.cos(a), meters * Math.sin(a)) });
    });

  it('flags K surveys within N metres of one surveyed point, not K − 1', () => {
    // One household at the point and four at 29 m around it: five within 30 m.
    const atPoint = () => survey({ point: origin });
    const five = [atPoint(), ...around(4, 29)];
    const flags = gpsClusters(five, thresholds);
    expect(flags).toHaveLength(1);
    expect(new Set(flags[0]!.surveyIds)).toEqual(new Set(five.map((s) => s.id)));
    // The fifth at 31 m is outside: four at the point is below the threshold.
    expect(gpsClusters([atPoint(), ...around(3, 29, [0, 90, 270]), ...around(1, 31, [180])], thresholds)).toEqual([]);
  });

  it('counts only surveys within the radius of one point', () => {
    // Four near the point and one 200 m away: not five at one point.
    expect(gpsClusters([...around(4, 10), survey({ point: offsetPoint(origin, 200, 0) })], thresholds)).toEqual([]);
    // Houses 40 m apart along a street are no cluster even though they chain.
    const street = Array.from({ length: 12 }, (_, i) => survey({ point: offsetPoint(origin, 0, i * 40) }));
    expect(gpsClusters(street, thresholds)).toEqual([]);
  });

  it('reports one flag per crowded spot and ignores surveys without GPS', () => {
    const spotA = around(6, 5);
    const spotB = Array.from({ length: 5 }, () => survey({ point: offsetPoint(origin, 5000, 0) }));
    const flags = gpsClusters([...spotA, ...spotB, ...Array.from({ length: 6 }, () => survey({ point: null }))], thresholds);
    expect(flags.map((f) => f.surveyIds.length).sort()).toEqual([5, 6]);
  });

  it('finds neighbours across grid cells at the radius', () => {
    // Points exactly straddling cell boundaries still count: compare with brute force.
    const pts = Array.from({ length: 40 }, (_, i) => survey({ point: offsetPoint(origin, (i % 7) * 9, Math.floor(i / 7) * 9) }));
    const flags = gpsClusters(pts, { clusterRadiusMeters: 20, clusterMinSurveys: 9 });
    const covered = flags.flatMap((f) => f.surveyIds);
    expect(new Set(covered).size).toBe(covered.length);
    for (const f of flags) {
      if (f.kind !== 'gps_cluster') continue;
      for (const id of f.surveyIds) expect(distanceMeters(f.centre, pts.find((p) => p.id === id)!.point!)).toBeLessThanOrEqual(20);
    }
    expect(flags.length).toBeGreaterThan(0);
  });
});

describe('impossible timing', () => {
  const thresholds = { maxSpeedKmh: 60, minGapMinutes: 3 };

  it('flags consecutive surveys less than M minutes apart, not exactly M', () => {
    const a = survey({ capturedAt: new Date(t0) });
    const atM = survey({ capturedAt: new Date(t0 + 3 * 60_000) });
    expect(impossibleTimings([a, atM], thresholds)).toEqual([]);
    const b = survey({ capturedAt: new Date(t0) });
    const under = survey({ capturedAt: new Date(t0 + 3 * 60_000 - 1000) });
    const flags = impossibleTimings([b, under], thresholds);
    expect(flags).toMatchObject([{ kind: 'impossible_timing', reason: 'gap', surveyIds: [b.id, under.id] }]);
  });

  it('flags a distance faster than the plausible speed, not at it', () => {
    // 6 km in 6 minutes = 60 km/h: plausible; 6.1 km in 6 minutes: not.
    const a = survey({ capturedAt: new Date(t0), point: origin });
    const atSpeed = survey({ capturedAt: new Date(t0 + 6 * 60_000), point: offsetPoint(origin, 5999, 0) });
    expect(impossibleTimings([a, atSpeed], thresholds)).toEqual([]);
    const c = survey({ capturedAt: new Date(t0), point: origin });
    const tooFast = survey({ capturedAt: new Date(t0 + 6 * 60_000), point: offsetPoint(origin, 6100, 0) });
    const flags = impossibleTimings([c, tooFast], thresholds);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ reason: 'speed' });
    if (flags[0]!.kind === 'impossible_timing') expect(flags[0]!.speedKmh!).toBeGreaterThan(60);
  });

  it('compares each surveyor with themself only, in time order', () => {
    const a = survey({ surveyorId: 'u1', capturedAt: new Date(t0) });
    const b = survey({ surveyorId: 'u2', capturedAt: new Date(t0 + 60_000) });
    const c = survey({ surveyorId: 'u1', capturedAt: new Date(t0 + 60 * 60_000) });
    expect(impossibleTimings([c, b, a], thresholds)).toEqual([]);
  });
});

describe('repeated phone numbers', () => {
  it('flags a number on R surveys, not R − 1', () => {
    const list = [survey({ phoneHash: 'x' }), survey({ phoneHash: 'x' }), survey({ phoneHash: 'y' })];
    expect(repeatedPhones(list, { phoneRepeatMin: 3 })).toEqual([]);
    const flags = repeatedPhones([...list, survey({ phoneHash: 'x' })], { phoneRepeatMin: 3 });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'repeated_phone', phoneHash: 'x' });
    expect(flags[0]!.surveyIds).toHaveLength(3);
    expect(repeatedPhones(list, { phoneRepeatMin: 2 })).toHaveLength(1);
  });
});
