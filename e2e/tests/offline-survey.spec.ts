import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers.ts';

// A phone at a household's door: 390×844, touch, location allowed (GPS works offline).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, geolocation: { latitude: 30.842, longitude: 111.013, accuracy: 15 }, permissions: ['geolocation'] });

/** Picks the first option of an antd select (only the open dropdown: closed ones stay in the page). */
// Offline, the form's queries keep retrying in the background and re-render the options; a tap
// that lands during one is lost, so pick again (as a user would) until the dropdown closes.
async function pickFirst(page: Page, testId: string) {
  await expect(async () => {
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) await page.getByTestId(testId).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click({ timeout: 3_000 });
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

/** The respondent signs: a few strokes across the pad. */
async function sign(page: Page) {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 ? -18 : 18), { steps: 3 });
  await page.mouse.up();
}

// Visit the survey page online once; go offline; reload (the service worker serves the app, the
// saved form definitions stand in for the server); fill and submit — it waits on the device
// (待上传 1 条); back online the queue uploads it, and the list shows it exactly once.
test('an inspector fills a household survey offline and it is uploaded exactly once', async ({ page, context }) => {
  const respondent = `离线户${Date.now().toString(36)}`;
  await signIn(page, 'ducha');
  await expect(page.getByTestId('menu-toggle')).toBeVisible();
  await page.goto('/surveys/fill');
  await expect(page.getByTestId('survey-submit')).toBeVisible();
  // The service worker has installed (precached the app) before the network goes.
  // (A string: this package type-checks without the DOM library.)
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('survey-submit')).toBeVisible();
  await expect(page.getByTestId('offline-indicator')).toHaveText('离线');

  if ((await page.getByTestId('survey-township').locator('.ant-select-selection-item').count()) === 0) await pickFirst(page, 'survey-township');
  await pickFirst(page, 'survey-village');
  await page.getByTestId('survey-address').fill('三组 8 号');
  await page.getByTestId('survey-respondent').fill(respondent);
  await page.getByTestId('survey-phone').fill('139 1234 5678');
  // Answer every question with its first choice (radio groups, checkbox groups).
  const questions = page.locator('.ant-card').filter({ hasText: '调查问题' });
  for (const group of await questions.locator('.ant-radio-group').all()) await group.locator('.ant-radio-button-wrapper, .ant-radio-wrapper').first().click();
  for (const group of await questions.locator('.ant-checkbox-group').all()) await group.locator('.ant-checkbox-wrapper').first().click();
  await sign(page);
  await expect(page.getByTestId('survey-gps')).toContainText('已定位');
  await page.getByTestId('survey-submit').click();

  await expect(page.getByText('网络不可用，调查已保存在本机，联网后自动上传')).toBeVisible();
  await expect(page.getByTestId('offline-pending')).toHaveText('待上传 1 条');
  // The form is ready for the next household.
  await expect(page.getByTestId('survey-respondent')).toHaveValue('');

  await context.setOffline(false);
  await expect(page.getByTestId('offline-pending')).toHaveCount(0, { timeout: 30_000 });

  await page.goto('/surveys');
  await page.getByTestId('survey-search').locator('input').fill(respondent);
  await page.getByTestId('survey-search').locator('input').press('Enter');
  const rows = page.getByTestId('survey-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('139****5678');
  await expect(page.locator('body')).not.toContainText('13912345678');
});
