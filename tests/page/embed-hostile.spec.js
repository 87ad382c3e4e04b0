// The script embed in a shadow root under the demo article's hostile CSS: the same pixels
// and the same type as our own embed page, error boxes included.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { MIN_INK, frameReady, canvasInfo, canvasPng, comparePngs } = require('./embed-helpers');

test.describe.configure({ mode: 'parallel' });

// --- 3. the script embed under hostile CSS ------------------------------------------------

/** The computed type (spacing, size, family) of the element `locator` names, shadow roots included. */
const TYPE_PROPS = ['letterSpacing', 'wordSpacing', 'fontSize', 'lineHeight', 'fontFamily', 'textTransform'];
function typeOf(locator) {
  return locator.evaluate((el, props) => {
    const s = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, s[p]]));
  }, TYPE_PROPS);
}

for (const { width, dpr } of [
  { width: 360, dpr: 2 },
  { width: 1280, dpr: 1 },
]) {
  test.describe(`The script embed at ${width} px and pixel ratio ${dpr}`, () => {
    test.use({ viewport: { width, height: 900 }, deviceScaleFactor: dpr });

    test('draws under the demo article\'s hostile CSS the same pixels as embed/growth.html at the same width', async ({ page, context }) => {
      const problems = watchProblems(page);
      await page.goto('demo/index.html');
      const host = page.locator('div[data-report-chart="growth"]');
      await host.scrollIntoViewIfNeeded();
      await expect(host.locator('figure.drawn')).toHaveCount(1);
      const canvas = host.locator('canvas');
      const inShadow = await canvasInfo(canvas);
      const plotWidth = await host.locator('.plot').evaluate((p) => p.clientWidth);
      expect(inShadow.ink, 'the script embed drew its chart').toBeGreaterThan(MIN_INK);
      expect(inShadow.dpr).toBe(dpr);
      expect(inShadow.width, 'backing store at the pixel ratio').toBe(Math.round(plotWidth * dpr));

      // The chart's own page, in a window exactly as wide as the script embed's plot.
      const own = await context.newPage();
      const ownProblems = watchProblems(own);
      await own.setViewportSize({ width: plotWidth, height: 900 });
      await own.goto('embed/growth.html');
      expect(await frameReady(own.mainFrame())).toBe(1);
      expect(await own.locator('.plot').evaluate((p) => p.clientWidth), 'same plot width').toBe(plotWidth);
      const inFrame = await canvasInfo(own.locator('canvas'));
      expect([inShadow.width, inShadow.height], 'same backing-store size').toEqual([inFrame.width, inFrame.height]);

      const diff = await comparePngs(own, await canvasPng(canvas), await canvasPng(own.locator('canvas')));
      expect.soft(diff.share, `${diff.differ} of ${diff.a[0]}×${diff.a[1]} pixels differ from embed/growth.html`).toBeLessThanOrEqual(0.001);

      // The caption (screen-reader text) and the tooltip have our type, not the article's.
      const [caption, ownCaption] = await Promise.all([typeOf(host.locator('figcaption')), typeOf(own.locator('figcaption'))]);
      expect.soft(caption.letterSpacing, 'letter-spacing of the figcaption in the shadow root').toBe('normal');
      for (const p of [page, own]) {
        await (p === page ? canvas : p.locator('canvas')).focus();
        await p.keyboard.press('ArrowRight');
      }
      const tip = host.locator('.tooltip .tip-value');
      await expect(tip).toBeVisible();
      await expect(own.locator('.tooltip .tip-value')).toBeVisible();
      expect(await tip.textContent()).toBe(await own.locator('.tooltip .tip-value').textContent());
      const [tipType, ownTipType] = await Promise.all([typeOf(tip), typeOf(own.locator('.tooltip .tip-value'))]);
      expect.soft(tipType, 'tooltip value type in the shadow root = on our own page').toEqual(ownTipType);
      expect.soft(caption.wordSpacing).toBe(ownCaption.wordSpacing);
      expect(describeProblems(problems)).toEqual([]);
      expect(describeProblems(ownProblems)).toEqual([]);
    });
  });
}

test('an error box in the script embed under hostile CSS has the type of our own page', async ({ page, context }) => {
  // The data file is missing: every chart says so in its error box.
  const missing = (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  await page.route('**/data/charts.zh.bin', missing);
  await page.goto('demo/index.html');
  const box = page.locator('div[data-report-chart="growth"] .chart-error');
  await expect(box).toBeVisible();
  await expect(box).toContainText('HTTP 404');
  const own = await context.newPage();
  await own.route('**/data/charts.zh.bin', missing);
  await own.goto('embed/growth.html');
  await expect(own.locator('.chart-error')).toContainText('HTTP 404');
  const [hostile, ours] = await Promise.all([typeOf(box), typeOf(own.locator('.chart-error'))]);
  expect(hostile.letterSpacing, 'letter-spacing of the error box in the shadow root').toBe('normal');
  expect(hostile, 'error box type in the shadow root = on our own page').toEqual(ours);
});
