import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

async function unitId(page: Page, name: string): Promise<string> {
  const me = await (await page.request.get('/trpc/auth.me')).json();
  const countyId = me.result.data.county.id as string;
  const res = await page.request.get('/trpc/orgUnit.subtree?input=' + encodeURIComponent(JSON.stringify({ rootId: countyId, maxDepth: 1 })));
  const units = (await res.json()).result.data as { id: string; name: string }[];
  return units.find((u) => u.name === name)!.id;
}

// A department's module administrator switches flood control on for one township: its officials
// get the module's menu and page, the neighbouring township's do not.
test('enabling a module for one township shows its page there and not next door', async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, 'shuili');
  await expectSignedIn(admin);
  const qinglong = await unitId(admin, '青龙镇');
  await admin.goto(`/modules?unit=${qinglong}`);
  const toggle = admin.getByTestId('toggle-flood-control');
  await expect(toggle).toBeVisible();
  await expect(toggle).not.toBeChecked();
  // Earlier specs may have switched it on and off here: the history gains one entry, whatever it held.
  await expect(admin.getByTestId('module-history')).toHaveAttribute('data-loaded', 'true');
  const history = admin.getByTestId('module-history').getByText('为「青龙镇」启用防汛抗旱', { exact: true });
  const before = await history.count();
  await toggle.click();
  await expect(admin.getByText('已为「青龙镇」启用')).toBeVisible();
  await expect(history).toHaveCount(before + 1);
  await admin.close();

  const official = await browser.newPage();
  await signIn(official, 'xiangzhen');
  await expectSignedIn(official);
  await official.getByTestId('main-menu').getByText('防汛抗旱').click();
  await expect(official.getByTestId('flood-control-page')).toBeVisible();
  await expect(official.getByText('库塘台账').first()).toBeVisible();
  await official.close();

  const neighbour = await browser.newPage();
  await signIn(neighbour, 'xiangzhen2');
  await expectSignedIn(neighbour);
  await expect(neighbour.getByTestId('main-menu').getByText('防汛抗旱')).toHaveCount(0);
  await neighbour.goto('/plugins/flood-control');
  await expect(neighbour.getByTestId('forbidden')).toBeVisible();
  await neighbour.close();
});
