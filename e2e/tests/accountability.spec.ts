import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

const SHOTS = process.env.E2E_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

// 责任状: the office signs a letter with 青龙镇; the township reports its target met on a phone and
// the letter shows fulfilled; the office then records an accountability case about the letter.
test('a responsibility letter is fulfilled by its targets, and accountability is recorded against it', async ({ browser }) => {
  test.slow();
  const title = `减排目标责任书-${Date.now().toString(36)}`;
  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);
  await office.goto('/accountability');
  await office.getByTestId('letter-create').click();
  const form = office.locator('.ant-modal').filter({ has: office.getByTestId('letter-form') });
  await form.getByTestId('letter-title').fill(title);
  const unit = form.locator('.ant-form-item').filter({ has: office.locator('label', { hasText: /^责任单位$/ }) }).locator('.ant-select');
  await unit.click();
  await office.keyboard.type('青龙镇');
  await office.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^青龙镇$/ }).first().click();
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  const range = form.locator('.ant-picker-range input');
  await range.first().click();
  await range.first().fill(day(-10));
  await range.first().press('Enter');
  await range.last().fill(day(300));
  await range.last().press('Enter');
  await form.getByTestId('letter-issuer').fill('张县长');
  await form.getByTestId('letter-signer').fill('李镇长');
  await form.getByTestId('letter-metric-0').fill('COD 削减量');
  await form.getByTestId('letter-unit-0').fill('吨');
  await form.getByTestId('letter-target-0').fill('25');
  await shot(office, 'letter-create-desktop');
  await office.getByTestId('letter-create-submit').click();
  await expect(office.getByTestId('letter-header')).toContainText(title);
  await expect(office.getByTestId('letter-status')).toHaveAttribute('data-status', 'open');

  const township = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await signIn(township, 'xiangzhen');
  await expect(township.getByTestId('inbox-bell')).toBeVisible();
  await township.goto('/accountability');
  await township.getByTestId('letter-card').filter({ hasText: title }).click();
  await township.getByTestId('target-report').click();
  await township.getByTestId('report-value').fill('26.5');
  await township.getByTestId('report-confirm').click();
  await expect(township.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(township.getByTestId('letter-status')).toHaveAttribute('data-status', 'done');
  expect(await township.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(township, 'letter-mobile');
  await township.goto('/accountability');
  await expect(township.getByTestId('letter-card').first()).toBeVisible();
  await shot(township, 'letters-mobile');

  await office.goto('/accountability');
  await expect(office.getByTestId('letter-rollup')).toBeVisible();
  await shot(office, 'letters-desktop');
  await office.goto('/accountability/register');
  await office.getByTestId('accountability-record').click();
  const rec = office.locator('.ant-modal').filter({ has: office.getByTestId('accountability-form') });
  await rec.getByTestId('accountability-person').fill('赵某');
  const who = rec.locator('.ant-form-item').filter({ has: office.locator('label', { hasText: /^所在单位$/ }) }).locator('.ant-select');
  await who.click();
  await office.keyboard.type('青龙镇');
  await office.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^青龙镇$/ }).first().click();
  await rec.getByTestId('accountability-reason').fill('减排台账弄虚作假');
  await rec.getByText('责任状', { exact: true }).click();
  await rec.getByTestId('accountability-subject').click();
  await office.keyboard.type(title.slice(0, 6));
  await office.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: title }).first().click();
  await office.getByTestId('accountability-submit').click();
  await expect(office.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(office.getByTestId('accountability-table')).toContainText('赵某');
  await expect(office.getByTestId('accountability-table')).toContainText(title);
  await shot(office, 'register-desktop');
  await township.goto('/accountability/register');
  await expect(township.getByTestId('accountability-card').filter({ hasText: '赵某' })).toBeVisible();
  expect(await township.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(township, 'register-mobile');
});
