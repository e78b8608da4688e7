import { Prisma } from '@duban/db';
import { createTestDatabase, realisticOrgTreeSql, testDatabaseKind } from '@duban/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskRates, taskRatesSql } from '../tasks/rates.ts';
import { pathWithin } from './subtree-sql.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

/**
 * A county shaped like the demo one — 31 townships, 10–11 villages each (≈ 320), 6–7 groups per
 * village (≈ 2,000) — beside 9 more counties of the same shape (≈ 24,000 units), and 3,000 tasks
 * per county at every level. Built in SQL: the point is the planner at realistic size.
 */
async function seedRealisticTree(db: Db) {
  await db.sql.exec(`
    ${realisticOrgTreeSql(10)}
    INSERT INTO task (county_id, id, serial, kind, title, supervising_unit_id, responsible_unit_id, deadline, status, met, created_at, updated_at)
      SELECT u.county_id, 'k' || u.id || '-' || n, 'S' || u.id || '-' || n, 'rectification', '事项', u.county_id, u.id,
             now() + ((n % 20) - 10) * interval '1 day', (CASE WHEN n % 3 = 0 THEN 'closed' ELSE 'handed_over' END)::"TaskStatus", n % 2 = 0, now() - interval '3 days', now()
        FROM (SELECT *, row_number() OVER (PARTITION BY county_id ORDER BY id) AS r FROM org_unit WHERE level <> 'county') u, generate_series(1, 2) n
       WHERE u.r <= 1500;
  `);
}

const plan = async (db: Db, query: Prisma.Sql) =>
  (await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${query.text}`, ...query.values)).map((r) => r['QUERY PLAN']).join('\n');

describe(`subtree queries use the path index (${testDatabaseKind()})`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedRealisticTree(db);
  }, 120_000);
  afterAll(() => db.close());

  for (const stats of ['without statistics', 'after ANALYZE'] as const) {
    it(`scans a township's subtree by index range, ${stats}`, async () => {
      if (stats === 'after ANALYZE') await db.sql.exec('ANALYZE');
      const township = Prisma.sql`SELECT id FROM org_unit d WHERE d.county_id = ${'c4'} AND ${pathWithin('d', '/c4/c4t17/')}`;
      expect(await plan(db, township)).toContain('org_unit_path_pattern_idx');
      // Prisma's `path: { startsWith }` filters (task visibility) bind a LIKE pattern: same index.
      const like = Prisma.sql`SELECT id FROM org_unit WHERE county_id = ${'c4'} AND path LIKE ${'/c4/c4t17/%'}`;
      expect(await plan(db, like)).toContain('org_unit_path_pattern_idx');
      const rows = await db.prisma.$queryRaw<{ id: string }[]>(township);
      // c4t17: 10 villages (an 11th only for townships ending in 1 or 3), 6 groups each, a 7th in v2, v5, v8.
      expect(rows).toHaveLength(1 + 10 + 10 * 6 + 3);
    }, 60_000);
  }

  it('rolls tasks up from the facts (units found by key), equal to a hand-written GROUP BY', async () => {
    const period = { start: new Date(Date.now() - 30 * 86_400_000), end: new Date(Date.now() + 86_400_000) };
    const townships = Array.from({ length: 31 }, (_, i) => `c4t${i + 1}`);
    const text = await plan(db, taskRatesSql('c4', ['c4', ...townships], period, new Date()));
    expect(text).toContain('org_unit_pkey');
    expect(text).not.toMatch(/left\(/);
    const rates = await taskRates(db.prisma, 'c4', ['c4', ...townships], period);
    const byTownship = await db.sql.query<{ township: string; total: string; closed: string }>(
      `SELECT split_part(d.path, '/', 3) AS township, count(*) AS total, count(*) FILTER (WHERE t.status = 'closed') AS closed
         FROM task t JOIN org_unit d ON d.county_id = t.county_id AND d.id = t.responsible_unit_id
        WHERE t.county_id = 'c4' GROUP BY 1`,
    );
    for (const t of townships) {
      const hand = byTownship.find((r) => r.township === t);
      expect([rates.get(t)?.total, rates.get(t)?.closed]).toEqual([Number(hand?.total ?? 0), Number(hand?.closed ?? 0)]);
    }
    expect(rates.get('c4')?.total).toBe(3000);
  }, 60_000);
});
