// Issue 12, F1: a department administrator of 县委办督查室 reset the county administrator's
// password (user.resetPassword is scoped to the unit of the target's person record) and signed in
// as them. Managing an account now needs every permission the account's roles grant.
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/testing/index.ts';
import { useTestCounty } from './county-fixture.ts';

describe('account management cannot take over a stronger account (F1)', () => {
  const t = useTestCounty();

  /** The normal step of the finding: the county admin makes a department admin for 督查室. */
  async function supervisionOfficeAdmin(username: string) {
    const admin = await t.api.as('a-admin');
    const office = await t.api.database.prisma.orgUnit.findFirstOrThrow({ where: { name: '县委办督查室' } });
    const deptAdminRole = (await admin.role.list()).find((r) => r.key === 'department-admin')!;
    const person = await admin.person.create({ orgUnitId: office.id, name: `部门管理员${username}`, phone: '13900000001', position: '科员' });
    await admin.user.create({ personId: person.id, username, password: 'Initial-2026-pass', roleId: deptAdminRole.id });
    return { admin, office, caller: await t.api.firstLogin(username, 'Initial-2026-pass') };
  }
  const userId = (username: string) => t.api.database.prisma.user.findUniqueOrThrow({ where: { username } }).then((u) => u.id);

  it('refuses to reset the county admin’s password, and the old password still signs in', async () => {
    const { caller } = await supervisionOfficeAdmin('zzdeptadm');
    const adminId = await userId('a-admin');
    await expect(caller.user.resetPassword({ userId: adminId, newPassword: 'Pwned-2026-takeover' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(t.api.as('a-admin', { password: 'Pwned-2026-takeover' })).rejects.toMatchObject({ key: 'errors.login.invalid' });
    await expect(t.api.as('a-admin')).resolves.toBeDefined();
  });

  it('refuses the other account operations on stronger accounts (disable, enable, assign, revoke, archive)', async () => {
    const { caller } = await supervisionOfficeAdmin('zzdeptadm2');
    const duchashiId = await userId('a-duchashi');
    await expect(caller.user.resetPassword({ userId: duchashiId, newPassword: 'Pwned-2026-takeover' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.user.disable({ userId: duchashiId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.user.enable({ userId: duchashiId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const assignment = await t.api.database.prisma.roleAssignment.findFirstOrThrow({ where: { userId: duchashiId } });
    await expect(caller.user.revokeRole({ assignmentId: assignment.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const viewer = await t.api.database.prisma.role.findFirstOrThrow({ where: { key: 'department-admin' } });
    await expect(caller.user.assignRole({ userId: duchashiId, roleId: viewer.id, captureUnitId: assignment.captureUnitId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const person = await t.api.database.prisma.user.findUniqueOrThrow({ where: { username: 'a-duchashi' } });
    await expect(caller.person.archive({ personId: person.personId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.api.database.prisma.user.findUniqueOrThrow({ where: { username: 'a-duchashi' } })).disabledAt).toBeNull();
  });

  it('still lets a department admin manage accounts it fully covers', async () => {
    const { admin, office, caller } = await supervisionOfficeAdmin('zzdeptadm3');
    const person = await admin.person.create({ orgUnitId: office.id, name: '普通科员', phone: '13900000002', position: '科员' });
    const plain = await caller.user.create({ personId: person.id, username: 'zzplain', password: TEST_PASSWORD });
    await expect(caller.user.resetPassword({ userId: plain.id, newPassword: 'Another-2026-secret' })).resolves.toEqual({ ok: true });
    await expect(caller.user.disable({ userId: plain.id })).resolves.toBeDefined();
    await expect(caller.user.enable({ userId: plain.id })).resolves.toBeDefined();
    // And the county admin manages the department admin.
    await expect(admin.user.resetPassword({ userId: await userId('zzdeptadm3'), newPassword: 'Another-2026-secret' })).resolves.toEqual({ ok: true });
  });
});
