import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

test('a village official cannot open the audit log or user management', async ({ page }) => {
  await signIn(page, 'cunganbu');
  await expectSignedIn(page);
  await expect(page.getByTestId('main-menu').getByText('审计日志')).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await page.goto('/users');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});

test('the API itself refuses what the page hides', async ({ page, request }) => {
  await signIn(page, 'cunganbu');
  await expectSignedIn(page);
  const cookies = await page.context().cookies();
  const header = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await request.get('/trpc/audit.list?input=' + encodeURIComponent(JSON.stringify({})), { headers: { cookie: header } });
  expect(res.status()).toBe(403);
});

test('the county administrator sees the audit log with the sign-ins', async ({ page }) => {
  await signIn(page, 'admin');
  await expectSignedIn(page);
  await page.goto('/audit');
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await expect(page.getByTestId('audit-table').getByText('登录成功').first()).toBeVisible();
});
