// The story page draws the charts near the viewport first (`charts-shown`) and the rest
// later: in background tasks after the first screen, when they come near, or when a live
// number asks for one (issue 19, long tasks). Here the background drawing is held (the
// page's background tasks are kept, not run, until the test lets them go), so that what
// waits can be seen waiting.
const { test, expect } = require('@playwright/test');
const { report, watchProblems } = require('./helpers');

/** In the page, before its scripts: background tasks are kept in `__held`, not run. */
function holdBackgroundTasks() {
  const held = [];
  Object.defineProperty(window, '__held', { value: held });
  window.scheduler.postTask = (task) => new Promise((resolve) => held.push(() => resolve(task())));
}

/** Runs the held background tasks (and those they post) one a task, until none is left. */
const releaseHeld = (page) => page.evaluate(async () => {
  while (window.__held.length) {
    window.__held.shift()();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
});

/** Opens the story with the background drawing held; resolves once the first screen is drawn. */
async function openHeld(page) {
  await page.addInitScript(holdBackgroundTasks);
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.dataset.chartsShown !== undefined, null, { timeout: 20_000 });
  await page.waitForLoadState('load');
}

/** Per figure, in page order: drawn, canvas visible, static SVG visible. */
const states = (page) => page.locator('figure[data-chart]').evaluateAll((figures) => figures.map((f) => ({
  id: f.dataset.chart,
  drawn: f.classList.contains('drawn'),
  canvas: f.querySelector('canvas').checkVisibility(),
  svg: [...f.querySelectorAll('.fallback img, .fallback svg')].some((e) => e.checkVisibility()),
})));

test.describe('Charts far down the page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the first screen is drawn at once and the charts further down wait behind their static charts', async ({ page }) => {
    const problems = watchProblems(page);
    await openHeld(page);
    const all = await states(page);
    const shown = Number(await page.evaluate(() => document.documentElement.dataset.chartsShown));
    expect(all.map((s) => s.id).sort()).toEqual(report().charts.map((c) => c.id).sort());
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all.length);
    expect(all.filter((s) => s.drawn).length).toBe(shown);
    // Every chart shows one picture: its canvas once drawn, its static SVG until then.
    expect(all.filter((s) => s.drawn !== s.canvas || s.canvas === s.svg).map((s) => s.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test('a waiting chart is drawn as it comes near', async ({ page }) => {
    await openHeld(page);
    const last = (await states(page)).filter((s) => !s.drawn).pop();
    const figure = page.locator(`figure[data-chart="${last.id}"]`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveClass(/drawn/);
    await expect(figure.locator('canvas')).toBeVisible();
    await expect(figure.locator('.fallback img')).toBeHidden();
  });

  test('a live number whose chart waits draws it and shows its figure there', async ({ page }) => {
    await openHeld(page);
    const waiting = new Set((await states(page)).filter((s) => !s.drawn).map((s) => s.id));
    const marks = await page.locator('.text a.fig[data-figure]').evaluateAll((ms) => ms.map((m) => [m.dataset.figure, m.getAttribute('href').slice('#chart-'.length)]));
    const [figure, chart] = marks.find(([, c]) => waiting.has(c));
    await page.locator(`.text a.fig[data-figure="${figure}"][href="#chart-${chart}"]`).first().focus();
    await expect(page.locator(`figure[data-chart="${chart}"]`)).toHaveClass(/drawn/);
    await expect(page.locator(`figure[data-chart="${chart}"] .highlight`)).toHaveCount(1);
    await expect(page.locator('.tooltip')).toBeVisible();
  });

  test('the background tasks draw every waiting chart, and then the page says charts-ready', async ({ page }) => {
    await openHeld(page);
    expect(await page.evaluate(() => window.__held.length)).toBeGreaterThan(0);
    await releaseHeld(page);
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined);
    const all = await states(page);
    expect(Number(await page.evaluate(() => document.documentElement.dataset.chartsReady))).toBe(all.length);
    expect(all.filter((s) => !s.drawn || !s.canvas || s.svg).map((s) => s.id)).toEqual([]);
  });
});
