import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';


// F15: a password an administrator set is replaced at the first sign-in, before anything else.
test('an account whose password the administrator reset must set its own before working', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await expectSignedIn(page);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'duban_csrf')!.value;
  const me = (await (await page.request.get('/trpc/auth.me')).json()).result.data;
  const list = await page.request.get('/trpc/user.list?input=' + encodeURIComponent(JSON.stringify({ orgUnitId: me.county.id, pageSize: 200 })));
  const target = (await list.json()).result.data.items.find((u: { username: string }) => u.username === 'kaohe3');
  const reset = await page.request.post('/trpc/user.resetPassword', { data: { userId: target.id, newPassword: 'Temporary-pass-2026' }, headers: { 'x-csrf-token': csrf } });
  expect(reset.status()).toBe(200);

  const context = await browser.newContext({ locale: 'zh-CN' });
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await signIn(phone, 'kaohe3', 'Temporary-pass-2026');
  const dialog = phone.getByRole('dialog');
  await expect(dialog.getByText('请先设置您自己的密码')).toBeVisible();
  await dialog.getByLabel('当前密码').fill('Temporary-pass-2026');
  await dialog.getByLabel('新密码', { exact: true }).fill('password2026');
  await expect(dialog.getByText('密码太常见或太有规律')).toBeVisible();
  await dialog.getByLabel('新密码', { exact: true }).fill('Kaohe-own-river-58');
  await dialog.getByLabel('确认新密码').fill('Kaohe-own-river-58');
  await phone.screenshot({ path: '/tmp/duban-e2e-results/forced-password-change-phone.png' });
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  // The workbench, as a phone shows it (the name sits behind the avatar there).
  await expect(phone.getByText('密码已修改')).toBeVisible();
  await expect(phone.getByTestId('current-user')).toBeAttached();
  await expect(dialog).toHaveCount(0);
  await context.close();
});
