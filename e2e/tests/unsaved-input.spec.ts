import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// Nothing typed is lost: closing the 交办 dialog with input asks first, and a draft survives a reload.
test('交办 asks before discarding what was typed and keeps a draft', async ({ page }) => {
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await page.goto('/tasks');
  await page.getByTestId('handover-button').click();
  const form = page.getByTestId('handover-form');
  const title = form.locator('#title');
  await title.fill('村道塌方未修复');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '放弃已填写的内容？' })).toBeVisible();
  await page.getByRole('button', { name: '继续填写' }).click();
  await expect(title).toHaveValue('村道塌方未修复');

  // The tab is closed by accident: the draft comes back with the dialog.
  await page.reload();
  await page.getByTestId('handover-button').click();
  await expect(page.getByTestId('handover-form').locator('#title')).toHaveValue('村道塌方未修复');

  // Discarding on purpose clears the draft.
  await page.keyboard.press('Escape');
  await page.getByTestId('discard-confirm').click();
  await expect(page.getByTestId('handover-form')).toHaveCount(0);
  await page.getByTestId('handover-button').click();
  await expect(page.getByTestId('handover-form').locator('#title')).toHaveValue('');
});
