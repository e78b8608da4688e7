import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// 预警 end to end: 青龙镇's official issues a warning to the demo village official's village; the
// village official acknowledges on a 390×844 phone for the village and all its groups but one;
// the township's board then shows that one left, in red.

const shots = process.env.E2E_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

test('a township issues a warning, a village official acknowledges on a phone, the board shows the one left in red', async ({ browser }) => {
  const title = `强降雨橙色预警-${Date.now().toString(36)}`;
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const village = await phone.newPage();
  await signIn(village, 'cunganbu');
  // On a phone the menu is a drawer: signed in means the home has opened.
  await expect(village).not.toHaveURL(/\/login/);
  await expect(village.getByTestId('inbox-bell')).toBeVisible();
  const villageName = await village.evaluate(async () => {
    const res = await fetch('/trpc/auth.me');
    const body = (await res.json()) as { result: { data: { roles: { captureUnit: { name: string } }[] } } };
    return body.result.data.roles[0]!.captureUnit.name;
  });

  const township = await browser.newPage();
  await signIn(township, 'xiangzhen');
  await expectSignedIn(township);
  await township.goto('/warnings');
  await township.getByTestId('issue-warning').click();
  const form = township.locator('.ant-modal');
  await form.getByText('橙色预警').click();
  await township.getByTestId('warning-title').fill(title);
  await township.getByTestId('warning-text').fill('未来 6 小时有大暴雨，请立即组织危险区群众转移，加强巡查。');
  const area = form.locator('.ant-form-item').filter({ has: township.locator('label', { hasText: /^预警范围$/ }) }).locator('.ant-select');
  await area.click();
  await township.keyboard.type(villageName);
  await township.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${villageName}$`) }).first().click();
  await township.keyboard.press('Escape');
  await expect(area).toContainText(villageName);
  await shot(township, 'warning-issue');
  await township.getByTestId('issue-warning-submit').click();
  await expect(township).toHaveURL(/\/warnings\/[\w-]+$/);
  await expect(township.getByTestId('warning-board')).toBeVisible();
  const rows = township.getByTestId('warning-board').locator('tbody tr.warn-row-pending');
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  expect(total).toBeGreaterThan(2);

  // The village official's home shows the warning to acknowledge; the phone page lists each unit.
  await village.goto('/');
  await expect(village.getByTestId('home-warnings')).toBeVisible();
  await village.getByTestId('tile-warnings').click();
  await expect(village).toHaveURL(/\/warnings\/mine$/);
  const cards = village.getByTestId('my-warning').filter({ hasText: title });
  await expect(cards).toHaveCount(total);
  await shot(village, 'warning-acknowledge-phone');
  // Nothing on the phone page is wider than the screen.
  const [scrollWidth, innerWidth] = await village.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  for (let left = total; left > 1; left--) {
    await cards.first().getByTestId('acknowledge').click();
    await expect(cards).toHaveCount(left - 1);
  }
  const lastUnit = (await cards.first().getByTestId('my-warning-unit').textContent())!.trim();
  await expect(village.getByTestId('my-warning-done').filter({ hasText: title })).toHaveCount(total - 1);

  // The board (polled) shows everyone acknowledged but the one left, in red.
  await expect(township.getByTestId('warning-acknowledged')).toHaveText(`${total - 1} / ${total}`, { timeout: 20_000 });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(lastUnit.replace(villageName, '').trim());
  await expect(rows.first().getByTestId('recipient-pending')).toBeVisible();
  await shot(township, 'warning-board');
  await phone.close();
});
