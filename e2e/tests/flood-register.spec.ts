import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// exceljs belongs to the core package; the test borrows it to write the workbook a user would.
interface Workbook {
  addWorksheet(name: string): { addRow(values: unknown[]): unknown };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}
const require = createRequire(new URL('../../packages/core/package.json', import.meta.url));
const ExcelJS = require('exceljs') as { Workbook: new () => Workbook };

const HEADER = ['所属单位', '名称', '类型', '总库容（万方）', '汛限水位（米）', '行政责任人', '技术责任人', '病险', '空库运行'];
// Screenshots (SHOTS=/dir): the page on a desktop and at 390x844, and a row's detail.
const shots = process.env.SHOTS;

async function workbook(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('库塘台账');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page.getByTestId('register-import-modal').locator('input[type=file]').setInputFiles({ name: '库塘.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

// 水利局 imports 双河镇's reservoirs from Excel (issue 14 items 1 and 8): the template downloads, a
// negative capacity is reported on its row and nothing is imported, fixed it imports, the rows are
// in the list, a second import changes nothing, the export downloads, a row opens with its checks.
test('防汛抗旱: 库塘台账 imported from Excel, checked first, all or nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signIn(page, 'shuili');
  await expectSignedIn(page);
  await page.goto('/plugins/flood-control');
  await expect(page.getByTestId('flood-control-page')).toBeVisible();
  const picker = page.locator('.ant-select').first();
  await picker.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^双河镇$/ }).click();
  await expect(picker).toContainText('双河镇');

  await page.getByTestId('register-import').click();
  await expect(page.getByTestId('register-import-modal')).toBeVisible();
  const template = page.waitForEvent('download');
  await page.getByTestId('import-template').click();
  expect((await template).suggestedFilename()).toBe('库塘台账导入模板.xlsx');

  const rows = (capacity: number) => [
    HEADER,
    ['双河镇', `导入水库${stamp}`, '水库', 120.5, 312.4, null, null, '否', '否'],
    ['双河镇', `导入山坪塘${stamp}`, '山坪塘', capacity, null, null, null, '是', '否'],
  ];
  await upload(page, await workbook(rows(-50)));
  await expect(page.getByText('第 3 行:总库容（万方）不能小于 0')).toBeVisible();
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  if (shots) await page.screenshot({ path: `${shots}/flood-register-import-errors.png` });

  await page.getByTestId('import-again').click();
  await upload(page, await workbook(rows(8)));
  await expect(page.getByTestId('import-summary')).toContainText('将新增 2 条');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByText('已导入：新增 2 条')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`导入水库${stamp}`) })).toContainText('双河镇');
  await expect(page.getByRole('row', { name: new RegExp(`导入山坪塘${stamp}`) })).toContainText('病险水库未空库运行');

  // The same file again: an update of nothing, so there is nothing to confirm.
  await page.getByTestId('register-import').click();
  await upload(page, await workbook(rows(8)));
  await expect(page.getByTestId('import-summary')).toContainText('2 条无变化');
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await page.keyboard.press('Escape');

  const exported = page.waitForEvent('download');
  await page.getByTestId('register-export').click();
  expect((await exported).suggestedFilename()).toBe('库塘台账.xlsx');
  if (shots) await page.screenshot({ path: `${shots}/flood-register.png`, fullPage: true });

  // This season's pre-season check: five points passed, the spillway not; it shows on the row.
  await page.getByRole('row', { name: new RegExp(`导入水库${stamp}`) }).getByTestId('reservoir-check').click();
  const form = page.getByTestId('pre-season-form');
  await expect(form).toBeVisible();
  const points = form.locator('.ant-radio-group');
  await expect(points).toHaveCount(6);
  for (let i = 0; i < 6; i++) await points.nth(i).getByText(i === 0 ? '否' : '是', { exact: true }).click();
  if (shots) await page.screenshot({ path: `${shots}/flood-register-check.png` });
  await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记录本汛期汛前检查')).toBeVisible();

  await page.getByRole('row', { name: new RegExp(`导入水库${stamp}`) }).getByTestId('reservoir-open').click();
  await expect(page.getByTestId('reservoir-detail')).toBeVisible();
  await expect(page.getByTestId('reservoir-checks')).toContainText('发现问题');
  await expect(page.getByTestId('reservoir-inspections')).toContainText('尚无督查记录');
  if (shots) await page.screenshot({ path: `${shots}/flood-register-detail.png` });
  await page.keyboard.press('Escape');

  if (shots) {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('reservoir-card').first()).toBeVisible();
    await page.screenshot({ path: `${shots}/flood-register-phone.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('reservoir-card').first().getByTestId('reservoir-open').click();
    await expect(page.getByTestId('reservoir-detail')).toBeVisible();
    await page.screenshot({ path: `${shots}/flood-register-detail-phone.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('reservoir-card').first().getByTestId('reservoir-check').click();
    await expect(page.getByTestId('pre-season-form')).toBeVisible();
    await page.screenshot({ path: `${shots}/flood-register-check-phone.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }
});
