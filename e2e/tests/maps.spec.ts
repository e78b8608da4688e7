import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectSignedIn, signIn } from './helpers.ts';

// 地图 end to end (issue 14 item 6): the county administrator opens the map (the demo's generated
// boundaries of the 31 townships), colours it by a metric, imports a layer from GeoJSON and sees
// it drawn on the canvas; a click on a township drills down to its villages. Then a phone.

const shots = process.env.E2E_SCREENSHOTS;
const fixture = fileURLToPath(new URL('./fixtures/reservoirs.geojson', import.meta.url));

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

/**
 * Pixels of the map that are neither transparent nor the page's white, and those near the colour,
 * over every canvas of the chart: ECharts paints some series on layers of their own (a canvas per
 * layer), so the first canvas alone may not hold what was drawn.
 */
async function canvasPixels(page: Page, rgb: [number, number, number]) {
  return page.locator('.unit-map').first().evaluate((chart: HTMLElement, [r, g, b]) => {
    let drawn = 0;
    let colour = 0;
    for (const canvas of chart.querySelectorAll('canvas')) {
      if (!canvas.width || !canvas.height) continue;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0 && !(data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250)) drawn++;
        if (data[i + 3]! > 0 && Math.abs(data[i]! - r!) < 30 && Math.abs(data[i + 1]! - g!) < 30 && Math.abs(data[i + 2]! - b!) < 30) colour++;
      }
    }
    return { drawn, colour, canvases: chart.querySelectorAll('canvas').length };
  }, rgb);
}

test('the county map draws its townships, a GeoJSON layer imports and renders, a township drills down', async ({ page }) => {
  const layerName = `水库-${Date.now().toString(36)}`;
  await signIn(page, 'admin');
  await expectSignedIn(page);
  await page.goto('/map');
  const map = page.locator('.unit-map canvas').first();
  await expect(map).toBeVisible();
  // ECharts draws after layout: wait until the boundaries are on the canvas.
  await expect.poll(async () => (await canvasPixels(page, [212, 56, 13])).drawn, { timeout: 20_000 }).toBeGreaterThan(20_000);
  const before = await canvasPixels(page, [212, 56, 13]);

  await page.getByTestId('map-metric').click();
  await page.keyboard.type('办结率');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await shot(page, 'map-county-desktop');

  await page.getByTestId('import-layer').click();
  await page.getByTestId('layer-name').fill(layerName);
  await page.locator('.ant-modal input[type=file]').setInputFiles(fixture);
  await expect(page.getByTestId('layer-file')).toHaveText('reservoirs.geojson');
  await page.getByTestId('import-layer-submit').click();
  await expect(page.getByText('已导入 5 个要素')).toBeVisible();
  const layers = page.getByTestId('map-layers');
  await expect(layers.getByText(layerName)).toBeVisible();
  // The new layer is switched on: its colour (#d4380d) appears on the canvas where it was absent.
  await expect.poll(async () => (await canvasPixels(page, [212, 56, 13])).colour, { timeout: 15_000 }).toBeGreaterThan(before.colour + 150);
  await shot(page, 'map-layer-desktop');

  // Switched off, the layer's colour is gone again.
  await layers.getByTestId(`layer-${layerName}`).click();
  await expect.poll(async () => (await canvasPixels(page, [212, 56, 13])).colour, { timeout: 15_000 }).toBeLessThan(before.colour + 50);

  // Click the middle of the map: a township is selected; drill down to its villages.
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const selected = page.getByTestId('map-selected');
  await expect(selected.getByTestId('map-drill')).toBeVisible();
  const township = (await selected.locator('h5').textContent())!.trim();
  await selected.getByTestId('map-drill').click();
  await expect(page).toHaveURL(/\/map\/.+/);
  await expect(page.locator('.ant-breadcrumb')).toContainText(township);
  await expect.poll(async () => (await canvasPixels(page, [0, 0, 0])).drawn, { timeout: 20_000 }).toBeGreaterThan(20_000);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(selected.getByTestId('map-open-unit')).toBeVisible();
  await expect(selected.getByTestId('map-drill')).toHaveCount(0);
  await shot(page, 'map-township-desktop');
  await selected.getByTestId('map-open-unit').click();
  await expect(page).toHaveURL(/\/org-units\/.+/);
});

test('on a 390×844 phone the map fits the screen with the cards below it', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  const page = await phone.newPage();
  await signIn(page, 'duchashi');
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/map');
  await expect(page.locator('.unit-map canvas').first()).toBeVisible();
  await expect.poll(async () => (await canvasPixels(page, [0, 0, 0])).drawn, { timeout: 20_000 }).toBeGreaterThan(10_000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'map-county-phone');
  await page.getByTestId('map-layers').scrollIntoViewIfNeeded();
  await shot(page, 'map-cards-phone');
  await phone.close();
});
