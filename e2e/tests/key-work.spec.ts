import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

test('the supervision office opens 重点工作 and its deploy form', async ({ page }) => {
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await page.getByTestId('main-menu').getByText('重点工作').click();
  await expect(page.getByTestId('key-work-list')).toBeVisible();
  await page.getByRole('button', { name: /部署重点工作/ }).click();
  await expect(page.locator('.ant-modal').getByText(/部署重点工作/).first()).toBeVisible();
});
