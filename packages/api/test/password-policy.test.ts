// Security finding F15: the rule was 8 characters with a letter and a digit (`password1` was
// accepted) and nothing forced a change of a password someone else chose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, seedSmallCounty, type TestApi } from '../src/testing/index.ts';

describe('password policy and the forced change of an initial password (F15)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    await seedSmallCounty(api.database, '甲县', 'p-', '131111');
  });
  afterAll(() => api.close());

  const openAccount = async (username: string, password: string) => {
    const shuili = await api.as('p-shuili');
    const dept = (await shuili.auth.me())!.roles.find((r) => r.key === 'department-admin')!.captureUnit!;
    const person = await shuili.person.create({ orgUnitId: dept.id, name: `同事${username.slice(-2)}`, phone: '13912345678', position: '科员' });
    const user = await shuili.user.create({ personId: person.id, username, password });
    const role = (await shuili.role.list()).find((r) => r.key === 'department-admin')!;
    await shuili.user.assignRole({ userId: user.id, roleId: role.id, captureUnitId: dept.id });
    return { shuili, dept, user };
  };

  it('refuses short, common, regular passwords and the user name, with the key of the reason', async () => {
    const shuili = await api.as('p-shuili');
    const dept = (await shuili.auth.me())!.roles.find((r) => r.key === 'department-admin')!.captureUnit!;
    const person = await shuili.person.create({ orgUnitId: dept.id, name: '新同事', phone: '13912345678', position: '科员' });
    const tryCreate = (password: string, username = 'policy-user') => shuili.user.create({ personId: person.id, username, password });
    const refusedBySchema = async (password: string, key: string) =>
      expect(tryCreate(password)).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [expect.objectContaining({ params: expect.objectContaining({ key }) })] } });
    await refusedBySchema('password1', 'errors.password.short');
    await refusedBySchema('abcdefghijklmn', 'errors.password.letterDigit');
    await refusedBySchema('MyPassword2026', 'errors.password.common');
    await refusedBySchema('qwerty-2026-ok', 'errors.password.common');
    await refusedBySchema('Zx-123456-789', 'errors.password.common');
    await refusedBySchema('aaaa1111aaaa1111', 'errors.password.common');
    // The user name is known to the handler, not to the field's schema.
    await expect(tryCreate('Policy-user-2026x', 'policy-user')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '密码不能包含用户名' });
    await expect(tryCreate('Harbour-lights-2026')).resolves.toMatchObject({ username: 'policy-user' });
  });

  it('lets an account opened by an administrator do nothing but change its password, then everything', async () => {
    const { dept } = await openAccount('first-login', 'Initial-pass-2026');
    const colleague = await api.as('first-login', { password: 'Initial-pass-2026' });
    const work = () => colleague.orgUnit.subtree({ rootId: dept.id });
    expect((await colleague.auth.me())!.mustChangePassword).toBe(true);
    await expect(work()).rejects.toMatchObject({ code: 'FORBIDDEN', message: '请先修改初始密码' });
    await expect(colleague.auth.changePassword({ currentPassword: 'Initial-pass-2026', newPassword: 'Initial-pass-2026' })).rejects.toMatchObject({ message: '新密码不能与当前密码相同' });
    await expect(colleague.auth.changePassword({ currentPassword: 'Initial-pass-2026', newPassword: 'First-login-own-7' })).rejects.toMatchObject({ message: '密码不能包含用户名' });
    await expect(colleague.auth.changePassword({ currentPassword: 'Initial-pass-2026', newPassword: 'Mountain-river-73' })).resolves.toEqual({ ok: true });
    const settled = await api.as('first-login', { password: 'Mountain-river-73' });
    expect((await settled.auth.me())!.mustChangePassword).toBe(false);
    await expect(settled.orgUnit.subtree({ rootId: dept.id })).resolves.toBeTruthy();
  });

  it('asks for a new password again after an administrator resets it', async () => {
    const { shuili, user, dept } = await openAccount('reset-user', 'Initial-pass-2027');
    const colleague = await api.as('reset-user', { password: 'Initial-pass-2027' });
    await colleague.auth.changePassword({ currentPassword: 'Initial-pass-2027', newPassword: 'Lantern-bridge-58' });
    await shuili.user.resetPassword({ userId: user.id, newPassword: 'Temporary-pass-91' });
    const again = await api.as('reset-user', { password: 'Temporary-pass-91' });
    expect((await again.auth.me())!.mustChangePassword).toBe(true);
    await expect(again.orgUnit.subtree({ rootId: dept.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
