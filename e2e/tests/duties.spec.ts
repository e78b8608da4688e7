import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// 报送任务 end to end: the 督查室 sets up a daily report owed by 青龙镇 (the demo township
// official's township); the township official reports on a 390×844 phone from the home card;
// the duty calendar then shows today's cell 按时.

const shots = process.env.E2E_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test('the office sets up a daily report, a township reports on a phone, the calendar shows it on time', async ({ browser }) => {
  const name = `汛情日报-${Date.now().toString(36)}`;
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const township = await phone.newPage();
  await signIn(township, 'xiangzhen');
  await expect(township).not.toHaveURL(/\/login/);
  await expect(township.getByTestId('inbox-bell')).toBeVisible();
  const townshipName = await township.evaluate(async () => {
    const res = await fetch('/trpc/auth.me');
    const body = (await res.json()) as { result: { data: { roles: { captureUnit: { name: string } }[] } } };
    return body.result.data.roles[0]!.captureUnit.name;
  });

  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);
  await office.goto('/duties');
  await office.getByTestId('create-duty').click();
  const form = office.locator('.ant-modal');
  await office.getByTestId('duty-name').fill(name);
  const units = form.locator('.ant-form-item').filter({ has: office.locator('label', { hasText: /^报送单位$/ }) }).locator('.ant-select');
  await units.click();
  await office.keyboard.type(townshipName);
  await office.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${townshipName}$`) }).first().click();
  await office.keyboard.press('Escape');
  await expect(units).toContainText(townshipName);
  await office.getByTestId('duty-item-label').first().fill('24 小时降雨量');
  await shot(office, 'duty-create');
  await office.getByTestId('create-duty-submit').click();
  await expect(office).toHaveURL(/\/duties\/[\w-]+$/);
  const row = office.getByTestId('duty-unit-row').filter({ hasText: townshipName });
  await expect(row.locator('[data-status="open"]')).toHaveCount(1);

  // The township's phone: the home card lists the report due; the report page takes it.
  await township.goto('/');
  await expect(township.getByTestId('home-my-work')).toBeVisible();
  await township.goto('/duties/mine');
  const card = township.getByTestId('my-report').filter({ hasText: name });
  await expect(card).toHaveCount(1);
  const [scrollWidth, innerWidth] = await township.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await shot(township, 'duty-mine-phone');
  await card.getByTestId('fill-report').click();
  await township.locator('.ant-modal input').first().fill('12.5');
  await shot(township, 'duty-report-phone');
  await township.getByTestId('submit-report').click();
  await expect(card).toHaveCount(0);

  await office.reload();
  await expect(row.locator('[data-status="onTime"]')).toHaveCount(1);
  await shot(office, 'duty-calendar');
  await phone.close();
});
