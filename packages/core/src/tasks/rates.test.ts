import { createTestDatabase, testDatabaseKind } from '@duban/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskRates } from './rates.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const period = { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') };

/**
 * The source's bureau: 22 proposals (人大建议 / 政协提案), every proposer met, 21 of 22 satisfied
 * ("见面率100%, 满意率95%"), beside 68 complaints that nobody "meets" — they have their own
 * 处理率 and 结案率 (complaints/rates.ts) and must not dilute 见面率.
 */
async function seedBureau(db: Db) {
  await db.sql.exec(`
    INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at) VALUES ('c1', 'c1', 'county', '县', '/c1/', 0, now());
    INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at) VALUES ('c1', 'b1', 'department', '水利局', 'c1', '/c1/b1/', 1, now());
    INSERT INTO task (county_id, id, serial, kind, title, supervising_unit_id, responsible_unit_id, deadline, status, met, satisfaction, created_at, updated_at)
      SELECT 'c1', 'p' || n, 'P' || n, CASE WHEN n <= 12 THEN 'npc_proposal' ELSE 'cppcc_proposal' END, '建议', 'c1', 'b1', '2026-07-01', 'closed', true,
             CASE WHEN n = 22 THEN 'unsatisfied' ELSE 'satisfied' END, '2026-03-01', now()
        FROM generate_series(1, 22) n;
    INSERT INTO task (county_id, id, serial, kind, channel, title, supervising_unit_id, responsible_unit_id, deadline, status, met, created_at, updated_at)
      SELECT 'c1', 'q' || n, 'Q' || n, 'complaint', '12345', '投诉', 'c1', 'b1', '2026-07-01', 'closed', false, '2026-03-01', now()
        FROM generate_series(1, 68) n;`);
}

describe(`见面率 and 满意率 (${testDatabaseKind()})`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedBureau(db);
  }, 120_000);
  afterAll(() => db.close());

  it('见面率 counts the 22 proposals only: 22 of 22 met is 100%, whatever the 68 complaints say', async () => {
    // Before the fix complaints were in the denominator: 22 / 90 = 24.44%.
    const r = (await db.prisma.$transaction((tx) => taskRates(tx, 'c1', ['b1'], period)))?.get('b1');
    expect(r).toMatchObject({ total: 90, proposals: 22, met: 22, meetingRate: 100 });
  });

  it('one proposer short of met is 95.45%, 满意率 21 of 22 is 95.45% (the source prints 95%)', async () => {
    await db.sql.exec(`UPDATE task SET met = false WHERE id = 'p1'`);
    const r = (await db.prisma.$transaction((tx) => taskRates(tx, 'c1', ['b1'], period))).get('b1')!;
    expect([r.meetingRate, r.rated, r.satisfied, r.satisfactionRate]).toEqual([95.45, 22, 21, 95.45]);
    await db.sql.exec(`UPDATE task SET met = true WHERE id = 'p1'`);
  });
});
