import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers.ts';

// The pages a township or village official (and an inspector) works on, at 390×844 on a touch
// phone: none may be wider than the screen, and each is kept as a screenshot for review.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

// On a phone the menu is a drawer: signed in means the home has opened.
async function signedIn(page: Page, username: string) {
  await signIn(page, username);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('inbox-bell')).toBeVisible();
}

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  await page.screenshot({ path: test.info().outputPath(`phone-${name}.png`) });
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${name}: page is ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(innerWidth);
}

test('a township official on a phone: home, task list as cards, task detail, inbox', async ({ page }) => {
  await signedIn(page, 'xiangzhen');
  await check(page, 'home');
  await page.goto('/tasks');
  await expect(page.getByTestId('task-card').first()).toBeVisible();
  // Deadline and status are on the card, not off-screen in a table.
  await expect(page.locator('.task-card .task-deadline').first()).toBeInViewport();
  await check(page, 'tasks');
  await page.getByTestId('task-card').first().click();
  await expect(page.getByTestId('action-panel')).toBeVisible();
  await check(page, 'task-detail');
  await page.getByTestId('inbox-bell').click();
  await expect(page.getByTestId('inbox-list')).toBeVisible();
  const box = (await page.getByTestId('inbox-list').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await check(page, 'inbox');
});

test('an inspector on a phone: the visit list', async ({ page }) => {
  await signedIn(page, 'ducha');
  await page.goto('/inspections');
  await check(page, 'visits');
});

test('a department on a phone: its plugin register', async ({ page }) => {
  await signedIn(page, 'shijian');
  await page.goto('/plugins/food-safety');
  await check(page, 'food-safety');
});
