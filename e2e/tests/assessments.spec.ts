import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// The whole 考核 loop on the demo county: the county admin makes a plan from the township
// template (and sees the weight check at work), the assessor scores by keyboard, the admin records
// a veto, approves and publishes; the ranking shows the veto and ties (并列), every score explains
// itself, and the 通报 comes out as a PDF.

// A 1×1 PNG: the township's evidence photo.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d3c8b80000000049454e44ae426082', 'hex');

async function confirmStep(page: Page, step: string) {
  await page.getByTestId(`plan-action-${step}`).click();
  await page.getByTestId('confirm-step').click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
}

async function pick(page: Page, text: string | RegExp) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

test('考核: plan from template, weights checked inline, keyboard scoring, publish, ranking, explanation, 通报 PDF, rectification', async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `乡镇考核-${Date.now().toString(36)}`;

  // 1. The county admin creates a plan from the generic township template.
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await expectSignedIn(admin);
  await admin.getByTestId('main-menu').getByText('考核').click();
  await expect(admin.getByTestId('plan-list')).toBeVisible();
  await admin.getByTestId('plan-create-template').click();
  const form = admin.getByTestId('plan-create-form');
  await expect(form.getByTestId('plan-template')).toContainText('乡镇年度重点工作目标考核');
  await admin.getByTestId('plan-name').fill(name);
  // Organised by the county's assessment office (考核办), where the demo assessor scores.
  await form.getByTestId('plan-owner').click();
  await admin.keyboard.type('目标考核办公室');
  await admin.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '目标考核办公室' }).first().click();
  await admin.getByTestId('plan-create-submit').click();
  await expect(admin.getByTestId('plan-title')).toContainText(name);
  await expect(admin.getByTestId('plan-status')).toHaveText('草稿');

  // 2. A weight that breaks the 100% total is flagged at once, in Chinese, and fixing it clears it.
  const weight = admin.getByTestId('component-weight-0');
  await expect(weight).toHaveValue('10.00');
  await weight.fill('15');
  await expect(admin.getByTestId('weight-issue')).toHaveText('各考核环节权重合计须为 100%，当前为 105%');
  await expect(admin.getByTestId('weight-total')).toHaveText('105%');
  await expect(admin.getByTestId('issue-count')).toBeVisible();
  await weight.fill('10');
  await expect(admin.getByTestId('weight-issue')).toHaveCount(0);
  await expect(admin.getByTestId('weight-total')).toHaveText('100%');

  // A maximum that breaks a component's 100 points is flagged at its component.
  await admin.getByTestId('component-tab').filter({ hasText: '随机抽查' }).click();
  const spotTree = admin.getByTestId('indicator-tree-2');
  await spotTree.getByTestId('indicator-max').first().fill('45');
  await expect(admin.getByTestId('component-issue-2')).toContainText('各指标满分合计须为 100 分（不含加分项），当前为 105 分');
  await spotTree.getByTestId('indicator-max').first().fill('40');
  await expect(admin.getByTestId('component-issue-2')).toHaveCount(0);

  // 3. The assessor panel, then start and open scoring.
  await admin.getByRole('tab', { name: '单位与考核组' }).click();
  await admin.getByTestId('assessors-edit').click();
  await admin.getByTestId('assessors-select').click();
  await admin.keyboard.type('kaohe');
  await pick(admin, /kaohe/);
  await expect(admin.getByTestId('assessors-select')).toContainText('刘德明');
  await admin.keyboard.press('Escape');
  await expect(admin.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await admin.getByTestId('assessors-submit').click();
  await expect(admin.getByTestId('assessor-list')).toContainText('kaohe');
  await confirmStep(admin, 'start');
  await expect(admin.getByTestId('plan-status')).toHaveText('单位自查');

  // The township (青龙镇) fills in its self-check with a photo as evidence and submits it.
  const township = await browser.newPage();
  await signIn(township, 'xiangzhen');
  await expectSignedIn(township);
  await township.goto('/assessments');
  await township.getByTestId('my-assessments').locator('tr', { hasText: name }).getByTestId('self-check-open').click();
  const selfCheck = township.getByTestId('self-check-table');
  await selfCheck.getByTestId('self-score').nth(1).fill('46');
  await selfCheck.locator('input[type=file]').nth(1).setInputFiles({ name: '自查台账.png', mimeType: 'image/png', buffer: PNG });
  await expect(selfCheck.getByTestId('evidence-thumb')).toBeVisible();
  await township.getByTestId('self-check-submit').click();
  await township.getByTestId('self-check-confirm').click();
  await expect(township.getByText('自查已提交').first()).toBeVisible();
  await expect(selfCheck.getByTestId('self-score').nth(1)).toBeDisabled();
  await township.close();
  await confirmStep(admin, 'openScoring');
  await expect(admin.getByTestId('plan-status')).toHaveText('考核评分');

  // A plan in use is never changed silently: saving an edit makes version 2, with a reason.
  await admin.getByRole('tab', { name: '方案配置' }).click();
  await admin.getByTestId('component-tab').filter({ hasText: '季度自查' }).click();
  await admin.getByTestId('indicator-tree-0').getByTestId('indicator-name').first().fill('季度自查报告按时报送(含整改台账)');
  await expect(admin.getByTestId('config-save')).toHaveText(/保存为新版本 v2/);
  await admin.getByTestId('config-save').click();
  await admin.getByTestId('version-reason').fill('自查报告须附整改台账');
  await admin.getByTestId('version-reason-submit').click();
  await expect(admin.locator('.asm-plan-header').getByTestId('version-tag')).toHaveText('v2 · 使用中');
  await expect(admin.getByTestId('version-list')).toContainText('v1 · 已被替换');
  await expect(admin.getByTestId('version-list')).toContainText('自查报告须附整改台账');

  // 4. The assessor scores by keyboard: type, Enter moves down, a score over the maximum is
  //    refused at once and keeps the caret, Tab moves across; every score is saved.
  const assessor = await browser.newPage();
  await signIn(assessor, 'kaohe');
  await expectSignedIn(assessor);
  await assessor.goto(admin.url().replace(/\?.*$/, '') + '?tab=scoring');
  const grid = assessor.getByTestId('score-grid');
  await expect(grid).toBeVisible();
  const cells = grid.getByTestId('score-cell');
  const first = cells.first();
  const indicator = await first.getAttribute('data-indicator');
  const scoredUnit = await first.getAttribute('data-unit');
  const column = grid.locator(`[data-testid="score-cell"][data-indicator="${indicator}"]`);
  await first.click();
  await assessor.keyboard.type('45');
  await assessor.keyboard.press('Enter');
  await expect(column.nth(1)).toBeFocused();
  await assessor.keyboard.type('48.5');
  await assessor.keyboard.press('Enter');
  await expect(column.nth(2)).toBeFocused();
  await assessor.keyboard.type('60');
  await expect(grid.getByRole('alert')).toHaveText('超过满分 50 分');
  await assessor.keyboard.press('Enter');
  await expect(column.nth(2)).toBeFocused();
  await assessor.keyboard.press('Backspace');
  await assessor.keyboard.press('Backspace');
  await assessor.keyboard.type('50');
  await expect(grid.getByRole('alert')).toHaveCount(0);
  await assessor.keyboard.press('Tab');
  await expect(column.nth(2)).not.toBeFocused();
  await assessor.keyboard.type('38');
  await assessor.keyboard.press('ArrowUp');
  await assessor.keyboard.type('39');
  await assessor.keyboard.press('Enter');
  await expect(assessor.getByTestId('save-state')).toHaveText('已全部保存');
  await expect(assessor.getByTestId('grid-progress')).toContainText('我已评 5 /');
  await expect(column.nth(0)).toHaveValue('45');
  await expect(column.nth(1)).toHaveValue('48.5');
  await expect(column.nth(2)).toHaveValue('50');
  // The scores are on the server: a reload shows them.
  await assessor.reload();
  await expect(grid.locator(`[data-testid="score-cell"][data-indicator="${indicator}"]`).nth(1)).toHaveValue('48.5');

  // 5. The admin records a veto, submits for review, approves and publishes.
  await admin.goto(admin.url().replace(/\?.*$/, '') + '?tab=scoring');
  await admin.getByTestId('veto-record').click();
  await admin.getByTestId('veto-unit').click();
  await admin.keyboard.type('金凤镇');
  await pick(admin, '金凤镇');
  await admin.getByTestId('veto-reason').fill('6 月发生一起重大安全责任事故,经调查认定');
  await admin.getByTestId('veto-submit').click();
  await expect(admin.getByTestId('veto-list')).toContainText('金凤镇');
  await confirmStep(admin, 'submitForReview');
  await expect(admin.getByTestId('plan-status')).toHaveText('审核中');
  await confirmStep(admin, 'approve');
  await expect(admin.getByTestId('plan-status')).toHaveText('已审定');
  await confirmStep(admin, 'publish');
  await expect(admin.getByTestId('plan-status')).toHaveText('已发布');

  // 6. The ranking: the vetoed unit is 不合格 with its reason; equal totals share a rank (并列).
  await admin.getByRole('tab', { name: '考核结果' }).click();
  const table = admin.getByTestId('results-table');
  const vetoed = table.locator('tr', { has: admin.getByTestId('result-unit').filter({ hasText: /^金凤镇$/ }) });
  await expect(vetoed.getByTestId('veto-tag')).toBeVisible();
  await expect(vetoed.getByTestId('grade-tag')).toHaveText('不合格');
  await expect(vetoed).toContainText('重大安全责任事故');
  await expect(table.getByTestId('tie').first()).toBeVisible();
  await expect(admin.getByTestId('ranking-charts')).toBeVisible();

  // The explanation traces the total to each item's rule and its source (the assessor's score).
  await table.locator('tr', { has: admin.getByTestId('result-unit').filter({ hasText: new RegExp(`^${scoredUnit}$`) }) }).getByTestId('explain-open').click();
  const drawer = admin.getByTestId('explain-drawer');
  await expect(drawer.getByTestId('explain-total')).toBeVisible();
  await expect(drawer.getByTestId('trace-rule').filter({ hasText: '名评委中' }).first()).toBeVisible();
  await expect(drawer).toContainText('发布快照');
  await expect(drawer.getByText('刘德明').first()).toBeVisible();
  await admin.keyboard.press('Escape');

  // 7. The 通报 as a PDF.
  await admin.getByRole('tab', { name: '通报' }).click();
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('bulletin-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await download.path();
  const { statSync, readFileSync } = await import('node:fs');
  expect(statSync(path!).size).toBeGreaterThan(1000);
  expect(readFileSync(path!).subarray(0, 5).toString()).toBe('%PDF-');

  // 8. A listed problem (the veto) becomes a rectification item (督办) in one step.
  const problem = admin.getByTestId('problem-list').locator('tr', { hasText: '金凤镇' }).filter({ hasText: '重大安全责任事故' });
  await problem.getByTestId('problem-rectify').click();
  await admin.getByTestId('rectify-submit').click();
  await expect(admin.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(problem.getByTestId('problem-task')).toBeVisible();
});
