import { login, resolveSession, sessionIdOf } from '@duban/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, seedSmallCounty, TEST_PASSWORD, type TestApi } from '../src/testing/index.ts';

describe('accounts and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    await seedSmallCounty(api.database, '甲县', 'a-', '111111');
  });
  afterAll(() => api.close());
  const tryLogin = (username: string, password: string, previousToken?: string, now?: Date) =>
    api.database.prisma.$transaction((tx) => login(tx, api.services.sessionPolicy, { username, password, previousToken }, now));

  it('gives a new session id at every login and drops the one presented before', async () => {
    const first = await tryLogin('a-kaohe', TEST_PASSWORD);
    const second = await tryLogin('a-kaohe', TEST_PASSWORD, first.ok ? first.token : undefined);
    if (!first.ok || !second.ok) throw new Error('login failed');
    expect(second.session.id).not.toBe(first.session.id);
    expect(await api.database.prisma.session.findFirst({ where: { id: sessionIdOf(first.token) } })).toBeNull();
  });

  it('locks the account after repeated failures, audits them, and refuses even the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await tryLogin('a-ducha', 'wrong-password1')).ok).toBe(false);
    const locked = await tryLogin('a-ducha', TEST_PASSWORD);
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error.key).toBe('errors.login.locked');
    const denied = await api.database.prisma.auditLog.count({ where: { procedure: 'auth.login', outcome: 'denied' } });
    expect(denied).toBe(6);
    // After the lockout period the right password works again.
    const later = await tryLogin('a-ducha', TEST_PASSWORD, undefined, new Date(Date.now() + 16 * 60_000));
    expect(later.ok).toBe(true);
  });

  it('expires sessions when idle and at the absolute limit', async () => {
    const r = await tryLogin('a-cunganbu', TEST_PASSWORD);
    if (!r.ok) throw r.error;
    const policy = api.services.sessionPolicy;
    const db = api.database.prisma;
    expect(await resolveSession(db, policy, r.token, new Date(Date.now() + policy.idleMs / 2))).not.toBeNull();
    expect(await resolveSession(db, policy, r.token, new Date(Date.now() + policy.idleMs / 2 + policy.absoluteMs))).toBeNull();
    const again = await tryLogin('a-cunganbu', TEST_PASSWORD);
    if (!again.ok) throw again.error;
    expect(await resolveSession(db, policy, again.token, new Date(Date.now() + policy.idleMs + 60_000))).toBeNull();
  });

  it('revokes every session when an account is disabled', async () => {
    const victim = await tryLogin('a-shuili', TEST_PASSWORD);
    if (!victim.ok) throw victim.error;
    const admin = await api.as('a-admin');
    await admin.user.disable({ userId: victim.user.id });
    expect(await resolveSession(api.database.prisma, api.services.sessionPolicy, victim.token)).toBeNull();
    const retry = await tryLogin('a-shuili', TEST_PASSWORD);
    expect(retry.ok).toBe(false);
    await admin.user.enable({ userId: victim.user.id });
    expect((await tryLogin('a-shuili', TEST_PASSWORD)).ok).toBe(true);
  });

  it('does not let anyone grant a role with more than they hold', async () => {
    const township = await api.as('a-xiangzhen');
    await expect(township.orgUnit.subtree({ rootId: (await api.database.prisma.orgUnit.findFirstOrThrow({ where: { level: 'county' } })).id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const deptAdmin = await api.as('a-admin');
    const roles = await deptAdmin.role.list();
    const countyAdminRole = roles.find((r) => r.key === 'county-admin')!;
    // a-shuili (department admin) may assign roles in 水利局, but not the county-admin role.
    const shuili = await api.as('a-shuili');
    const me = await shuili.auth.me();
    const dept = me!.roles.find((r) => r.key === 'department-admin')!.captureUnit!;
    const person = await shuili.person.create({ orgUnitId: dept.id, name: '新同事', phone: '13912345678', position: '科员' });
    const user = await shuili.user.create({ personId: person.id, username: 'new-colleague', password: 'Colleague-2026-new' });
    await expect(shuili.user.assignRole({ userId: user.id, roleId: countyAdminRole.id, captureUnitId: dept.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // …nor a role held at the county, outside 水利局.
    const inspector = roles.find((r) => r.key === 'inspector')!;
    await expect(shuili.user.assignRole({ userId: user.id, roleId: inspector.id, captureUnitId: dept.id, viewUnitId: me!.county!.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const deptRole = roles.find((r) => r.key === 'department-admin')!;
    const assigned = await shuili.user.assignRole({ userId: user.id, roleId: deptRole.id, captureUnitId: dept.id });
    // The view scope defaults to the capture unit, never to the county.
    expect(assigned.assignments[0]!.viewUnitId).toBe(dept.id);
  });
});
