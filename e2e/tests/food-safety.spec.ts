import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

async function unitId(page: Page, name: string): Promise<string> {
  const me = await (await page.request.get('/trpc/auth.me')).json();
  const countyId = me.result.data.county.id as string;
  const res = await page.request.get('/trpc/orgUnit.subtree?input=' + encodeURIComponent(JSON.stringify({ rootId: countyId, maxDepth: 1 })));
  const units = (await res.json()).result.data as { id: string; name: string }[];
  return units.find((u) => u.name === name)!.id;
}

async function pick(page: Page, text: string | RegExp) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** "YYYY-MM-DD HH:mm" in the browser's (and this process's) local time, as the pickers show it. */
const pickerText = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

async function typeDate(page: Page, scope: ReturnType<Page['locator']>, label: RegExp, value: Date) {
  const input = scope.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: label }) }).locator('.ant-picker input');
  await input.click();
  await input.fill(pickerText(value));
  await input.press('Enter');
  await expect(input).toHaveValue(pickerText(value));
}

// The market-supervision bureau switches food safety on for 青龙镇 and records a poisoning there:
// 120 people harmed and one death grade it 重大(II级), which vetoes the township's year: the
// plugin shows it at once, and the year-end assessment grades 青龙镇 不合格 with that reason.
test('an incident recorded in a township is graded II and vetoes the township', async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `中心小学食物中毒-${Date.now().toString(36)}`;
  const bureau = await browser.newPage();
  await signIn(bureau, 'shijian');
  await expectSignedIn(bureau);
  const qinglong = await unitId(bureau, '青龙镇');
  await bureau.goto(`/modules?unit=${qinglong}`);
  const toggle = bureau.getByTestId('toggle-food-safety');
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(bureau.getByText('已为「青龙镇」启用')).toBeVisible();

  // The veto level is a setting of the unit, rendered from the plugin's schema (default II).
  const row = bureau.locator('tr').filter({ has: toggle });
  await row.getByRole('button', { name: /配\s*置/ }).click();
  const settings = bureau.locator('.ant-drawer:visible');
  await expect(settings.getByText('一票否决的事故等级(该级及以上)')).toBeVisible();
  await expect(settings.locator('.ant-form-item').filter({ hasText: '一票否决的事故等级' })).toContainText('II');
  await bureau.keyboard.press('Escape');
  await expect(bureau.locator('.ant-drawer:visible')).toHaveCount(0);

  await bureau.getByTestId('main-menu').getByText('食品安全').click();
  await expect(bureau.getByTestId('food-safety-page')).toBeVisible();
  // The bureau works county-wide (the county's register comes first): pick the township among
  // the units the module is on for.
  const unitPicker = bureau.locator('.ant-select').filter({ hasText: /县$|镇$|乡$/ }).first();
  await unitPicker.click();
  await bureau.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^青龙镇$/ }).click();
  await expect(bureau.getByTestId('veto-banner')).toContainText('暂无一票否决');

  await bureau.getByTestId('record-incident').click();
  const form = bureau.locator('.ant-modal').filter({ hasText: '登记食品安全事故' });
  await expect(form).toBeVisible();
  await form.getByLabel('事故名称').fill(title);
  const now = Date.now();
  await typeDate(bureau, form, /^发生时间$/, new Date(now - 5 * 3_600_000));
  await typeDate(bureau, form, /^发现时间$/, new Date(now - 4 * 3_600_000));
  await form.getByLabel('发生地点').fill('青龙镇中心小学食堂');
  await form.getByLabel('涉事单位').fill('中心小学食堂(承包方:某餐饮公司)');
  await form.getByLabel('伤害人数(含死亡)').fill('120');
  await form.getByLabel('死亡人数').fill('1');
  // The level follows the facts as they are typed, with the rule that decided it.
  await expect(form.getByTestId('suggested-level')).toContainText('重大(II级)');
  await expect(form.getByTestId('suggested-level')).toContainText('II-2');
  await typeDate(bureau, form, /^首报时间$/, new Date(now - 3 * 3_600_000));
  await form.getByLabel('报告内容').fill('学生 120 人就医,1 人经抢救无效死亡');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(bureau.locator('.ant-modal-wrap:visible')).toHaveCount(0);

  const detail = bureau.getByTestId('incident-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('level-tag').first()).toHaveText('重大(II级)');
  await expect(detail).toContainText('按时报告');
  await expect(detail).toContainText(`发生重大(II级)食品安全事故「${title}」`);
  await expect(detail.getByTestId('classification')).toContainText('II-2 造成伤害人数100人以上,并出现死亡病例');
  // The bureau confirms the level, with its reason; the veto now rests on a confirmed level.
  const confirm = detail.getByTestId('confirm-level');
  await confirm.getByLabel('认定理由').fill('伤害 120 人并出现 1 例死亡病例,经流行病学调查确认');
  await confirm.getByRole('button', { name: /认\s*定/ }).click();
  await expect(detail).toContainText(`发生重大(II级)食品安全事故「${title}」(已认定`);
  await expect(detail.getByTestId('level-tag')).toHaveCount(2);
  await bureau.keyboard.press('Escape');

  const listed = bureau.getByTestId('food-safety-page').locator('.ant-table-row').filter({ hasText: title });
  await expect(listed.getByTestId('level-tag').first()).toHaveText('重大(II级)');
  await expect(listed.getByTestId('veto-tag')).toHaveText('一票否决');
  await expect(bureau.getByTestId('veto-banner')).toContainText('一票否决(当年考核为不合格)');
  await bureau.close();

  // The township sees the incident and its veto standing; it may report, not grade.
  const township = await browser.newPage();
  await signIn(township, 'xiangzhen');
  await expectSignedIn(township);
  await township.getByTestId('main-menu').getByText('食品安全').click();
  await expect(township.getByTestId('veto-banner')).toContainText(`发生重大(II级)食品安全事故「${title}」`);
  await township.getByTestId('food-safety-page').getByText(title, { exact: true }).click();
  await expect(township.getByTestId('incident-detail')).toBeVisible();
  await expect(township.getByTestId('confirm-level')).toHaveCount(0);
  // A follow-up report brings more cases: the township updates the facts, the level is recomputed.
  await township.getByTestId('update-facts').click();
  const factsForm = township.locator('.ant-modal').filter({ hasText: '更新分级要素' });
  await factsForm.getByLabel('伤害人数(含死亡)').fill('130');
  await expect(factsForm.getByTestId('suggested-level')).toContainText('重大(II级)');
  await factsForm.getByRole('button', { name: /保\s*存/ }).click();
  await expect(township.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(township.getByTestId('incident-detail')).toContainText('130 / 1');
  await township.close();

  // The year end: a plan from the plugin's 食品安全工作目标责任制考核 template, published without
  // scores — 青龙镇 is 不合格 because of the incident, and the reason says so.
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await expectSignedIn(admin);
  await admin.getByTestId('main-menu').getByText('考核').click();
  await admin.getByTestId('plan-create-template').click();
  const planForm = admin.getByTestId('plan-create-form');
  await planForm.getByTestId('plan-template').click();
  await pick(admin, '食品安全工作目标责任制考核(乡镇政府)');
  await expect(planForm.getByTestId('plan-template')).toContainText('食品安全工作目标责任制考核(乡镇政府)');
  await admin.getByTestId('plan-name').fill(`食品安全考核-${title}`);
  await planForm.getByTestId('plan-owner').click();
  await admin.keyboard.type('目标考核办公室');
  const office = admin.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '目标考核办公室' }).first();
  await expect(office).toBeVisible();
  await office.click();
  await expect(planForm.getByTestId('plan-owner')).toContainText('目标考核办公室');
  await admin.getByTestId('plan-create-submit').click();
  await expect(admin.getByTestId('plan-title')).toContainText(`食品安全考核-${title}`);
  await expect(admin.getByTestId('plan-status')).toHaveText('草稿');
  await admin.getByRole('tab', { name: '单位与考核组' }).click();
  await admin.getByTestId('assessors-edit').click();
  await admin.getByTestId('assessors-select').click();
  await admin.keyboard.type('kaohe');
  await pick(admin, /kaohe/);
  await admin.keyboard.press('Escape');
  await admin.getByTestId('assessors-submit').click();
  await expect(admin.getByTestId('assessor-list')).toContainText('kaohe');
  for (const [step, status] of [['start', '单位自查'], ['openScoring', '考核评分'], ['submitForReview', '审核中'], ['approve', '已审定'], ['publish', '已发布']] as const) {
    await admin.getByTestId(`plan-action-${step}`).click();
    await admin.getByTestId('confirm-step').click();
    await expect(admin.locator('.ant-modal-wrap:visible')).toHaveCount(0);
    await expect(admin.getByTestId('plan-status')).toHaveText(status);
  }
  await admin.getByRole('tab', { name: '考核结果' }).click();
  const result = admin.getByTestId('results-table').locator('tr', { has: admin.getByTestId('result-unit').filter({ hasText: /^青龙镇$/ }) });
  await expect(result.getByTestId('grade-tag')).toHaveText('不合格');
  await expect(result.getByTestId('veto-tag')).toBeVisible();
  await expect(result).toContainText(`发生重大(II级)食品安全事故「${title}」`);
  // Its neighbour, with no incident, is not vetoed.
  const neighbour = admin.getByTestId('results-table').locator('tr', { has: admin.getByTestId('result-unit').filter({ hasText: /^金凤镇$/ }) });
  await expect(neighbour.getByTestId('veto-tag')).toHaveCount(0);
  await admin.close();
});
