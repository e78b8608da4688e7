import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// One login per built-in role, as printed at start.
const roles = [
  ['admin', '县级管理员'],
  ['duchashi', '督查室'],
  ['shuili', '部门管理员'],
  ['xiangzhen', '乡镇干部'],
  ['cunganbu', '村干部'],
  ['ducha', '督查组成员'],
  ['kaohe', '考核组成员'],
] as const;

for (const [username, roleName] of roles) {
  test(`${roleName} (${username}) signs in and sees the workbench`, async ({ page }) => {
    await signIn(page, username);
    await expectSignedIn(page);
    await expect(page.getByText(roleName).first()).toBeVisible();
  });
}

test('a wrong password is refused with a message in Chinese', async ({ page }) => {
  await signIn(page, 'admin', 'wrong-password-1');
  await expect(page.getByText('用户名或密码错误')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('an empty form names each missing field in Chinese and sends nothing', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-submit').click();
  await expect(page.locator('#login-username-error')).toHaveText('此项为必填项');
  await expect(page.locator('#login-password-error')).toHaveText('此项为必填项');
  // The language switch re-words the messages on screen.
  await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#login-username-error')).not.toHaveText('此项为必填项');
  await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-username').blur();
  await expect(page.locator('#login-username-error')).toHaveCount(0);
  await expect(page).toHaveURL(/\/login/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'kaohe');
  await expectSignedIn(page);
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/org-units');
  await expect(page).toHaveURL(/\/login/);
});

test('the Content Security Policy blocks nothing the app needs (F16)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  await signIn(page, 'admin');
  await expectSignedIn(page);
  expect(violations).toEqual([]);
});
