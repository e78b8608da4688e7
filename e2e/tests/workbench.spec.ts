import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// Each role's 工作台 shows its counts, and a click on a count opens the task list filtered to
// exactly those items, with the filter in the URL.

async function tileCount(page: Page, key: string) {
  const tile = page.getByTestId(`tile-${key}`);
  await expect(tile).toBeVisible();
  return Number(await tile.getByTestId('tile-count').textContent());
}

async function clickThrough(page: Page, key: string, urlPart: RegExp) {
  const count = await tileCount(page, key);
  await page.getByTestId(`tile-${key}`).click();
  await expect(page).toHaveURL(urlPart);
  await expect(page.getByTestId('task-board')).toBeVisible();
  await expect(page.getByTestId('task-total')).toHaveText(`共 ${count} 条`);
  // The URL alone reproduces the list (shareable): reload and count again.
  await page.reload();
  await expect(page.getByTestId('task-total')).toHaveText(`共 ${count} 条`);
  return count;
}

test("a township official's home: 待签收, 整改中, 逾期 (挂牌督办), 即将到期, each a click from its list", async ({ page }) => {
  await signIn(page, 'xiangzhen');
  await expectSignedIn(page);
  await expect(page.getByTestId('home-responsible')).toBeVisible();
  for (const key of ['toSign', 'rectifying', 'overdue', 'overdueListed', 'dueSoon']) await expect(page.getByTestId(`tile-${key}`)).toBeVisible();
  // 青龙镇 has overdue 挂牌督办 items in the demo county: the red light is on.
  expect(await tileCount(page, 'overdueListed')).toBeGreaterThan(0);
  await expect(page.getByTestId('tile-overdueListed')).toHaveClass(/wb-red/);
  await clickThrough(page, 'overdueListed', /tab=mine.*overdue=1/);
  await page.goto('/');
  await clickThrough(page, 'rectifying', /status=signed%2Crectifying|status=signed,rectifying/);
});

test("the 督查室's home: overdue, listed, to verify, this week's visits, the 片区 ranking", async ({ page }) => {
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await expect(page.getByTestId('home-week')).toBeVisible();
  await expect(page.getByTestId('home-ranking').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('home-trend')).toBeVisible();
  expect(await clickThrough(page, 'overdue', /tab=supervising.*overdue=1/)).toBeGreaterThan(0);
  await page.goto('/');
  await clickThrough(page, 'toVerify', /status=submitted/);
});

test("an assessor's home shows the cells left to score and opens the grid", async ({ page }) => {
  await signIn(page, 'kaohe');
  await expectSignedIn(page);
  const home = page.getByTestId('home-assessor');
  await expect(home).toBeVisible();
  // The demo county has a plan in 评分 with kaohe on its panel and part of the grid still empty.
  const plan = home.getByTestId('assessor-plan').first();
  await expect(plan.getByTestId('cells-left')).toHaveText(/还有 \d+ 项未评分/);
  await plan.getByRole('button').click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+\?tab=scoring/);
});

test("a county reader's home shows the year's trend and the worst townships", async ({ page }) => {
  await signIn(page, 'admin');
  await expectSignedIn(page);
  await expect(page.getByTestId('home-trend').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('home-worst').getByTestId('worst-township').first()).toBeVisible();
});
