import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// 监测数据 end to end: 青龙镇's official (a station manager there) sets up a rain station with a
// threshold, enters a reading over it by hand — the state turns red and the warning it raised is
// linked from the reading —, uploads a CSV with one bad line and sees that line refused, then
// issues the device key and a reading pushed with it to POST /api/readings shows in the table.
// Everything is on the station this spec creates (a unique name): no other spec's data is read.

const shots = process.env.E2E_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}
const noSideScroll = async (page: Page) => {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
};
const csvFile = (text: string) => ({ name: 'readings.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('a station manager enters a reading over the threshold, imports CSV with a bad line, and a device pushes with its key', async ({ browser }) => {
  const name = `青龙河雨量站-${Date.now().toString(36)}`;
  const page = await browser.newPage();
  await signIn(page, 'xiangzhen');
  await expectSignedIn(page);
  await page.getByTestId('main-menu').getByText('监测站点').click();
  await expect(page).toHaveURL(/\/readings$/);

  // A rain station at the township, threshold 50 mm, a crossing issues a (yellow) warning.
  await page.getByTestId('create-station').click();
  await page.getByTestId('station-name').fill(name);
  await page.getByTestId('station-threshold').fill('50');
  await shot(page, 'readings-create');
  await page.getByTestId('create-station-submit').click();
  await expect(page).toHaveURL(/\/readings\/[\w-]+$/);
  await expect(page.getByTestId('station-latest').getByTestId('station-state')).toHaveAttribute('data-state', 'noData');

  // By hand: a value the schema refuses stays in the form; 80 mm is over the threshold.
  await page.getByTestId('reading-submit').click();
  await expect(page.getByTestId('enter-reading').locator('.ant-form-item-explain-error')).toHaveCount(1);
  await page.getByTestId('reading-value').fill('80');
  await page.getByTestId('reading-submit').click();
  await expect(page.getByTestId('station-latest').getByTestId('station-state')).toHaveAttribute('data-state', 'over');
  const manualRow = page.getByTestId('reading-row').filter({ hasText: '80' }).filter({ hasText: '手工录入' });
  await expect(manualRow).toHaveCount(1);
  const produced = manualRow.getByTestId('produced-link');
  await expect(produced).toHaveAttribute('data-kind', 'warning');
  await expect(page.getByTestId('alert-list').getByTestId('produced-link')).toHaveCount(1);
  await shot(page, 'readings-station');

  // CSV: one bad line (line 3) refuses the file and is listed; the fixed file imports.
  await page.getByTestId('open-csv').click();
  const modal = page.locator('.ant-modal').filter({ hasText: '导入 CSV' });
  await modal.locator('input[type=file]').setInputFiles(csvFile('时间,数值\n2026-01-05 08:00,12.5\n2026-01-05 09:00,多\n2026-01-05 10:00,7\n'));
  const errors = modal.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr').first()).toContainText('3');
  await expect(errors).toContainText('数值不是有效数字');
  await expect(page.getByTestId('csv-submit')).toBeDisabled();
  await shot(page, 'readings-csv-error');
  await modal.locator('input[type=file]').setInputFiles(csvFile('时间,数值\n2026-01-05 08:00,12.5\n2026-01-05 09:00,3.5\n2026-01-05 10:00,7\n'));
  await expect(modal.getByTestId('csv-checked')).toContainText('3');
  await page.getByTestId('csv-submit').click();
  await expect(modal).toHaveCount(0);
  await expect(page.getByTestId('reading-row').filter({ hasText: 'CSV 导入' })).toHaveCount(3);

  // The threshold form: half a season is refused by the server, in the form; the whole year saves.
  await page.getByTestId('open-thresholds').click();
  const settings = page.locator('.ant-modal').filter({ hasText: '警戒值与统计时段' });
  await settings.getByPlaceholder('06-01').fill('01-01');
  await page.getByTestId('thresholds-submit').click();
  await expect(settings.getByTestId('form-error')).toContainText('统计时段须同时填写开始和结束日期');
  await settings.getByPlaceholder('09-30').fill('12-31');
  await page.getByTestId('thresholds-submit').click();
  await expect(settings).toHaveCount(0);
  await expect(page.getByText('01-01–12-31')).toBeVisible();

  // The device key: shown once with the push example; a reading pushed with it lands in the table.
  await page.getByTestId('open-key').click();
  await page.getByTestId('key-issue').click();
  const key = (await page.getByTestId('device-key').innerText()).trim();
  expect(key).toMatch(/^[\w-]+\.[\w-]{40,}$/);
  await expect(page.getByTestId('push-example')).toContainText('/api/readings');
  await shot(page, 'readings-key');
  const pushed = await page.request.post('/api/readings', {
    headers: { Authorization: `Bearer ${key}`, 'Idempotency-Key': `e2e-${Date.now().toString(36)}` },
    data: { readings: [{ at: new Date().toISOString(), value: 12.34 }] },
  });
  expect(pushed.status()).toBe(200);
  expect(await pushed.json()).toMatchObject({ stored: 1 });
  const wrong = await page.request.post('/api/readings', { headers: { Authorization: `Bearer ${key}x` }, data: { readings: [{ at: new Date().toISOString(), value: 1 }] } });
  expect(wrong.status()).toBe(401);
  await page.getByTestId('key-close').click();
  await page.reload();
  await expect(page.getByTestId('reading-row').filter({ hasText: '12.34' }).filter({ hasText: '设备推送' })).toHaveCount(1);
  await expect(page.getByTestId('reading-row')).toHaveCount(5);
  const stationUrl = page.url();
  // English too (then back: the language is remembered).
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText('Latest readings')).toBeVisible();
  await expect(page.getByTestId('reading-row').filter({ hasText: 'Device push' })).toHaveCount(1);
  await shot(page, 'readings-station-en');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByText('最近的监测数据')).toBeVisible();

  // The list shows the station with its latest value; then the same pages on a 390×844 phone.
  await page.goto('/readings');
  await expect(page.getByTestId('station-row').filter({ hasText: name })).toContainText('12.34');
  await shot(page, 'readings-list');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const mobile = await phone.newPage();
  await signIn(mobile, 'xiangzhen');
  await expect(mobile.getByTestId('inbox-bell')).toBeVisible();
  await mobile.goto('/readings');
  await expect(mobile.getByTestId('station-row').filter({ hasText: name })).toHaveCount(1);
  await noSideScroll(mobile);
  await shot(mobile, 'readings-list-phone');
  await mobile.goto(new URL(stationUrl).pathname);
  await expect(mobile.getByTestId('reading-row')).toHaveCount(5);
  await noSideScroll(mobile);
  await shot(mobile, 'readings-station-phone');
  await mobile.getByTestId('open-key').click();
  await mobile.getByTestId('key-issue').click();
  await mobile.getByTestId('key-rotate-confirm').click();
  await expect(mobile.getByTestId('device-key')).toBeVisible();
  await noSideScroll(mobile);
  await shot(mobile, 'readings-key-phone');
  await phone.close();
});
