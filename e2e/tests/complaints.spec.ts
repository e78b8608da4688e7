import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// 投诉受理 end to end: the office takes in a 12345 complaint (phone masked, reveal audited),
// dispatches it to 青龙镇 and the 生态环境局 (one item each, 签收 and 办理 clocks), the township
// signs and handles its item on a 390×844 phone, the office verifies it and records the 回访, and
// the board's rates change. A second complaint about the same place and subject is a 重复件.

const shots = process.env.E2E_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('confirm-action') }).last();
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  await dialog.getByTestId('confirm-action').click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
}

async function pickTreeUnit(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${name}$`) }).first().click();
}

test('a 12345 complaint is taken in, dispatched to two units, handled, called back, and the board changes', async ({ browser }) => {
  test.slow();
  const subject = `油烟扰民${Date.now().toString(36)}`;
  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);

  // The board before: the county's figures for this year.
  await office.goto('/complaints/board');
  await expect(office.getByTestId('kpi-received')).toBeVisible();
  const receivedBefore = Number(await office.getByTestId('kpi-received').textContent());

  await office.goto('/complaints');
  await office.getByTestId('complaint-intake').click();
  await expect(office).toHaveURL(/\/complaints\/new$/);
  await office.getByTestId('complaint-subject').fill(subject);
  await office.getByTestId('complaint-content').fill('青龙镇场口餐馆油烟直排，晚上气味很重，影响休息。');
  await pickTreeUnit(office, 'complaint-location', '青龙镇');
  await office.getByTestId('complaint-name').fill('李女士');
  await office.getByTestId('complaint-phone').fill('13800138000');
  await shot(office, 'complaint-intake');
  await office.getByTestId('complaint-submit').click();
  await expect(office.getByTestId('complaint-title')).toContainText(subject);
  const complaintUrl = office.url();
  expect(complaintUrl).not.toMatch(/\/new$/);
  await expect(office.getByTestId('complaint-stage')).toHaveText('待派单');
  await expect(office.getByTestId('phone-masked')).toHaveText('138****8000');
  await office.getByTestId('phone-reveal').click();
  await expect(office.getByTestId('phone-revealed')).toHaveText('13800138000');

  // 派单 to 青龙镇 and the 生态环境局: one item each, 12345's 2 hours to sign.
  await office.getByTestId('dispatch-open').click();
  const units = office.getByTestId('dispatch-units');
  await units.click();
  for (const name of ['青龙镇', '生态环境局']) {
    await office.keyboard.type(name);
    await office.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${name}$`) }).first().click();
  }
  await office.keyboard.press('Escape');
  await office.getByTestId('dispatch-submit').click();
  await expect(office.getByTestId('complaint-dispatch')).toHaveCount(2);
  await expect(office.getByTestId('complaint-stage')).toHaveText('办理中');
  await expect(office.getByTestId('sign-clock').first()).toHaveAttribute('data-state', 'running');
  await shot(office, 'complaint-detail-dispatched');

  // The township, on a phone: the complaint is in its list (masked), its item is signed and handled.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const township = await phone.newPage();
  await signIn(township, 'xiangzhen');
  await expect(township).not.toHaveURL(/\/login/);
  await township.goto('/complaints');
  const card = township.getByTestId('complaint-card').filter({ hasText: subject });
  await expect(card).toBeVisible();
  await expect(card).not.toContainText('13800138000');
  await shot(township, 'complaint-list-phone');
  const [scrollWidth, innerWidth] = await township.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await card.click();
  await expect(township.getByTestId('phone-masked')).toHaveText('138****8000');
  await expect(township.getByTestId('phone-reveal')).toHaveCount(0);
  await shot(township, 'complaint-detail-phone');
  const ours = township.getByTestId('complaint-dispatch').filter({ hasText: '青龙镇' });
  await ours.getByTestId('dispatch-task').click();
  await expect(township.getByTestId('task-status')).toBeVisible();
  await act(township, 'sign');
  await act(township, 'start');
  await act(township, 'submit', () => township.getByTestId('submit-note').fill('已责令餐馆安装油烟净化器'));
  await expect(township.getByTestId('task-status')).toContainText('申请办结');
  const taskUrl = township.url();

  // The office verifies, then calls the complainant back.
  await office.goto(taskUrl.replace(/^https?:\/\/[^/]+/, ''));
  await act(office, 'pass');
  await expect(office.getByTestId('task-status')).toContainText('已办结');
  await office.goto(complaintUrl);
  const done = office.getByTestId('complaint-dispatch').filter({ hasText: '青龙镇' });
  await expect(done.getByTestId('sign-clock')).toHaveAttribute('data-state', 'met');
  await expect(done.getByTestId('handle-clock')).toHaveAttribute('data-state', 'met');
  await done.getByTestId('callback-open').click();
  await office.getByTestId('callback-result').getByText('满意', { exact: true }).click();
  await office.getByTestId('callback-submit').click();
  await expect(done.getByTestId('callback-done')).toContainText('满意');
  // The bureau's share is still open: the complaint is not 结案 yet.
  await expect(office.getByTestId('complaint-stage')).toHaveText('办理中');

  // The same place and subject again: a 重复件, merged, not dispatched.
  await office.goto('/complaints/new');
  await office.getByTestId('complaint-subject').fill(subject);
  await office.getByTestId('complaint-content').fill('场口餐馆油烟还是很大。');
  await pickTreeUnit(office, 'complaint-location', '青龙镇');
  await office.getByTestId('complaint-anonymous').click();
  await office.getByTestId('complaint-submit').click();
  await expect(office.locator('.ant-modal-confirm')).toContainText('已作为重复件并入');
  await office.locator('.ant-modal-confirm .ant-btn').click();
  await expect(office.getByTestId('complaint-stage')).toHaveText('重复件（已并入）');
  await expect(office.getByTestId('dispatch-open')).toHaveCount(0);

  // The board: two more cases received (one per unit), one closed with its 回访.
  await office.goto('/complaints/board');
  await expect(office.getByTestId('kpi-received')).toHaveText(String(receivedBefore + 2));
  await shot(office, 'complaint-board');
  await township.goto('/complaints/board');
  await expect(township.getByTestId('kpi-received')).toBeVisible();
  await shot(township, 'complaint-board-phone');
  await phone.close();
});
