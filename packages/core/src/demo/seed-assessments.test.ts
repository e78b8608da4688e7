import { createTestDatabase } from '@duban/db/testing';
import { describe, expect, it } from 'vitest';
import '../assessments/index.ts';
import { buildDemoCounty } from './county-data.ts';
import { seedDemoAssessments } from './seed-assessments.ts';
import { seedCounty } from './seed-county.ts';

describe('demo assessments', () => {
  it('publishes 2025 for all 31 townships and leaves 2026 in scoring with year-on-year change', async () => {
    const database = await createTestDatabase();
    try {
      const seeded = await seedCounty(database.prisma, buildDemoCounty());
      const countyId = seeded.county.id;
      const r = await database.prisma.$transaction(
        (tx) => seedDemoAssessments(tx, { countyId, officeId: seeded.seeded.departments.get('assessment-office')!.id, password: 'Duban2026', now: new Date('2026-11-20T00:00:00Z') }),
        { timeout: 300_000 },
      );
      expect(r).toEqual({ plans: 2, published: 31, scoring: 31 });
      const plans = await database.prisma.assessmentPlan.findMany({ where: { countyId }, orderBy: { year: 'asc' }, include: { versions: { include: { results: true } } } });
      expect(plans.map((p) => [p.year, p.status])).toEqual([[2025, 'published'], [2026, 'scoring']]);
      const r25 = plans[0]!.versions[0]!.results;
      expect(r25.every((x) => x.explanation !== null)).toBe(true);
      expect(r25.filter((x) => x.vetoed)).toHaveLength(1);
      expect(new Set(r25.map((x) => x.grade))).toEqual(new Set(['excellent', 'pass', 'fail']));
      // A tie (并列) in some peer group.
      const ranks = r25.map((x) => `${x.peerGroup}/${x.rank}`);
      expect(ranks.length - new Set(ranks).size).toBeGreaterThan(0);
      const r26 = plans[1]!.versions[0]!.results;
      expect(r26.every((x) => x.prevTotal !== null && x.prevRank !== null)).toBe(true);
      expect(r26.some((x) => x.missingScores > 0)).toBe(true);
      expect(await database.prisma.assessmentProblem.count({ where: { countyId, planId: plans[0]!.id } })).toBe(3);
    } finally {
      await database.close();
    }
  }, 300_000);
});
