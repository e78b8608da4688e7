// F6, PostgreSQL: the role the server connects as could switch the append-only trigger off
// (`ALTER TABLE audit_log DISABLE TRIGGER …`) because it owned the table. After `duban
// secure-audit` a separate owner role holds the table and the trigger; the app may only read and
// append. Runs where a PostgreSQL server is given (DUBAN_TEST_PG_URL, as in CI).
import { appendAudit, verifyAudit } from '@duban/core';
import { openDatabase, type Database } from '@duban/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureAudit } from '../src/commands/secure-audit.ts';

const adminUrl = process.env.DUBAN_TEST_PG_URL;
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const appRole = `duban_app_${suffix}`;
const ownerRole = `duban_audit_owner_${suffix}`;
const dbName = `duban_secure_${suffix}`;
const withDb = (url: string, user?: string) => {
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  if (user) u.username = user;
  return u.toString();
};

describe.skipIf(!adminUrl)('audit table ownership on PostgreSQL', () => {
  let admin: Database;
  let app: Database;
  beforeAll(async () => {
    admin = await openDatabase({ databaseUrl: adminUrl });
    // A non-superuser that owns its database and migrates it, as a deployment's DATABASE_URL does.
    await admin.sql.exec(`CREATE ROLE ${appRole} LOGIN`);
    await admin.sql.exec(`CREATE DATABASE ${dbName} OWNER ${appRole}`);
    app = await openDatabase({ databaseUrl: withDb(adminUrl!, appRole) });
    await app.migrate();
  });
  afterAll(async () => {
    await app?.close();
    await admin.sql.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.sql.exec(`DROP ROLE IF EXISTS ${appRole}`);
    await admin.sql.exec(`DROP ROLE IF EXISTS ${ownerRole}`);
    await admin.close();
  });

  it('before secure-audit the app role can disable the trigger (the finding)', async () => {
    await app.sql.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  });

  it('after secure-audit the app role cannot disable, drop or bypass it, and still appends', async () => {
    await secureAudit(withDb(adminUrl!), appRole, ownerRole);
    await expect(app.sql.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only')).rejects.toThrow(/must be owner/);
    await expect(app.sql.exec('DROP TRIGGER audit_log_append_only ON audit_log')).rejects.toThrow(/must be owner/);
    await expect(app.sql.exec('ALTER FUNCTION audit_log_refuse_change() RENAME TO gone')).rejects.toThrow(/must be owner/);
    await expect(app.sql.exec('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(app.sql.exec('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);

    const countyId = '00000000-0000-4000-8000-000000000001';
    await app.prisma.$transaction((tx) => appendAudit(tx, { countyId, procedure: 'test.append' }));
    await app.prisma.$transaction((tx) => appendAudit(tx, { countyId, procedure: 'test.append' }));
    await expect(app.sql.exec(`UPDATE audit_log SET detail = 'forged' WHERE county_id = '${countyId}'`)).rejects.toThrow(/permission denied/);
    await expect(app.sql.exec(`DELETE FROM audit_log WHERE county_id = '${countyId}'`)).rejects.toThrow(/permission denied/);
    const r = await verifyAudit(app.prisma);
    expect(r.problems).toEqual([]);
    expect(r.rows).toBe(2);
  });
});
