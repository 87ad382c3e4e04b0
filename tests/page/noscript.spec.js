// Without script the page is still the whole story: every chart is its static SVG,
// in the variant for the screen's width and theme, with a text alternative.
const { test, expect } = require('@playwright/test');
const { report } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const CASES = [
  { width: 360, scheme: 'light', variant: '.narrow' },
  { width: 360, scheme: 'dark', variant: '.narrow.dark' },
  { width: 768, scheme: 'light', variant: '' },
  { width: 768, scheme: 'dark', variant: '.dark' },
  { width: 1280, scheme: 'light', variant: '' },
  { width: 1280, scheme: 'dark', variant: '.dark' },
];

/**
 * The first chart's static SVGs are in the page itself (issue 19): the one drawn for this
 * width shows, named, within the viewport, in the scheme's background; the others not.
 */
async function expectInPage(figure, width, scheme) {
  const shown = await figure.locator('.fallback svg').evaluateAll((svgs) => svgs
    .filter((s) => s.checkVisibility())
    .map((s) => ({ cls: s.getAttribute('class'), label: s.getAttribute('aria-label'), width: s.getBoundingClientRect().width, bg: getComputedStyle(s.querySelector('rect')).fill })));
  expect(shown.length, 'one of the SVGs shows').toBe(1);
  expect(shown[0].cls).toBe(width < 521 ? 'narrow' : width < 848 ? 'mid' : 'wide');
  expect(shown[0].label).toMatch(/\S{10}/);
  expect(shown[0].width).toBeLessThanOrEqual(width);
  expect(shown[0].bg).toBe(scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)');
  await expect(figure.locator('canvas')).toBeHidden();
}

for (const { width, scheme, variant } of CASES) {
  test.describe(`Without JavaScript at ${width} px in the ${scheme} theme`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width, height: 800 }, colorScheme: scheme });

    test(`every figure shows its loaded svg/ID${variant}.svg with a non-empty alt text`, async ({ page }) => {
      await page.goto('./');
      const ids = report().charts.map((c) => c.id);
      const figures = await page.locator('figure[data-chart]').all();
      expect(figures.length).toBe(ids.length);
      for (const figure of figures) {
        const id = await figure.getAttribute('data-chart');
        if (await figure.locator('.fallback svg').count()) {
          await expectInPage(figure, width, scheme);
          continue;
        }
        const img = figure.locator('.fallback img');
        await expect(img).toBeVisible();
        await expect(img).toHaveAttribute('alt', /\S/);
        const loaded = await img.evaluate((i) => ({ complete: i.complete, naturalWidth: i.naturalWidth, src: i.currentSrc }));
        expect(loaded.complete, `${id} loaded`).toBe(true);
        expect(loaded.naturalWidth, `${id} natural width`).toBeGreaterThan(0);
        expect(new URL(loaded.src).pathname).toBe(`/svg/${id}${variant}.svg`);
        await expect(figure.locator('canvas')).toBeHidden();
        const box = await img.boundingBox();
        expect(box.width, `${id} fits the viewport`).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBeUndefined();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    });
  });
}

test.describe('Without JavaScript, the 数据与下载 disclosure', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('opens by keyboard on its table, its sources and the SVG, CSV and PNG files the build wrote', async ({ page, request }) => {
    await page.goto('./');
    const id = report().charts[1].id;
    const figure = page.locator(`figure[data-chart="${id}"]`);
    const summary = figure.locator('details.data > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(figure.locator('table')).toBeVisible();
    await expect(figure.locator('.sources')).toBeVisible();
    for (const [cls, file] of [['.dl-svg', `svg/${id}.svg`], ['.dl-csv', `csv/${id}.csv`], ['.dl-png', `png/${id}.png`]]) {
      const link = figure.locator(cls);
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', file);
      expect((await request.get(file)).status(), file).toBe(200);
    }
    // The embed codes need the script (the site's address): they stay hidden.
    await expect(figure.locator('details.embed-code')).toBeHidden();
  });
});
