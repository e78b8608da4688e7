import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoCounty, localFileStore, localPeriod, phoneProtector, seedCounty, seedDemoInspections, seedDemoSurveys, surveyFlags, surveySettings } from '@duban/core';
import { createTestDatabase } from '@duban/db/testing';
import type { Database } from '@duban/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The demo county's surveys must show every feature on first start: quotas met and missed, and
// each fabrication flag tripped by the seeded data (not by a test).
describe('demo household surveys', () => {
  let database: Database;
  let countyId: string;
  let result: Awaited<ReturnType<typeof seedDemoSurveys>>;
  const now = new Date();

  beforeAll(async () => {
    database = await createTestDatabase();
    const seeded = await seedCounty(database.prisma, buildDemoCounty());
    countyId = seeded.county.id;
    const files = localFileStore(mkdtempSync(join(tmpdir(), 'duban-files-')));
    // As apps/server seeds the demo: the inspections demo (groups, visits) first, surveys on top.
    await database.prisma.$transaction((tx) => seedDemoInspections(tx, { countyId, files }), { timeout: 300_000 });
    result = await database.prisma.$transaction((tx) => seedDemoSurveys(tx, { countyId, phones: phoneProtector(randomBytes(32)), files, now }), { timeout: 300_000 });
  }, 300_000);
  afterAll(() => database.close());

  it('seeds a few hundred surveys, two forms and a call-back draw with outcomes', async () => {
    expect(result.surveys).toBeGreaterThan(300);
    expect(result.forms).toBe(2);
    const outcomes = await database.prisma.surveyCallback.groupBy({ by: ['outcome'], where: { countyId }, _count: { _all: true } });
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set([null, 'reached_confirmed', 'reached_denied', 'unreachable']));
  });

  it('trips each fabrication flag last month', async () => {
    const d = new Date(now.getTime() + 8 * 3_600_000);
    const month = d.getUTCMonth() === 0 ? { year: d.getUTCFullYear() - 1, month: 12 } : { year: d.getUTCFullYear(), month: d.getUTCMonth() };
    const flags = await surveyFlags(database.prisma, countyId, [`/${countyId}/`], localPeriod(month.year, month.month), await surveySettings(database.prisma, countyId));
    const kinds = flags.map((f) => (f.kind === 'impossible_timing' ? `${f.kind}:${f.reason}` : f.kind));
    expect(new Set(kinds)).toEqual(new Set(['gps_cluster', 'impossible_timing:gap', 'impossible_timing:speed', 'repeated_phone']));
    // Regular households are spread out: the only flags are the planted ones.
    expect(kinds.length).toBe(4);
  });
});
