// The one-file edition (dist/xihu-2024.html) opened from disk, as a reader who got it by
// mail would: every chart draws from what is inside the file, and nothing is fetched
// from anywhere else; without JavaScript the inlined SVGs are the charts.
const path = require('path');
const { pathToFileURL } = require('url');
const { test, expect } = require('@playwright/test');
const { report, watchProblems, describeProblems, canvases } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const FILE = path.resolve(__dirname, '..', '..', 'dist', 'xihu-2024.html');
const URL_ = pathToFileURL(FILE).href;
const MIN_INK = 0.01;

/** Every URL the page requests from now on. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests to anything but the file itself and data: URLs inside it. */
const outside = (urls) => urls.filter((u) => !(u.startsWith('file:') || u.startsWith('data:')));

test('the one-file edition opened from disk draws every chart from inside the file, without errors or requests', async ({ page }) => {
  const urls = recordRequests(page);
  const problems = watchProblems(page);
  await page.goto(URL_);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
  const total = report().charts.length;
  expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBe(String(total));
  const drawn = await canvases(page);
  expect(drawn.length).toBe(total);
  expect(drawn.filter((c) => c.hidden || !(c.ink > MIN_INK)).map((c) => `${c.id}: hidden ${c.hidden}, ink ${c.ink}`)).toEqual([]);
  await expect(page.locator('.chart-error')).toHaveCount(0);
  // Embed codes need a served site; a file has none to offer.
  await expect(page.locator('details.embed-code')).toHaveCount(total);
  for (const d of await page.locator('details.embed-code').all()) await expect(d).toBeHidden();
  await page.waitForLoadState('networkidle');
  expect(urls[0]).toBe(URL_);
  expect(outside(urls)).toEqual([]);
  expect(describeProblems(problems)).toEqual([]);
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the one-file edition shows every chart as its inlined SVG with alt text, and requests nothing else', async ({ page }) => {
    const urls = recordRequests(page);
    await page.goto(URL_);
    const figures = page.locator('figure[data-chart]');
    await expect(figures).toHaveCount(report().charts.length);
    for (const figure of await figures.all()) {
      const id = await figure.getAttribute('data-chart');
      // The first chart's SVG is in the page itself (the one of three the width shows).
      const svg = figure.locator('.fallback svg.wide');
      if (await svg.count()) {
        await expect(svg, id).toBeVisible();
        await expect(svg, id).toHaveAttribute('aria-label', /\S{10}/);
        await expect(figure.locator('canvas'), id).toBeHidden();
        continue;
      }
      const img = figure.locator('.fallback img');
      await img.scrollIntoViewIfNeeded();
      await expect(img, id).toBeVisible();
      await expect(img, id).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
      await expect(img, id).toHaveAttribute('alt', /\S{10}/);
      expect(await img.evaluate((i) => i.complete && i.naturalWidth), `${id} decoded`).toBeGreaterThan(0);
      await expect(figure.locator('canvas'), id).toBeHidden();
    }
    expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBeUndefined();
    expect(outside(urls)).toEqual([]);
  });
});
