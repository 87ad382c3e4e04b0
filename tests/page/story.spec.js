// The story page as a reader gets it, at a phone, a tablet and a desktop width, each
// at a different pixel ratio so that sharpness is checked at 1×, 2× and 3×.
const { test, expect } = require('@playwright/test');
const { report, watchProblems, describeProblems, openStory, canvases } = require('./helpers');

/** A chart whose canvas differs from its background in fewer pixels than this is empty. */
const MIN_INK = 0.01;

test.describe.configure({ mode: 'parallel' });

const SCREENS = [
  { width: 360, dpr: 1 },
  { width: 768, dpr: 2 },
  { width: 1280, dpr: 3 },
];

for (const { width, dpr } of SCREENS) {
  test.describe(`At ${width} px wide and pixel ratio ${dpr}`, () => {
    test.use({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });

    test('the page loads with no console error or warning and no page error', async ({ page }) => {
      const problems = watchProblems(page);
      await openStory(page);
      await page.waitForLoadState('load');
      // Chromium warns about a <link rel=preload> left unused 3 s after the load event,
      // and requests the favicon after it: wait long enough for both to be reported.
      await page.waitForTimeout(3_500);
      expect(describeProblems(problems)).toEqual([]);
    });

    test('every chart is drawn and the charts-ready mark is set', async ({ page }) => {
      await openStory(page);
      const figures = await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.dataset.chart));
      // Every chart of the data file has its figure, so an empty page cannot pass.
      expect(figures.slice().sort()).toEqual(report().charts.map((c) => c.id).sort());
      const ready = await page.evaluate(() => document.documentElement.dataset.chartsReady);
      expect(Number(ready)).toBe(figures.length);
      const marks = await page.evaluate(() => performance.getEntriesByName('charts-ready', 'mark').length);
      expect(marks).toBe(1);
      await expect(page.locator('.chart-error')).toHaveCount(0);
    });

    test('every canvas is visible, sharp at the pixel ratio and has drawn its chart', async ({ page }) => {
      await openStory(page);
      for (const canvas of await page.locator('figure[data-chart] canvas').all()) {
        await expect(canvas).toBeVisible();
      }
      const all = await canvases(page);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((c) => c.hidden).map((c) => c.id)).toEqual([]);
      expect(all.map((c) => `${c.id}: ${c.width}`)).toEqual(all.map((c) => `${c.id}: ${c.expectedWidth}`));
      expect(all.filter((c) => c.dpr !== dpr).map((c) => c.id)).toEqual([]);
      const empty = all.filter((c) => !(c.ink > MIN_INK)).map((c) => `${c.id}: ${(c.ink * 100).toFixed(2)}% ink`);
      expect(empty).toEqual([]);
    });

    test('no canvas is wider than the viewport and the page does not scroll sideways', async ({ page }) => {
      await openStory(page);
      const boxes = await page
        .locator('figure[data-chart] canvas')
        .evaluateAll((cs) => cs.map((c) => ({ id: c.closest('figure').dataset.chart, ...c.getBoundingClientRect().toJSON() })));
      expect(boxes.length).toBeGreaterThan(0);
      const outside = boxes.filter((b) => b.left < 0 || b.right > width + 0.5).map((b) => `${b.id}: ${b.left}–${b.right}`);
      expect(outside).toEqual([]);
      const scroll = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.innerWidth);
    });

    test("the headline is the report's title and the section headings follow the report's order", async ({ page }) => {
      await openStory(page);
      const data = report();
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(data.meta.title.zh);
      await expect(page).toHaveTitle(data.meta.title.zh);
      // page.rs leaves out a section without charts.
      const expected = data.sections
        .filter((s) => data.charts.some((c) => c.section === s.id))
        .map((s) => s.title.zh);
      expect(expected.length).toBeGreaterThan(0);
      const h2 = await page.locator('h2').allTextContents();
      // Each heading also carries the section's short label, so match by inclusion.
      expect(h2.map((text, i) => (expected[i] && text.includes(expected[i]) ? expected[i] : text))).toEqual(expected);
    });
  });
}
