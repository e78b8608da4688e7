import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectSignedIn, signIn } from './helpers.ts';

// A 160×120 JPEG whose EXIF says it was taken on 2026-06-01 10:30 (+08:00) at 30.7123 N, 111.2861 E.
const PHOTO = fileURLToPath(new URL('./fixtures/inspection-photo.jpg', import.meta.url));

/** The rotation grid as data: for each stage row, district → groups in it. */
async function readGrid(page: Page): Promise<Record<string, string[]>[]> {
  return page.getByTestId('rotation-grid').evaluate((table) => {
    const districts = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
    return [...table.querySelectorAll('tbody tr[data-testid^="rotation-stage-"]')].map((row) =>
      Object.fromEntries([...row.querySelectorAll('td')].map((td, i) => [districts[i]!, [...td.querySelectorAll('[data-testid="rotation-group"]')].map((g) => g.textContent!.trim())])),
    );
  });
}

async function pickInSelect(page: Page, select: ReturnType<Page['getByTestId']>, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${option}`) }).first().click();
}

// 督查室 generates the year's rotation and adjusts it (a refused move is explained in place, a valid
// swap is kept); an inspector on a phone fills a checklist with a photo and a signature, finds the
// photo's EXIF and hash in the evidence viewer, and turns a failed item into a rectification item.
test('rotation, phone checklist with evidence, finding to rectification', async ({ browser }) => {
  // Two people, a dozen screens: longer than one page's budget.
  test.setTimeout(180_000);
  const office = await browser.newPage();
  await signIn(office, 'duchashi');
  await expectSignedIn(office);
  await office.getByRole('menuitem', { name: /督查/ }).click();
  await expect(office.getByTestId('visit-list')).toBeVisible();
  await office.getByTestId('inspections-nav').getByText('轮换计划').click();

  // The year's plan (6 groups × 6 districts × 4 rotations): its conflicts, and a move it refuses.
  await office.getByTestId('rotation-link').filter({ hasText: '年度督查轮换' }).first().click();
  await expect(office.getByTestId('rotation-conflicts')).toContainText('第三督查组不督查东片区');
  const grid = await readGrid(office);
  const districtOf = (g: typeof grid, stage: number, group: string) => Object.entries(g[stage]!).find(([, gs]) => gs.includes(group))?.[0];
  const first = districtOf(grid, 0, '第一督查组')!;
  await pickInSelect(office, office.getByTestId('rotation-select-1-第一督查组'), first);
  await expect(office.getByTestId('rotation-refusal')).toContainText(`第 2 轮「第一督查组」重返「${first}」之前`);

  // A new plan with four groups leaves a district free each stage: moving a group there is kept.
  await office.getByTestId('inspections-nav').getByText('轮换计划').click();
  await office.getByTestId('rotation-generate-button').click();
  const name = `测试轮换-${Date.now().toString(36)}`;
  await office.getByTestId('rotation-name').fill(name);
  for (const drop of ['第三督查组', '第五督查组']) {
    await office.getByTestId('rotation-groups').locator('.ant-select-selection-item', { hasText: drop }).locator('.ant-select-selection-item-remove').click();
  }
  await office.getByTestId('rotation-generate-submit').click();
  await expect(office.getByRole('heading', { name })).toBeVisible();
  const small = await readGrid(office);
  const last = small.length - 1;
  const move = ['第一督查组', '第二督查组', '第四督查组', '第六督查组'].flatMap((group) => {
    const seen = new Set(small.slice(0, last).map((_, s) => districtOf(small, s, group)));
    return Object.entries(small[last]!).filter(([d, gs]) => gs.length === 0 && !seen.has(d)).map(([d]) => ({ group, district: d }));
  })[0];
  expect(move).toBeTruthy();
  await pickInSelect(office, office.getByTestId(`rotation-select-${last}-${move!.group}`), move!.district);
  await expect(office.locator('.ant-message')).toContainText('已调整');
  await expect(office.getByTestId(`rotation-cell-${last}-${move!.district}`)).toContainText(move!.group);

  // An inspector of 第一督查组 on a phone, located on site.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    geolocation: { latitude: 30.7123, longitude: 111.2861, accuracy: 12 }, permissions: ['geolocation'],
  });
  const inspector = await phone.newPage();
  await signIn(inspector, 'ducha');
  await expect(inspector.getByTestId('current-user')).toBeAttached();
  await inspector.goto('/inspections');
  // A visit of this rotation (not the announced one next week, nor a return visit after a deadline).
  // On a phone the list is cards: each card is one link holding the title, status and window.
  const planned = inspector.getByTestId('visit-list').getByTestId('visit-link').filter({ hasText: '待督查' }).filter({ hasText: '轮 ·' }).first();
  const visitTitle = (await planned.getByTestId('visit-card-title').textContent())!.trim();
  await planned.click();
  await expect(inspector.getByTestId('visit-title')).toHaveText(visitTitle);
  await inspector.getByTestId('visit-fill').first().click();
  await expect(inspector.getByTestId('fill-page')).toBeVisible();
  await expect(inspector.getByTestId('fill-gps')).toContainText('已定位');

  const item = (key: string) => inspector.getByTestId(`fill-item-${key}`);
  await item('meeting').getByText('是', { exact: true }).click();
  await item('assigned').getByText('是', { exact: true }).click();
  await item('ledger').getByText('否', { exact: true }).click();
  await item('rectified').locator('input').fill('60');
  await item('awareness').locator('input').fill('85');
  await item('state').getByText('一般', { exact: true }).click();
  await item('measures').getByText('值班值守', { exact: true }).click();
  await item('measures').getByText('巡查巡护', { exact: true }).click();
  await inspector.getByTestId('photo-input-photos').setInputFiles(PHOTO);
  await expect(item('photos').locator('img')).toHaveCount(1);
  await item('location').getByRole('button').click();
  await expect(item('location')).toContainText('30.71230, 111.28610');
  await item('checkedOn').locator('input').fill(new Date().toISOString().slice(0, 10));
  // Sign with a finger-like stroke across the pad.
  // (scrolled to the middle of the screen: the submit bar covers the bottom edge)
  await inspector.getByTestId('signature-unitSign').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const pad = await inspector.getByTestId('signature-unitSign').boundingBox();
  await inspector.mouse.move(pad!.x + 30, pad!.y + 80);
  await inspector.mouse.down();
  for (const [dx, dy] of [[60, 40], [110, 100], [160, 50], [220, 90], [280, 60]] as const) await inspector.mouse.move(pad!.x + dx, pad!.y + dy, { steps: 4 });
  await inspector.mouse.up();
  // The verdict as the server will judge it: the ledger and the rectification rate fail.
  await expect(inspector.getByTestId('fill-failed-ledger')).toBeVisible();
  await expect(inspector.getByTestId('fill-failed-rectified')).toBeVisible();
  await expect(inspector.getByTestId('fill-verdict')).toHaveText('不合格');
  // No signal on site: the record (photo and signature inside) waits in the phone's queue …
  await phone.setOffline(true);
  await inspector.getByTestId('fill-submit').click();
  await expect(inspector.getByTestId('fill-outcome')).toContainText('已保存在本机');
  // … and goes up once the phone is back online (replayed with its idempotency key): exactly once.
  await phone.setOffline(false);
  await inspector.getByTestId('fill-back').click();
  await expect(async () => {
    await inspector.reload();
    await expect(inspector.getByTestId('visit-records').getByTestId('record-open')).toHaveCount(1, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });

  // The evidence viewer: the photo's EXIF time and place and its hash, and the signature.
  await inspector.getByTestId('record-open').click();
  const drawer = inspector.getByTestId('record-drawer');
  await expect(drawer.getByTestId('record-result')).toHaveText('不合格');
  await expect(drawer.getByTestId('evidence-exif-time')).toContainText('2026-06-01 10:30');
  await expect(drawer.getByTestId('evidence-exif-gps')).toContainText('30.71230, 111.28610');
  await expect(drawer.getByTestId('evidence-hash').first()).toContainText(/SHA-256 [0-9a-f]{16}/);
  await expect(drawer.getByTestId('evidence-signature').locator('img')).toBeVisible();
  await expect(drawer.getByTestId('record-gps')).toContainText('30.71230, 111.28610');
  await expect(inspector.getByTestId('visit-records').getByTestId('record-open')).toHaveCount(1);

  // One action: the failed item becomes a rectification item (with the photo as evidence).
  await drawer.getByTestId('handover-item-rectified').click();
  await expect(inspector.getByTestId('finding-item')).toContainText('上次督查问题整改完成率');
  await inspector.getByTestId('finding-submit').click();
  await expect(inspector).toHaveURL(/\/tasks\//);
  await expect(inspector.getByText('上次督查问题整改完成率不合格').first()).toBeVisible();
  // The inspection photo travelled with it as the hand-over's evidence.
  await expect(inspector.getByTestId('evidence-thumb').first()).toHaveAttribute('aria-label', 'inspection-photo.jpg');

  // … and it is on the supervision office's task board.
  // (found by its title: the board lists 挂牌 items first, and the demo county has pages of them)
  await office.goto('/tasks');
  const search = office.locator('input[data-testid="filter-search"], [data-testid="filter-search"] input').first();
  await search.fill('上次督查问题整改完成率不合格');
  await search.press('Enter');
  await expect(office.getByTestId('task-board').getByText('上次督查问题整改完成率不合格').first()).toBeVisible();
  await phone.close();
});
