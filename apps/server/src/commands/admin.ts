import { appendAudit, assertPasswordPolicy, type AuditCheckpoint, createCounty, hashPassword, verifyAudit } from '@duban/core';
import { newId, type Database } from '@duban/db';

/**
 * First administrator of a (new) county — how a PostgreSQL deployment, which starts empty, gets
 * its first login. Creates the county if no county of that name exists.
 */
export async function createAdmin(database: Database, input: { county: string; username: string; password: string; name: string; phone?: string }) {
  assertPasswordPolicy(input.password, input.username);
  return database.prisma.$transaction(async (tx) => {
    const county = (await tx.orgUnit.findFirst({ where: { level: 'county', name: input.county } })) ?? (await createCounty(tx, { name: input.county }));
    const role = await tx.role.findFirstOrThrow({ where: { countyId: county.id, key: 'county-admin' } });
    const personId = newId();
    await tx.person.create({ data: { countyId: county.id, id: personId, name: input.name, phone: input.phone ?? null, position: '系统管理员', orgUnitId: county.id } });
    const userId = newId();
    await tx.user.create({ data: { countyId: county.id, id: userId, username: input.username, passwordHash: await hashPassword(input.password), personId, mustChangePassword: true } });
    await tx.roleAssignment.create({ data: { countyId: county.id, id: newId(), userId, roleId: role.id, captureUnitId: county.id, viewUnitId: county.id } });
    await appendAudit(tx, { countyId: county.id, procedure: 'cli.create-admin', entityType: 'user', entityId: userId, orgUnitId: county.id, after: { username: input.username, name: input.name } });
    return { countyId: county.id, countyName: county.name, userId };
  });
}

export async function printAuditVerification(database: Database, checkpoints: AuditCheckpoint[]) {
  const result = await verifyAudit(database.prisma, { checkpoints });
  for (const a of result.anchored) process.stdout.write(`county=${a.countyId} checked against the checkpoint of ${a.at} (row ${a.seq})\n`);
  for (const c of result.unanchored) process.stdout.write(`WARNING county=${c} has no checkpoint yet: a chain rewritten or cut before its first checkpoint would not be seen\n`);
  for (const p of result.problems) process.stdout.write(`PROBLEM county=${p.countyId} seq=${p.seq} ${p.kind}: ${p.message}\n`);
  process.stdout.write(`verify-audit: ${result.counties} county chain(s), ${result.rows} row(s), ${result.problems.length} problem(s)\n`);
  return result.problems.length === 0;
}
