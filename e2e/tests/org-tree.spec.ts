import { expect, test } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

test('the county administrator sees the whole org tree and opens a township', async ({ page }) => {
  await signIn(page, 'admin');
  await expectSignedIn(page);
  await page.goto('/org-units');
  const tree = page.getByTestId('org-tree');
  await expect(tree.getByText('云峡县').first()).toBeVisible();
  await tree.getByText('青龙镇').first().click();
  await expect(page.getByTestId('unit-title')).toContainText('青龙镇');
});

test('a township official sees only their township', async ({ page }) => {
  await signIn(page, 'xiangzhen');
  await expectSignedIn(page);
  await page.goto('/org-units');
  const tree = page.getByTestId('org-tree');
  await expect(tree.getByText('青龙镇').first()).toBeVisible();
  await expect(tree.getByText('金凤镇')).toHaveCount(0);
});
