// F6: the chain is keyed and anchored. Someone holding only the database (its credentials, the
// trigger switched off) edits a row and recomputes the chain as the old rule allowed, or cuts the
// tail together with its head; the audit key and the signed checkpoints outside the database
// give both away.
import { auditHash, GENESIS_HASH, signCheckpoint, takeCheckpoints, verifyAudit, type AuditCheckpoint } from '@duban/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, seedSmallCounty, type TestApi } from '../src/testing/index.ts';

describe('keyed, anchored audit chain', () => {
  let api: TestApi;
  let countyId: string;
  let checkpoints: AuditCheckpoint[];

  const tamper = (sql: string) =>
    api.database.sql.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; ${sql}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);

  /** What an attacker without the key can do: rewrite every row's links and hashes with plain SHA-256. */
  async function recomputeWithoutKey(claimKeyedFrom: number | null) {
    const rows = await api.database.prisma.auditLog.findMany({ where: { countyId }, orderBy: { seq: 'asc' } });
    let prev = GENESIS_HASH;
    const updates: string[] = [];
    for (const row of rows) {
      const hash = auditHash({ ...row, prevHash: prev }, false);
      updates.push(`UPDATE audit_log SET prev_hash = '${prev}', hash = '${hash}' WHERE county_id = '${countyId}' AND seq = ${row.seq}`);
      prev = hash;
    }
    const last = rows.at(-1)!;
    updates.push(`UPDATE audit_head SET hash = '${prev}', seq = ${last.seq}${claimKeyedFrom ? `, keyed_from_seq = ${claimKeyedFrom}` : ''} WHERE county_id = '${countyId}'`);
    await tamper(updates.join(';\n'));
  }

  beforeAll(async () => {
    api = await createTestApi();
    countyId = (await seedSmallCounty(api.database, '甲县', 'a-', '111111')).county.id;
    const admin = await api.as('a-admin');
    for (const name of ['一', '二', '三', '四', '五', '六']) await admin.orgUnit.create({ parentId: countyId, name: `${name}局`, level: 'department' });
    checkpoints = await takeCheckpoints(api.database.prisma);
    // Two more rows after the checkpoint: the keyed tail the checkpoint does not cover yet.
    await admin.orgUnit.create({ parentId: countyId, name: '七局', level: 'department' });
    await admin.orgUnit.create({ parentId: countyId, name: '八局', level: 'department' });
  });
  afterAll(() => api.close());

  it('verifies the untouched chain against its checkpoint', async () => {
    const r = await verifyAudit(api.database.prisma, { checkpoints });
    expect(r.problems).toEqual([]);
    expect(r.anchored).toEqual([expect.objectContaining({ countyId, seq: checkpoints[0]!.seq })]);
    expect(r.rows).toBeGreaterThan(checkpoints[0]!.seq);
  });

  it('rows are HMAC-keyed: a chain recomputed without the key fails even without a checkpoint', async () => {
    const snapshot = await api.database.sql.query<{ seq: number; prev_hash: string; hash: string }>(`SELECT seq, prev_hash, hash FROM audit_log WHERE county_id = '${countyId}' ORDER BY seq`);
    await tamper(`UPDATE audit_log SET detail = 'nothing happened' WHERE county_id = '${countyId}' AND seq = 3`);
    await recomputeWithoutKey(null);
    const r = await verifyAudit(api.database.prisma);
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 3, kind: 'edited' }));
    expect(r.problems.filter((p) => p.kind === 'edited').length).toBe(snapshot.length);
  });

  it('moving the key boundary to make every row "old" is caught by the checkpoint', async () => {
    await recomputeWithoutKey(100_000);
    // Without a checkpoint the database's own word would be believed:
    expect((await verifyAudit(api.database.prisma)).problems).toEqual([]);
    const r = await verifyAudit(api.database.prisma, { checkpoints });
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'checkpoint-mismatch', seq: 100_000 }));
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'edited', seq: 1 }));
  });

  it('a truncated tail, head moved back with it, is caught by the checkpoint', async () => {
    const fresh = await createTestApi();
    try {
      const county = (await seedSmallCounty(fresh.database, '乙县', 'b-', '222222')).county.id;
      const admin = await fresh.as('b-admin');
      for (const name of ['一', '二', '三']) await admin.orgUnit.create({ parentId: county, name: `${name}局`, level: 'department' });
      const anchor = await takeCheckpoints(fresh.database.prisma);
      const head = anchor[0]!;
      const [keep] = await fresh.database.sql.query<{ hash: string }>(`SELECT hash FROM audit_log WHERE county_id = '${county}' AND seq = ${head.seq - 3}`);
      await fresh.database.sql.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
        DELETE FROM audit_log WHERE county_id = '${county}' AND seq > ${head.seq - 3};
        UPDATE audit_head SET seq = ${head.seq - 3}, hash = '${keep!.hash}' WHERE county_id = '${county}';
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
      expect((await verifyAudit(fresh.database.prisma)).problems).toEqual([]);
      const r = await verifyAudit(fresh.database.prisma, { checkpoints: anchor });
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'truncated', seq: head.seq - 3 })]);
    } finally {
      await fresh.close();
    }
  });

  it('a checkpoint not signed with the audit key is reported, not trusted', async () => {
    const forged = { ...checkpoints[0]!, seq: 2 };
    const r = await verifyAudit(api.database.prisma, { checkpoints: [forged] });
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'checkpoint-forged' }));
    expect(signCheckpoint({ ...forged }).mac).not.toBe(forged.mac);
  });
});

describe('rows written before the key existed', () => {
  it('keep the plain SHA-256 rule up to the recorded boundary, and keyed rows follow', async () => {
    const api = await createTestApi();
    try {
      const countyId = (await seedSmallCounty(api.database, '丙县', 'c-', '333333')).county.id;
      // Rewrite the chain as a release before the key would have written it, and record the boundary
      // as the migration does (keyed from the next row).
      const rows = await api.database.prisma.auditLog.findMany({ where: { countyId }, orderBy: { seq: 'asc' } });
      let prev = GENESIS_HASH;
      const sql: string[] = ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only'];
      for (const row of rows) {
        const hash = auditHash({ ...row, prevHash: prev }, false);
        sql.push(`UPDATE audit_log SET prev_hash = '${prev}', hash = '${hash}' WHERE county_id = '${countyId}' AND seq = ${row.seq}`);
        prev = hash;
      }
      sql.push(`UPDATE audit_head SET hash = '${prev}', keyed_from_seq = seq + 1 WHERE county_id = '${countyId}'`, 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      await api.database.sql.exec(sql.join(';\n'));
      const admin = await api.as('c-admin');
      await admin.orgUnit.create({ parentId: countyId, name: '新局', level: 'department' });
      const r = await verifyAudit(api.database.prisma, { checkpoints: await takeCheckpoints(api.database.prisma) });
      expect(r.problems).toEqual([]);
      expect(r.rows).toBeGreaterThan(rows.length);
      const [last] = await api.database.sql.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_log WHERE county_id = '${countyId}' ORDER BY seq DESC LIMIT 1`);
      const lastRow = (await api.database.prisma.auditLog.findFirstOrThrow({ where: { countyId, seq: last!.seq } }));
      expect(auditHash(lastRow, false)).not.toBe(last!.hash);
      expect(auditHash(lastRow, true)).toBe(last!.hash);
    } finally {
      await api.close();
    }
  });
});
