// The story page's first chart does not wait for the whole article (issue 19: the first
// canvas within 50 ms of the page's first paint). The module is async and draws the first
// chart as soon as the parser is past it. Here the parser is held right after the first
// chart (a script the page waits for, which the test answers only when it lets it go), so
// that what is drawn before the rest of the article arrives can be seen.
const { test, expect } = require('@playwright/test');
const { report, watchProblems } = require('./helpers');

/** Serves the story page with a script that holds the parser after its first chart; returns its release. */
async function holdAfterFirstChart(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</figure>', '</figure>\n<script src="held.js"></script>');
    await route.fulfill({ response, body: html });
  });
  await page.route('**/held.js', async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  return release;
}

test.describe('The first chart', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('is drawn while the rest of the article is still arriving, and the others once it has', async ({ page }) => {
    const problems = watchProblems(page);
    const release = await holdAfterFirstChart(page);
    await page.goto('./', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('figure[data-chart]')?.classList.contains('drawn'), null, { timeout: 20_000 });
    const early = await page.evaluate(() => ({
      state: document.readyState,
      figures: document.querySelectorAll('figure[data-chart]').length,
      mark: performance.getEntriesByName('first-chart', 'mark').length,
    }));
    expect(early).toEqual({ state: 'loading', figures: 1, mark: 1 });
    release();
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
    const drawn = await page.locator('figure[data-chart].drawn').count();
    expect(drawn).toBe(report().charts.length);
    expect(problems).toEqual([]);
  });
});

// Its SVGs are in the page (src/publish/inline_svg.rs), drawn at 848, 768 and 360 px: on a
// phone wider than 360 px the narrow one shows at the width it was drawn at, as tall as the
// canvas that replaces it, so that the article below does not move when the canvas comes.
// (Between 460 and 768 px, and from 768 to 848, the canvas takes other columns than either
// drawing: not held here.)
test.describe('The first chart keeps its height when its canvas replaces its SVG', () => {
  for (const width of [360, 412, 430, 768, 1280]) {
    test(`at ${width} px`, async ({ browser }) => {
      const height = async (javaScriptEnabled) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto('./');
        const figure = page.locator('figure[data-chart]').first();
        if (javaScriptEnabled) await expect(figure).toHaveClass(/drawn/);
        else await expect(figure.locator('.fallback svg').filter({ visible: true })).toHaveCount(1);
        const h = await figure.locator('.plot').evaluate((p) => p.getBoundingClientRect().height);
        await context.close();
        return h;
      };
      expect(await height(true), 'the canvas as tall as the SVG was').toBeCloseTo(await height(false), 0);
    });
  }
});
