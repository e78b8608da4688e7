import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

const SHOTS = process.env.E2E_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

async function pickUnit(page: Page, select: Locator, name: string) {
  await select.click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${name}$`) }).first().click();
  await expect(select).toContainText(name);
}

async function pickDay(card: Locator, days: number) {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const picker = card.locator('.ant-picker input').first();
  await picker.click();
  await picker.fill(day);
  await picker.press('Enter');
  await expect(picker).toHaveValue(day);
}

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('confirm-action') }).last();
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  await dialog.getByTestId('confirm-action').click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
}

/** From the case page, into the unit's own item (its share), one lifecycle step, and back. */
async function onShareItem(page: Page, unit: string, step: (page: Page) => Promise<void>) {
  await page.getByTestId('case-share').filter({ hasText: unit }).getByTestId('share-item').click();
  await expect(page.getByTestId('task-status')).toBeVisible();
  await step(page);
  await page.goBack();
  await expect(page.getByTestId('case-header')).toBeVisible();
}

// 联合办案: the office opens a case led by 青龙镇 with 水利局 co-handling; each works its own share;
// 水利局 refers the criminal part to the police; the case stays open until the last share closes.
test('a joint case stays open until its last share is closed', async ({ browser }) => {
  test.slow();
  const title = `河道违建联合整治-${Date.now().toString(36)}`;
  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);
  await office.goto('/joint-cases');
  await office.getByTestId('case-open').click();
  const form = office.locator('.ant-modal').filter({ has: office.getByTestId('case-open-form') });
  await form.getByTestId('case-title').fill(title);
  const lead = form.locator('.ant-card').filter({ hasText: '主办单位' });
  await pickUnit(office, lead.locator('.ant-select').first(), '青龙镇');
  await pickDay(lead, 20);
  await lead.getByTestId('case-lead-duty').fill('责令停建并组织拆除');
  const steps = lead.getByTestId('case-lead-steps').locator('input').or(lead.locator('input[data-testid="case-lead-steps"]')).first();
  await steps.fill('下达停建通知');
  await steps.press('Enter');
  const co = form.locator('.ant-card').filter({ hasText: '协办 1' });
  await pickUnit(office, co.locator('.ant-select').first(), '水利局');
  await pickDay(co, 10);
  await co.getByTestId('case-co-0-duty').fill('查处违法取水');
  await shot(office, 'joint-case-open-desktop');
  await office.getByTestId('case-open-submit').click();
  await expect(office.getByTestId('case-title')).toHaveText(title);
  await expect(office.getByTestId('case-share')).toHaveCount(2);
  await expect(office.getByTestId('case-progress')).toHaveAttribute('data-done', '0');

  // 水利局 signs for its share, refers the criminal part to the police, submits; the office verifies.
  const bureau = await browser.newPage();
  await signIn(bureau, 'shuili');
  await expectSignedIn(bureau);
  await bureau.goto('/joint-cases');
  await bureau.getByText(title).first().click();
  await onShareItem(bureau, '水利局', async (p) => {
    await act(p, 'sign');
    await act(p, 'start');
  });
  await bureau.getByTestId('case-share').filter({ hasText: '水利局' }).getByTestId('share-handover').click();
  const handOver = bureau.locator('.ant-modal').filter({ has: bureau.getByTestId('case-handover-form') });
  await handOver.getByTestId('handover-authority').fill('县公安局');
  await handOver.getByTestId('handover-reason').fill('非法采砂涉嫌犯罪,依法移送');
  await handOver.getByTestId('handover-document').fill('水移〔2026〕3号');
  await bureau.getByTestId('handover-confirm').click();
  await expect(bureau.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(bureau.getByTestId('case-handover')).toContainText('移送 · 县公安局');
  await onShareItem(bureau, '水利局', (p) => act(p, 'submit', () => p.getByTestId('submit-note').fill('违法取水已查处,涉嫌犯罪部分已移送公安')));

  await office.reload();
  await onShareItem(office, '水利局', (p) => act(p, 'pass'));
  await office.reload();
  // One of two shares done: still open, and it says whom it waits for.
  await expect(office.getByTestId('case-status')).toHaveAttribute('data-status', 'open');
  await expect(office.getByTestId('case-waiting')).toContainText('青龙镇');
  await shot(office, 'joint-case-desktop');

  // 青龙镇 works its share on a phone: sign, record its step, submit.
  const township = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await signIn(township, 'xiangzhen');
  // On a phone the menu is a drawer: signed in means the home has opened.
  await expect(township.getByTestId('inbox-bell')).toBeVisible();
  await township.goto('/joint-cases');
  await expect(township.getByTestId('case-card').filter({ hasText: title })).toBeVisible();
  await shot(township, 'joint-cases-mobile');
  await township.getByTestId('case-card').filter({ hasText: title }).click();
  await onShareItem(township, '青龙镇', async (p) => {
    await act(p, 'sign');
    await act(p, 'start');
  });
  await township.getByTestId('case-share').filter({ hasText: '青龙镇' }).getByTestId('step-complete').click();
  await township.getByTestId('step-note').fill('已送达停建通知书');
  await township.getByTestId('step-confirm').click();
  await expect(township.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(township.getByTestId('case-step').first()).toHaveAttribute('data-done', 'true');
  const width = await township.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(township, 'joint-case-mobile');
  await onShareItem(township, '青龙镇', (p) => act(p, 'submit', () => p.getByTestId('submit-note').fill('违建已拆除')));

  await office.reload();
  await onShareItem(office, '青龙镇', (p) => act(p, 'pass'));
  await office.reload();
  await expect(office.getByTestId('case-status')).toHaveAttribute('data-status', 'closed');
  await expect(office.getByTestId('case-progress')).toHaveAttribute('data-done', '2');
});
