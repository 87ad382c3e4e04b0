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
