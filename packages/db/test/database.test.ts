import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/testing/index.ts';
import { newId } from '../src/index.ts';

describe('test database', async () => {
  const db = await createTestDatabase();
  afterAll(() => db.close());

  it('is migrated and usable through Prisma', async () => {
    const countyId = newId();
    await db.prisma.orgUnit.create({
      data: { countyId, id: countyId, level: 'county', name: '测试县', path: `/${countyId}/`, depth: 0 },
    });
    const found = await db.prisma.orgUnit.findMany({ where: { countyId } });
    expect(found.map((u) => u.name)).toEqual(['测试县']);
  });

  it('applies migrations only once', async () => {
    expect(await db.migrate()).toEqual([]);
  });

  it('refuses to edit or delete audit rows', async () => {
    await db.sql.exec(
      `INSERT INTO audit_log (county_id, seq, at, procedure, outcome, prev_hash, hash) VALUES ('c', 1, now(), 'x', 'ok', '', 'h')`,
    );
    await expect(db.sql.exec(`UPDATE audit_log SET outcome = 'denied'`)).rejects.toThrow(/append-only/);
    await expect(db.sql.exec(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
