import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// exceljs belongs to the core package; the tests borrow it to write the workbooks a user would.
interface Workbook {
  addWorksheet(name: string): { addRow(values: unknown[]): unknown };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}
const require = createRequire(new URL('../../packages/core/package.json', import.meta.url));
const ExcelJS = require('exceljs') as { Workbook: new () => Workbook };

const KEY_WORK_HEADER = ['编号', '上级编号', '工作名称', '工作内容', '来源', '文件号', '年度', '牵头单位', '协办单位', '责任人', '完成期限', '指标名称', '计量单位', '目标值'];
const LEDGER_HEADER = ['类别', '事项', '责任单位', '督办单位', '协办单位', '办理期限'];
const year = new Date().getFullYear();
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function workbook(sheet: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, dialogTestId: string, name: string, buffer: Buffer) {
  await page.getByTestId(dialogTestId).locator('input[type=file]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

// The supervision office downloads the template, uploads key work with one bad row, reads the
// row's error, fixes it, imports, and finds the items in the list.
test('重点工作: template, a bad row reported, fixed, imported', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const title = `导入的重点工作-${stamp}`;
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await page.goto('/key-work');
  await expect(page.getByTestId('key-work-list')).toBeVisible();

  const templateDownload = page.waitForEvent('download');
  await page.getByTestId('kw-template-button').click();
  expect((await templateDownload).suggestedFilename()).toBe('重点工作导入模板.xlsx');

  await page.getByTestId('kw-import-button').click();
  await expect(page.getByTestId('kw-import')).toBeVisible();
  const rows = (unit: string) => [
    KEY_WORK_HEADER,
    ['1', null, title, null, '会议部署', null, year, '云峡县', null, null, day(60), '整治库塘', '座', 20],
    ['1.1', '1', title, null, '会议部署', null, year, unit, null, null, day(50), '整治库塘', '座', 8],
  ];
  await upload(page, 'kw-import', 'key-work.xlsx', await workbook('重点工作', rows('青龙真')));
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('校验发现 1 处错误');
  await expect(errors.locator('tr', { hasText: '牵头单位' })).toContainText('第 3 行:未找到单位「青龙真」');
  await expect(page.getByTestId('import-error-report')).toBeVisible();

  await page.getByTestId('import-again').click();
  await upload(page, 'kw-import', 'key-work.xlsx', await workbook('重点工作', rows('青龙镇')));
  await expect(page.getByTestId('import-summary')).toContainText('将导入 2 项重点工作（其中分解任务 1 项）');
  await page.getByTestId('import-confirm').click();
  await expect(page.locator('.ant-message')).toContainText('已导入 2 项重点工作');
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);

  await page.getByTestId('kw-search').locator('input').fill(title);
  await page.getByTestId('kw-search').locator('input').press('Enter');
  await expect(page.getByTestId('key-work-list').getByTestId('kw-link')).toHaveCount(2);
  // The county item (the part, due earlier, is listed first) shows its part under 分解落实.
  await page.getByTestId('key-work-list').locator('tr', { hasText: '云峡县' }).getByTestId('kw-link').click();
  await expect(page.getByTestId('kw-parts')).toContainText('青龙镇');
});

// The same dialog on the task board: a ledger of two items is handed over in one go.
test('督办台账: imported from Excel onto the board', async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await page.goto('/tasks?tab=supervising');
  await page.getByTestId('import-ledger').click();
  const ledger = await workbook('督办台账', [
    LEDGER_HEADER,
    ['整改事项', `台账导入一-${stamp}`, '青龙镇', '县委办督查室', '金凤镇', day(20)],
    ['群众投诉', `台账导入二-${stamp}`, '金凤镇', '县委办督查室', null, day(10)],
  ]);
  await upload(page, 'ledger-import', 'ledger.xlsx', ledger);
  await expect(page.getByTestId('import-summary')).toContainText('将交办 2 个事项');
  await page.getByTestId('import-confirm').click();
  await expect(page.locator('.ant-message')).toContainText('已交办 2 个事项');
  // As for key work: while the dialog closes it keeps the focus, and Enter would go to it.
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await page.getByTestId('filter-search').locator('input').fill(stamp);
  await page.getByTestId('filter-search').locator('input').press('Enter');
  await expect(page.getByTestId('task-board').getByText(`台账导入一-${stamp}`)).toBeVisible();
  await expect(page.getByTestId('task-board').getByText(`台账导入二-${stamp}`)).toBeVisible();
});

// Listed items name a leader: the demo county's units have principal leaders, shown with the rules.
test('unit leaders behind 挂牌督办 are shown with the escalation rules', async ({ page }) => {
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await page.goto('/tasks/dashboard');
  await expect(page.getByTestId('rules-leader')).toContainText('责任单位主要负责人');
  await page.getByTestId('rules-edit').click();
  await expect(page.getByTestId('unit-leaders').locator('tbody tr').first()).toContainText('云峡县');
});
