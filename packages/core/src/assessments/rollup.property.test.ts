// Property: on random plans (methods, weights, bands, panels, missing scores, scores above the
// maximum, entries, metric values, vetoes, peer groups, a previous period), the set-based SQL
// roll-up gives exactly — digit for digit — what the pure rules give when applied unit by unit.
import { newId, type Database } from '@duban/db';
import { createTestDatabase } from '@duban/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentPlanConfig, IndicatorConfig } from './config.ts';
import { Dec } from './decimal.ts';
import { explainAssessmentUnit } from './explain.ts';
import { gradeOf } from './grades.ts';
import { loadAssessmentInputs } from './load-inputs.ts';
import { rankUnits } from './ranking.ts';
import { rollUpAssessment } from './rollup.ts';
import { computeAssessmentUnitScore, type AssessmentUnitInputs } from './unit-score.ts';

const hundredths = (min: number, max: number) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((x) => x / 100);
const METRICS = ['m.a', 'm.b'];

const indicatorArb = (key: string): fc.Arbitrary<IndicatorConfig> =>
  fc.oneof(
    { weight: 4, arbitrary: hundredths(1, 60).map((maxScore) => ({ key, name: key, method: 'manual' as const, maxScore })) },
    { weight: 2, arbitrary: fc.record({ maxScore: hundredths(1, 30), pointsPerOccurrence: hundredths(0.01, 12), metricKey: fc.constantFrom(null, 'm.a') }).map((r) => ({ key, name: key, method: 'deduction' as const, ...r })) },
    { weight: 1, arbitrary: hundredths(0.5, 10).map((maxScore) => ({ key, name: key, method: 'bonus' as const, maxScore })) },
    {
      weight: 2,
      arbitrary: fc.record({
        maxScore: hundredths(1, 40),
        metricKey: fc.constantFrom(...METRICS),
        noData: fc.constantFrom('zero' as const, 'full' as const, null),
        mapping: fc.oneof(
          fc.record({ kind: fc.constant('linear' as const), from: hundredths(-50, 150), to: hundredths(-50, 150) }),
          fc.record({
            kind: fc.constant('thresholds' as const),
            direction: fc.constantFrom('higher' as const, 'lower' as const),
            bands: fc.uniqueArray(fc.record({ bound: hundredths(-50, 150), points: hundredths(0, 45) }), { minLength: 1, maxLength: 4, selector: (b) => b.bound }),
          }),
        ),
      }).map((r) => ({ key, name: key, method: 'formula' as const, ...r })),
    },
  );

const configArb: fc.Arbitrary<AssessmentPlanConfig> = fc
  .record({
    components: fc.array(fc.record({ weight: hundredths(0, 100), categories: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 3 }),
    missingRule: fc.constantFrom('average_present' as const, 'zero' as const, 'block' as const),
    mins: fc.uniqueArray(hundredths(1, 99), { minLength: 1, maxLength: 3 }),
  })
  .chain(({ components, missingRule, mins }) => {
    let n = 0;
    const shapes = components.map((c, ci) => ({ ...c, key: `c${ci}`, cats: c.categories.map((count, gi) => ({ key: `c${ci}g${gi}`, keys: Array.from({ length: count }, () => `i${n++}`) })) }));
    return fc.tuple(...shapes.flatMap((c) => c.cats.flatMap((g) => g.keys.map((k) => indicatorArb(k))))).map((indicators) => {
      let i = 0;
      const sorted = [...mins].sort((a, b) => b - a);
      return {
        missingRule,
        gradeBands: [...sorted.map((min, bi) => ({ key: `g${bi}`, name: `等次${bi}`, min })), { key: 'low', name: '最低', min: 0 }],
        vetoRules: [{ key: 'v1', name: '否决一', kind: 'manual' as const }, { key: 'v2', name: '否决二', kind: 'manual' as const }],
        components: shapes.map((c) => ({
          key: c.key, name: c.key, kind: 'other' as const, weight: c.weight,
          categories: c.cats.map((g) => ({ key: g.key, name: g.key, indicators: g.keys.map(() => indicators[i++]!) })),
        })),
      } satisfies AssessmentPlanConfig;
    });
  });

const worldArb = fc.record({
  config: configArb,
  unitCount: fc.integer({ min: 1, max: 12 }),
  groups: fc.array(fc.constantFrom('甲组', '乙组', '丙组'), { minLength: 12, maxLength: 12 }),
  panelMask: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

/** A small deterministic generator for the data (fast-check shrinks the world's shape; values follow the seed). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

/** A county with 12 townships and 3 users — all the roll-up's foreign keys need. */
async function world(database: Database) {
  const db = database.prisma;
  const countyId = newId();
  await db.orgUnit.create({ data: { countyId, id: countyId, level: 'county', name: '测试县', path: `/${countyId}/`, depth: 0 } });
  const all = Array.from({ length: 12 }, (_, i) => ({ id: newId(), name: `乡镇${i + 1}` }));
  await db.orgUnit.createMany({ data: all.map((u) => ({ countyId, id: u.id, level: 'township' as const, name: u.name, parentId: countyId, path: `/${countyId}/${u.id}/`, depth: 1 })) });
  const assessors: string[] = [];
  for (const n of [1, 2, 3]) {
    const personId = newId();
    const userId = newId();
    await db.person.create({ data: { countyId, id: personId, name: `评委${n}`, orgUnitId: countyId } });
    await db.user.create({ data: { countyId, id: userId, username: `judge${n}_${countyId.slice(0, 6)}`, passwordHash: 'x', personId } });
    assessors.push(userId);
  }
  return { countyId, all, assessors, owner: countyId };
}

describe('set-based roll-up = pure rules (property)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('agrees on totals, components, grades, vetoes, ranks and previous-period figures', async () => {
    const db = database.prisma;
    const { countyId, all, assessors, owner } = await world(database);

    await fc.assert(
      fc.asyncProperty(worldArb, async ({ config, unitCount, groups, panelMask, seed }) => {
        const r = rng(seed);
        const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
        const units = all.slice(0, unitCount).map((u, i) => ({ id: u.id, group: groups[i]! }));
        const panel = assessors.filter((_, i) => panelMask[i]);
        const indicators = config.components.flatMap((c) => c.categories.flatMap((g) => g.indicators));
        const planId = newId();
        const prevPlanId = newId();
        const versionId = newId();
        const prevVersionId = newId();
        const period = { periodStart: new Date('2026-01-01T00:00:00Z'), periodEnd: new Date('2027-01-01T00:00:00Z') };
        const base = { countyId, ownerUnitId: owner, unitSelection: {}, ...period };
        await db.assessmentPlan.create({ data: { ...base, id: prevPlanId, name: '上期', year: 2025 } });
        await db.assessmentVersion.create({ data: { countyId, id: prevVersionId, planId: prevPlanId, number: 1, status: 'draft', config: {} } });
        await db.assessmentPlan.create({ data: { ...base, id: planId, name: '本期', year: 2026, previousPlanId: prevPlanId } });
        await db.assessmentVersion.create({ data: { countyId, id: versionId, planId, number: 1, status: 'active', config: config as object } });
        await db.assessmentUnit.createMany({ data: units.map((u, i) => ({ countyId, id: newId(), planId, orgUnitId: u.id, peerGroup: u.group, sortOrder: i })) });
        await db.assessmentAssessor.createMany({ data: panel.map((userId) => ({ countyId, planId, userId })) });

        // Previous period: some units have a published result.
        const prev = units.filter(() => r() < 0.7).map((u) => ({ orgUnitId: u.id, total: Math.round(r() * 10000) / 100, rank: 1 + Math.floor(r() * 5), groupSize: 5 }));
        await db.assessmentResult.createMany({ data: prev.map((p) => ({ countyId, versionId: prevVersionId, orgUnitId: p.orgUnitId, peerGroup: 'x', total: p.total, components: [], rank: p.rank, groupSize: p.groupSize, computedAt: new Date() })) });
        await db.assessmentVersion.update({ where: { countyId_id: { countyId, id: prevVersionId } }, data: { status: 'published' } });

        const inputs = new Map<string, AssessmentUnitInputs>(units.map((u) => [u.id, { orgUnitId: u.id, peerGroup: u.group, scores: new Map(), entries: new Map(), metrics: new Map(), vetoes: [] }]));
        const scoreRows = [];
        const entryRows = [];
        const metricRows = [];
        const vetoRows = [];
        for (const u of units) {
          const inp = inputs.get(u.id)!;
          for (const ind of indicators) {
            if (ind.method === 'manual') {
              // Every user may have scored; only panel members count. Some scores exceed the maximum.
              for (const a of assessors) {
                if (r() < 0.25) continue;
                const score = Math.round(r() * ind.maxScore * 120) / 100;
                scoreRows.push({ countyId, planId, orgUnitId: u.id, indicatorKey: ind.key, assessorId: a, score });
                if (panel.includes(a)) inp.scores.set(ind.key, [...(inp.scores.get(ind.key) ?? []), { assessorId: a, score: Dec.of(score) }]);
              }
            }
            if ((ind.method === 'deduction' || ind.method === 'bonus') && r() < 0.6) {
              for (let k = 0; k < 1 + Math.floor(r() * 2); k++) {
                const count = ind.method === 'deduction' ? 1 + Math.floor(r() * 4) : 0;
                const points = ind.method === 'bonus' ? Math.round(r() * 600) / 100 : 0;
                entryRows.push({ countyId, id: newId(), planId, orgUnitId: u.id, indicatorKey: ind.key, kind: ind.method, count, points, note: 'x' });
                inp.entries.set(ind.key, [...(inp.entries.get(ind.key) ?? []), { kind: ind.method, count, points: Dec.of(points) }]);
              }
            }
          }
          for (const key of METRICS) {
            const roll = r();
            if (roll < 0.15) continue; // no row: no value
            const value = roll < 0.3 ? null : Dec.of((Math.round(r() * 200_000_000) - 50_000_000) / 1_000_000).round(6);
            metricRows.push({ countyId, planId, orgUnitId: u.id, metricKey: key, value: value?.toString() ?? null, computedAt: new Date() });
            inp.metrics.set(key, value);
          }
          for (let k = 0; k < (r() < 0.3 ? 1 + Math.floor(r() * 2) : 0); k++) {
            const v = { countyId, id: newId(), planId, orgUnitId: u.id, ruleKey: pick(['v1', 'v2', 'v9']), source: 'manual' as const, reason: `理由${k}`, createdAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(r() * 3))) };
            vetoRows.push(v);
            inp.vetoes.push({ id: v.id, ruleKey: v.ruleKey, reason: v.reason, createdAt: v.createdAt });
          }
        }
        await db.assessmentScore.createMany({ data: scoreRows });
        await db.assessmentEntry.createMany({ data: entryRows });
        await db.assessmentMetricValue.createMany({ data: metricRows });
        await db.assessmentVeto.createMany({ data: vetoRows });

        await db.$transaction((tx) => rollUpAssessment(tx, { countyId, id: planId, previousPlanId: prevPlanId, ...period }, { id: versionId, config }, new Date()));
        const rows = await db.assessmentResult.findMany({ where: { countyId, versionId } });

        // The reference: the pure rules, one unit at a time, then ranked in memory.
        const ref = new Map([...inputs.values()].map((inp) => [inp.orgUnitId, computeAssessmentUnitScore(config, panel.length, inp)]));
        const ranks = rankUnits([...ref.values()].map((s) => ({ id: s.orgUnitId, peerGroup: s.peerGroup, total: s.total, vetoed: s.vetoed })));
        expect(rows).toHaveLength(units.length);
        for (const row of rows) {
          const s = ref.get(row.orgUnitId)!;
          const p = prev.find((x) => x.orgUnitId === row.orgUnitId);
          const got = {
            exact: row.exactTotal === null ? null : Dec.of(row.exactTotal).toString(),
            total: row.total === null ? null : Dec.of(row.total).toFixed(2),
            components: (row.components as { key: string; exact: string }[]).map((c) => `${c.key}=${Dec.of(c.exact).toString()}`),
            grade: row.grade, vetoed: row.vetoed, reasons: row.vetoReasons, rank: row.rank, groupSize: row.groupSize, complete: row.complete,
            missing: row.missingScores, prevTotal: row.prevTotal === null ? null : Dec.of(row.prevTotal).toFixed(2), prevRank: row.prevRank,
          };
          const want = {
            exact: s.exactTotal?.toString() ?? null,
            total: s.total?.toFixed(2) ?? null,
            components: s.components.map((c) => `${c.key}=${c.exact.toString()}`),
            grade: gradeOf(config.gradeBands, s.total, s.vetoed)?.key ?? null, vetoed: s.vetoed, reasons: s.vetoReasons,
            rank: ranks.get(s.orgUnitId)!.rank, groupSize: ranks.get(s.orgUnitId)!.groupSize, complete: s.complete, missing: s.missingScores,
            prevTotal: p ? Dec.of(p.total).toFixed(2) : null, prevRank: p?.rank ?? null,
          };
          expect(got).toEqual(want);
        }
        // The explanation path (loader + rules) lands on the same exact totals.
        const loaded = await loadAssessmentInputs(db, countyId, planId);
        for (const row of rows) {
          const e = explainAssessmentUnit(config, loaded.units.get(row.orgUnitId)!, {
            planId, version: { id: versionId, number: 1, status: 'active' }, orgUnit: { id: row.orgUnitId, name: '', path: '' }, panel: loaded.panel,
            metricInfo: (k) => ({ name: k, unit: '' }), placement: { rank: row.rank, tied: false, groupSize: row.groupSize, previous: null },
          });
          expect(e.exactTotal).toBe(row.exactTotal === null ? null : Dec.of(row.exactTotal).toString());
        }
        await db.assessmentResult.deleteMany({ where: { countyId, versionId } });
        await db.assessmentPlan.delete({ where: { countyId_id: { countyId, id: planId } } });
        await database.sql.exec(`ALTER TABLE assessment_version DISABLE TRIGGER assessment_version_published_immutable; ALTER TABLE assessment_result DISABLE TRIGGER assessment_result_published_immutable;`);
        await db.assessmentPlan.delete({ where: { countyId_id: { countyId, id: prevPlanId } } });
        await database.sql.exec(`ALTER TABLE assessment_version ENABLE TRIGGER assessment_version_published_immutable; ALTER TABLE assessment_result ENABLE TRIGGER assessment_result_published_immutable;`);
      }),
      { numRuns: Number(process.env.DUBAN_PROPERTY_RUNS ?? 40) },
    );
  }, 300_000);
});
