import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// A 1×1 PNG: the "photo" the township submits as evidence.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d3c8b80000000049454e44ae426082', 'hex');

// The board lists listed (挂牌) items first, and the demo county has pages of them: find the item
// by its title, as a user would, rather than hoping it is on the first page.
async function searchBoard(page: Page, title: string) {
  const search = page.locator('input[data-testid="filter-search"], [data-testid="filter-search"] input').first();
  await search.fill(title);
  await search.press('Enter');
}

async function openTask(page: Page, title: string) {
  await page.goto('/tasks');
  await searchBoard(page, title);
  await page.getByTestId('task-board').getByTestId('task-link').filter({ hasText: title }).first().click();
  await expect(page.getByTestId('task-status')).toBeVisible();
}

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('confirm-action') }).last();
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  await dialog.getByTestId('confirm-action').click();
  // The next step starts only once this dialog is gone (a closing dialog still holds a button).
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
}

// The supervision office hands over an item, the township signs for it and submits a photo, the
// office rejects it once and then verifies it, and it appears in the 通报 list.
test('the rectification loop from hand-over to 通报', async ({ browser }) => {
  // Two users, eight steps: on a loaded 2-core machine this takes most of a minute.
  test.slow();
  const title = `溢洪道清淤-${Date.now().toString(36)}`;
  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);
  await office.goto('/tasks');
  await office.getByTestId('handover-button').click();
  const form = office.locator('.ant-modal');
  await form.getByLabel(/标题/).fill(title);
  const responsible = form.locator('.ant-form-item').filter({ has: office.locator('label', { hasText: /^责任单位$/ }) }).locator('.ant-select');
  await responsible.click();
  await office.keyboard.type('青龙镇');
  // Only the open dropdown: other tree pickers in the form keep hidden trees in the page.
  await office.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^青龙镇$/ }).first().click();
  await expect(responsible).toContainText('青龙镇');
  // Type the date (as a user may): clicking calendar cells races the picker's opening animation.
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const picker = form.locator('.ant-picker input').first();
  await picker.click();
  await picker.fill(deadline);
  await picker.press('Enter');
  await expect(picker).toHaveValue(deadline);
  await office.getByTestId('handover-submit').click();
  await expect(office.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await searchBoard(office, title);
  await expect(office.getByTestId('task-board').getByText(title).first()).toBeVisible();

  const township = await browser.newPage();
  await signIn(township, 'xiangzhen');
  await expectSignedIn(township);
  await openTask(township, title);
  await act(township, 'sign');
  await expect(township.getByTestId('task-status')).toContainText('已签收');
  await act(township, 'start');
  await expect(township.getByTestId('task-status')).toContainText('整改中');
  await act(township, 'submit', async () => {
    await township.getByTestId('submit-note').fill('已清理溢洪道,附现场照片');
    await township.getByTestId('submit-files').locator('input[type=file]').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG });
  });
  await expect(township.getByTestId('task-status')).toContainText('申请办结');

  await openTask(office, title);
  await act(office, 'fail', () => office.getByTestId('fail-reason').fill('照片未见闸门,请补充'));
  await expect(office.getByTestId('task-status')).toContainText('整改中');

  await township.reload();
  await act(township, 'submit', () => township.getByTestId('submit-note').fill('已补充闸门照片'));
  await openTask(office, title);
  await act(office, 'pass');
  await expect(office.getByTestId('task-status')).toContainText('已办结');
  await act(office, 'notify');
  await expect(office.getByTestId('task-status')).toContainText('已通报');
  await expect(office.getByTestId('timeline')).toContainText('照片未见闸门');

  await office.goto('/tasks/bulletin');
  await expect(office.getByTestId('bulletin').getByText(title)).toBeVisible();
});

test('the board exports the 督办台账 as an Excel workbook', async ({ page }) => {
  await signIn(page, 'duchashi');
  await expectSignedIn(page);
  await page.goto('/tasks?tab=all');
  await expect(page.getByTestId('task-board')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ledger').click()]);
  expect(download.suggestedFilename()).toMatch(/^督办台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

// 延期申请: the township asks for a later deadline, the office (the assigning unit) approves it,
// and the item shows the new deadline beside the original one.
test('a township asks for an extension, the office approves it, the new deadline shows beside the old', async ({ browser }) => {
  // Two users and two hand-offs: as long as the rectification loop above.
  test.slow();
  const title = `延期申请-${Date.now().toString(36)}`;
  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);
  await office.goto('/tasks');
  await office.getByTestId('handover-button').click();
  const form = office.locator('.ant-modal');
  await form.getByLabel(/标题/).fill(title);
  const responsible = form.locator('.ant-form-item').filter({ has: office.locator('label', { hasText: /^责任单位$/ }) }).locator('.ant-select');
  await responsible.click();
  await office.keyboard.type('青龙镇');
  await office.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^青龙镇$/ }).first().click();
  const original = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const picker = form.locator('.ant-picker input').first();
  await picker.click();
  await picker.fill(original);
  await picker.press('Enter');
  await office.getByTestId('handover-submit').click();
  await expect(office.locator('.ant-modal-wrap:visible')).toHaveCount(0);

  const township = await browser.newPage();
  await signIn(township, 'xiangzhen');
  await expectSignedIn(township);
  await openTask(township, title);
  await act(township, 'sign');
  // The township may ask, but not decide.
  await expect(township.getByTestId('action-decideExtension')).toHaveCount(0);
  const extended = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await act(township, 'requestExtension', async () => {
    const date = township.getByTestId('extension-date').locator('input').or(township.locator('input[data-testid="extension-date"]')).first();
    await date.click();
    await date.fill(extended);
    await date.press('Enter');
    await township.getByTestId('extension-reason').fill('汛期河道水位高，清淤无法施工');
  });
  await expect(township.getByTestId('pending-extension')).toContainText(extended);
  await expect(township.getByTestId('action-requestExtension')).toHaveCount(0);

  await openTask(office, title);
  await act(office, 'decideExtension', () => office.getByTestId('extension-note').fill('同意，请汛后抓紧完成'));
  await expect(office.getByTestId('task-deadline')).toHaveText(extended);
  await expect(office.getByTestId('task-original-deadline')).toContainText(original);
  await expect(office.getByTestId('timeline')).toContainText('同意延期');

  await township.reload();
  await expect(township.getByTestId('task-deadline')).toHaveText(extended);
  await expect(township.getByTestId('header-original-deadline')).toContainText(original);
});
