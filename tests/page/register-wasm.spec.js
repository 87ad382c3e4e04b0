// The register's chart kinds (ranking, target-result, trend) are drawn by the reader's
// wasm built with them, which only the indicators' pages load (`<html data-wasm>`); the
// story page's own wasm leaves them out. Given the story page's wasm, an indicator page
// shows each such chart's error box in its place over its static SVG: never a blank or
// a crash. Served from target/site-test/ on TEST_PORT + 2; skipped when it was not built.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');
const { serve } = require('./site-helpers');

const ROOT = path.join(__dirname, '..', '..', 'target', 'site-test');
const PORT = Number(process.env.TEST_PORT || 8123) + 2;
const BASE = `http://127.0.0.1:${PORT}/`;

test.skip(!fs.existsSync(path.join(ROOT, 'indicators', 'gdp.html')), 'target/site-test/ is absent: run make site-test');

let served;
test.beforeAll(async () => {
  served = await serve(ROOT, PORT, 'indicators/gdp.html');
});
test.afterAll(() => served?.stop());

test('an indicator page loads the wasm it names, and the story page never loads it', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${BASE}indicators/gdp.html`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
  const named = await page.evaluate(() => document.documentElement.dataset.wasm);
  expect(named).toMatch(/report_charts_register_bg\.[0-9a-f]+\.wasm$/);
  expect(wasm).toEqual([new URL(named, `${BASE}indicators/`).pathname]);
  await expect(page.locator('.chart-error')).toHaveCount(0);
  wasm.length = 0;
  await page.goto(`${BASE}xihu-2024/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/\/pkg\/report_charts_bg\.[0-9a-f]+\.wasm$/);
});

test('given the story page\'s wasm, an indicator page shows each chart of a register kind as its own error box', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The page as a build without the register's wasm would name it: no data-wasm.
  await page.route(/indicators\/gdp\.html$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/ data-wasm="[^"]*"/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${BASE}indicators/gdp.html`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
  const figures = page.locator('figure.chart');
  const n = await figures.count();
  expect(n).toBeGreaterThan(0);
  await expect(page.locator('figure.chart .chart-error')).toHaveCount(n);
  await expect(page.locator('.chart-error').first()).toContainText(/target-result|ranking|trend/);
  await expect(page.locator('.chart-error').first()).toContainText('does not draw');
  // The static chart stays for the reader.
  await expect(page.locator('figure.chart picture.fallback img').first()).toBeVisible();
  expect(errors).toEqual([]);
});
