// What a reader sees when the data or the wasm is wrong or missing: an error box that
// says what failed, above the static SVG, which stays visible; never an uncaught error.
const { test, expect } = require('@playwright/test');
const {
  DATA, SOURCE, report, resolvedFrom, resolvedBytes, watchProblems, describeProblems, openStory,
} = require('./helpers');

test.describe.configure({ mode: 'parallel' });

// The page is in Chinese by default; app.js puts these words before the message.
const FAILED = '此图表无法显示：';
const LOAD = '图表数据无法载入：';
const WASM_FAILED = '图表程序无法载入，显示的是静态图：';

/** Serves `body` with `status` in place of the charts file. */
function serveData(page, status, body) {
  return page.route(`**/${DATA}`, (route) =>
    route.fulfill({ status, contentType: 'application/octet-stream', body }),
  );
}

/** Every figure's static SVG shows and loads when the reader scrolls to it (they load lazily). */
async function expectFallbacks(page, figures) {
  for (const figure of figures) {
    // The first chart's SVG is in the page itself (the one of three the width shows).
    const inPage = (await figure.locator('.fallback svg').count()) > 0;
    const img = figure.locator(inPage ? '.fallback svg.wide' : '.fallback img');
    await figure.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    if (!inPage) await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    // An undrawn canvas must take no room: otherwise a blank box sits under the SVG.
    await expect(figure.locator('canvas'), 'the undrawn canvas is hidden').toBeHidden();
  }
}

/** Console errors, other than Chromium's log line for a response the test itself made fail. */
const unexpected = (problems, failedUrl) =>
  describeProblems(
    problems.filter(
      (p) =>
        !(failedUrl && p.kind === 'console.error' && failedUrl.test(p.url) && p.text.startsWith('Failed to load resource')),
    ),
  );

test('a chart that names a missing figure shows where the data is wrong and the other charts still draw', async ({ page }) => {
  const data = report();
  const n = 4;
  const m = 1;
  const broken = data.charts[n].id;
  data.charts[n].figures[m] = 'no-such-figure';
  await serveData(page, 200, resolvedFrom(JSON.stringify(data, null, 2)));
  const problems = watchProblems(page);
  await openStory(page);

  const figure = page.locator(`figure[data-chart="${broken}"]`);
  const box = figure.locator('.chart-error');
  await expect(box).toBeVisible();
  await expect(box).toHaveText(new RegExp(`^${FAILED}`));
  await expect(box).toContainText(SOURCE);
  await expect(box).toContainText(`charts[${n}].figures[${m}]`);
  await expect(box).toContainText('"no-such-figure"');
  await expectFallbacks(page, [figure]);

  const total = data.charts.length;
  const ready = await page.evaluate(() => document.documentElement.dataset.chartsReady);
  expect(Number(ready)).toBe(total - 1);
  await expect(page.locator('.chart-error')).toHaveCount(1);
  await expect(page.locator('figure[data-chart].drawn')).toHaveCount(total - 1);
  await expect(page.locator('figure[data-chart]:not(.drawn)')).toHaveAttribute('data-chart', broken);
  expect(unexpected(problems)).toEqual([]);
});

/** Every figure shows `pattern` in a load error box, over its static chart; none drew. */
async function expectLoadErrorEverywhere(page, pattern) {
  const figures = await page.locator('figure[data-chart]').all();
  expect(figures.length).toBe(report().charts.length);
  for (const figure of figures) {
    const box = figure.locator('.chart-error');
    await expect(box).toBeVisible();
    await expect(box).toHaveText(new RegExp(`^${LOAD}`));
    await expect(box).toContainText(DATA);
    await expect(box).toContainText(pattern);
  }
  await expectFallbacks(page, figures);
  expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBe('0');
}

test('a file that is not a charts file puts what it is in every figure and keeps the static charts', async ({ page }) => {
  // The data file itself, where the charts file should be: a mix-up on deploy.
  await serveData(page, 200, JSON.stringify(report()));
  const problems = watchProblems(page);
  await openStory(page);
  await expectLoadErrorEverywhere(page, 'is not a chart file written by this site\'s build');
  expect(unexpected(problems)).toEqual([]);
});

test('a charts file from another build says to build again in every figure and keeps the static charts', async ({ page }) => {
  const bytes = Buffer.from(resolvedBytes());
  bytes[4] += 1;
  await serveData(page, 200, bytes);
  const problems = watchProblems(page);
  await openStory(page);
  await expectLoadErrorEverywhere(page, /another build \(format \d+; this page reads format \d+\)/);
  expect(unexpected(problems)).toEqual([]);
});

test('a charts file cut short draws the charts before the cut and says where it ends in the others', async ({ page }) => {
  const bytes = resolvedBytes();
  await serveData(page, 200, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const problems = watchProblems(page);
  await openStory(page);
  const drawn = await page.locator('figure[data-chart].drawn').count();
  const total = report().charts.length;
  expect(drawn, 'the charts whose records arrived whole').toBeGreaterThan(0);
  expect(drawn).toBeLessThan(total);
  const boxes = page.locator('.chart-error');
  await expect(boxes).toHaveCount(total - drawn);
  await expect(boxes.first()).toHaveText(new RegExp(`^${FAILED}`));
  await expect(boxes.first()).toContainText(/is cut short after \d+ bytes/);
  await expectFallbacks(page, await page.locator('figure[data-chart]:not(.drawn)').all());
  expect(unexpected(problems)).toEqual([]);
});

test('a missing data file is reported as HTTP 404 in every figure and the static charts stay', async ({ page }) => {
  await serveData(page, 404, 'Not found');
  const problems = watchProblems(page);
  await openStory(page);

  const figures = await page.locator('figure[data-chart]').all();
  expect(figures.length).toBe(report().charts.length);
  for (const figure of figures) {
    const box = figure.locator('.chart-error');
    await expect(box).toBeVisible();
    await expect(box).toHaveText(`${LOAD}${DATA}: HTTP 404`);
  }
  await expectFallbacks(page, figures);
  expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBe('0');
  expect(unexpected(problems, new RegExp(`${DATA}$`))).toEqual([]);
});

test('a missing wasm file is reported with its name and HTTP 404 in every figure and the static charts stay', async ({ page }) => {
  // The wasm's name carries a content hash: pkg/report_charts_bg.HASH.wasm.
  const WASM = /pkg\/report_charts_bg\.[0-9a-f]+\.wasm$/;
  await page.route(WASM, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  const problems = watchProblems(page);
  await openStory(page);

  const figures = await page.locator('figure[data-chart]').all();
  expect(figures.length).toBe(report().charts.length);
  for (const figure of figures) {
    const box = figure.locator('.chart-error');
    await expect(box).toBeVisible();
    await expect(box).toHaveText(new RegExp(`^${WASM_FAILED}`));
    await expect(box).toContainText('404');
    await expect(box).toContainText(/report_charts_bg\.[0-9a-f]+\.wasm/);
  }
  await expectFallbacks(page, figures);
  expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBe('0');
  expect(unexpected(problems, WASM)).toEqual([]);
});
