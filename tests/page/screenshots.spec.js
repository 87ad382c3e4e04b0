// Full-page screenshots for review, at a phone, a tablet and a desktop width in both
// themes: written to tests/screenshots/ only when SCREENSHOTS is set (`make screenshots`).
// Without it every width and theme still runs its checks; only the files are skipped.
const path = require('path');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems, openStory, canvases } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const WRITE = Boolean(process.env.SCREENSHOTS);
const OUT = path.join(__dirname, '..', 'screenshots');

for (const width of [360, 768, 1280]) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`At ${width} px in the ${scheme} theme`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      test("every chart is drawn on the page's own background with no console error or warning", async ({ page }) => {
        const problems = watchProblems(page);
        await openStory(page);
        const figures = await page.locator('figure[data-chart]').count();
        expect(figures).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBe(String(figures));
        await expect(page.locator('.chart-error')).toHaveCount(0);

        // The canvas paints its theme's background: it must be the page's, in either theme.
        const page_bg = await page.evaluate(() => {
          const probe = document.createElement('canvas').getContext('2d');
          probe.fillStyle = getComputedStyle(document.body).backgroundColor;
          probe.fillRect(0, 0, 1, 1);
          return [...probe.getImageData(0, 0, 1, 1).data];
        });
        const all = await canvases(page);
        expect(all.filter((c) => String(c.background) !== String(page_bg)).map((c) => `${c.id}: ${c.background}`)).toEqual([]);
        expect(all.filter((c) => !(c.ink > 0.01)).map((c) => c.id)).toEqual([]);

        if (WRITE) {
          await page.screenshot({ path: path.join(OUT, `page-${width}-${scheme}.png`), fullPage: true });
        }
        expect(describeProblems(problems)).toEqual([]);
      });
    });
  }
}
