import { verifyAudit } from '@duban/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, seedSmallCounty, type TestApi } from '../src/testing/index.ts';

describe('audit hash chain', () => {
  let api: TestApi;
  let countyId: string;
  beforeAll(async () => {
    api = await createTestApi();
    countyId = (await seedSmallCounty(api.database, '甲县', 'a-', '111111')).county.id;
    const admin = await api.as('a-admin');
    for (const name of ['一', '二', '三', '四']) await admin.orgUnit.create({ parentId: countyId, name: `${name}局`, level: 'department' });
  });
  afterAll(() => api.close());

  // Tampering needs the append-only trigger out of the way, as a database administrator could.
  const tamper = (sql: string) =>
    api.database.sql.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; ${sql}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);

  it('verifies an untouched chain', async () => {
    const r = await verifyAudit(api.database.prisma);
    expect(r.problems).toEqual([]);
    expect(r.rows).toBeGreaterThan(5);
  });

  it('reports an edited row', async () => {
    await tamper(`UPDATE audit_log SET detail = 'nothing happened' WHERE county_id = '${countyId}' AND seq = 3`);
    const r = await verifyAudit(api.database.prisma);
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 3, kind: 'edited' }));
  });

  it('reports a deleted row', async () => {
    await tamper(`DELETE FROM audit_log WHERE county_id = '${countyId}' AND seq = 5`);
    const r = await verifyAudit(api.database.prisma);
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 6, kind: 'deleted' }));
  });

  it('reports an inserted row', async () => {
    const [last] = await api.database.sql.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_log WHERE county_id = '${countyId}' ORDER BY seq DESC LIMIT 1`);
    await tamper(`INSERT INTO audit_log (county_id, seq, at, procedure, outcome, prev_hash, hash) VALUES ('${countyId}', ${last!.seq + 1}, now(), 'orgUnit.create', 'ok', '${last!.hash}', 'forged')`);
    const r = await verifyAudit(api.database.prisma);
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: last!.seq + 1, kind: 'inserted' }));
  });
});
