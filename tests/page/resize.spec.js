// The charts follow the window: a resize repaints each canvas at its new width, at the
// screen's pixel ratio, within a frame or two.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems, openStory, canvases, unsharp } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const MIN_INK = 0.01;

/** CSS widths of the canvases, by chart id. */
async function widths(page) {
  return Object.fromEntries((await canvases(page)).map((c) => [c.id, c.clientWidth]));
}

/**
 * Scrolls every chart into view in turn, as a reader would: charts far off screen are
 * repainted when they come near the viewport, not on every resize.
 */
async function visitAll(page) {
  const n = await page.locator('figure[data-chart]').count();
  for (let i = 0; i < n; i += 1) {
    await page.locator('figure[data-chart]').nth(i).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

/** Resizes the viewport and waits until every canvas has been repainted at its new width. */
async function resizeTo(page, width) {
  const before = await widths(page);
  await page.setViewportSize({ width, height: 800 });
  const after = await page.evaluate(() => innerWidth);
  expect(after).toBe(width);
  await visitAll(page);
  // The repaint is scheduled for the next animation frame after the ResizeObserver.
  await expect.poll(() => unsharp(page), { timeout: 3_000, message: `canvases repainted at ${width} px` }).toEqual([]);
  const now = await canvases(page);
  // The step must really change the charts' width, or it would prove nothing.
  expect(now.filter((c) => c.clientWidth === before[c.id]).map((c) => c.id)).toEqual([]);
  expect(now.filter((c) => c.clientWidth > width).map((c) => `${c.id}: ${c.clientWidth}px`)).toEqual([]);
  expect(now.filter((c) => !(c.ink > MIN_INK)).map((c) => `${c.id}: ${(c.ink * 100).toFixed(2)}% ink`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
}

test.describe('At pixel ratio 1', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

  test('resizing from 1280 to 420 to 1000 px repaints every canvas sharp at its new width without errors', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    expect(await unsharp(page)).toEqual([]);
    await resizeTo(page, 420);
    await resizeTo(page, 1000);
    expect(describeProblems(problems)).toEqual([]);
  });
});

test.describe('At pixel ratio 2', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });

  test('every canvas has a backing store twice its CSS width, before and after a resize', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    const twice = async () =>
      (await canvases(page))
        .filter((c) => c.dpr !== 2 || c.clientWidth === 0 || c.width !== 2 * c.clientWidth)
        .map((c) => `${c.id}: backing ${c.width}px for ${c.clientWidth} CSS px at ratio ${c.dpr}`);
    expect(await twice()).toEqual([]);
    await resizeTo(page, 420);
    expect(await twice()).toEqual([]);
    expect(describeProblems(problems)).toEqual([]);
  });
});

test.describe('Off screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

  test('a resize repaints the charts near the viewport at once and the far ones when they come near', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    await page.setViewportSize({ width: 500, height: 800 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = await canvases(page);
    const first = now[0];
    const last = now[now.length - 1];
    expect(first.width, 'the chart on screen is repainted at once').toBe(first.clientWidth);
    expect(last.width, 'the chart at the end of the page waits').not.toBe(last.clientWidth);
    await page.locator('figure[data-chart]').last().scrollIntoViewIfNeeded();
    await expect.poll(async () => {
      const c = (await canvases(page)).pop();
      return c.width === c.clientWidth;
    }).toBe(true);
    expect(describeProblems(problems)).toEqual([]);
  });
});

/**
 * In the page, before its scripts: once `window.__holdYields` is set, the page's yields to
 * the browser (scheduler.yield) are kept in `window.__heldYields`, not resumed, until the
 * test resumes them.
 */
function holdYields() {
  const held = [];
  Object.defineProperty(window, '__heldYields', { value: held });
  const own = window.scheduler.yield.bind(window.scheduler);
  window.scheduler.yield = () => (window.__holdYields ? new Promise((resolve) => held.push(resolve)) : own());
}

/** Per canvas within a screen of the viewport: on screen, and painted at its CSS width. */
const nearCanvases = (page) => page.evaluate(() => [...document.querySelectorAll('figure[data-chart] canvas')]
  .map((c) => ({ c, r: c.getBoundingClientRect() }))
  .filter(({ c, r }) => !c.hidden && r.bottom > -innerHeight && r.top < 2 * innerHeight)
  .map(({ c, r }) => ({
    id: c.closest('figure').dataset.chart,
    onScreen: r.bottom > 0 && r.top < innerHeight,
    sharp: c.width === Math.round(c.clientWidth * devicePixelRatio),
  })));

test.describe('Near the viewport', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

  test('a resize repaints the charts on screen in its frame, those near it a chart a task, and one scrolled on screen at once', async ({ page }) => {
    const problems = watchProblems(page);
    await page.addInitScript(holdYields);
    await openStory(page);
    // A chart in the middle of the screen, so that others are near on both sides of it; a
    // small step, so that the charts near before the resize are near after it.
    await page.locator('figure[data-chart]').nth(4).evaluate((f) => f.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => { window.__holdYields = true; });
    await page.setViewportSize({ width: 800, height: 800 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const near = await nearCanvases(page);
    expect(near.filter((c) => c.onScreen && !c.sharp).map((c) => c.id), 'repainted in the resize\'s frame').toEqual([]);
    const waiting = near.filter((c) => !c.onScreen && !c.sharp);
    expect(waiting.length, 'charts near the viewport wait for the tasks after it').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.chartsRedrawing)).toBe('');
    // A waiting chart scrolled on screen is repainted before the frame that shows it.
    const shown = await page.evaluate((id) => new Promise((resolve) => {
      document.querySelector(`figure[data-chart="${id}"] canvas`).scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => resolve([...document.querySelectorAll('figure[data-chart] canvas')]
        .filter((c) => { const r = c.getBoundingClientRect(); return !c.hidden && r.bottom > 0 && r.top < innerHeight; })
        .filter((c) => c.width !== Math.round(c.clientWidth * devicePixelRatio))
        .map((c) => c.closest('figure').dataset.chart)));
    }), waiting[0].id);
    expect(shown, 'no stretched canvas on screen').toEqual([]);
    // Resumed, the tasks repaint every chart near the viewport, and the page says so.
    await page.evaluate(async () => {
      window.__holdYields = false;
      while (window.__heldYields.length) {
        window.__heldYields.shift()();
        await new Promise((r) => setTimeout(r, 0));
      }
    });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.chartsRedrawing)).toBeUndefined();
    expect((await nearCanvases(page)).filter((c) => !c.sharp).map((c) => c.id)).toEqual([]);
    expect(describeProblems(problems)).toEqual([]);
  });
});

/**
 * Scrolls from the top of the page to its foot two screens at a time (a reader's fling, or
 * a live number that brings its chart into view), a frame or two apart, and resolves to
 * the sum of the layout shifts meanwhile.
 */
const shiftsWhileScrolling = (page) => page.evaluate(async () => {
  let sum = 0;
  const seen = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) sum += entry.value;
  });
  seen.observe({ type: 'layout-shift' });
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  scrollTo(0, 0);
  await frames();
  while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
    scrollBy(0, 2 * innerHeight);
    await frames();
  }
  await frames();
  sum += seen.takeRecords().reduce((s, e) => s + e.value, 0);
  seen.disconnect();
  return sum;
});

test.describe('Layout', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

  test('after a resize from 1280 to 360 px, scrolling through the page shifts nothing: a waiting canvas already has its new height', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    // The page's tasks after the resize: the charts near the viewport repainted, the far
    // ones laid out at their new width (a reader's fling comes after them). They start a
    // frame after the resize: on a slow machine, `data-charts-redrawing` is still unset
    // when the viewport has changed, so the test waits for it to be set and unset again.
    await page.evaluate(() => {
      window.redrawsSeen = 0;
      new MutationObserver((records) => {
        window.redrawsSeen += records.length;
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-charts-redrawing'] });
    });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction(() => window.redrawsSeen > 0 && document.documentElement.dataset.chartsRedrawing === undefined);
    const stretched = await page.evaluate(() => [...document.querySelectorAll('figure[data-chart] canvas')]
      .filter((c) => !c.hidden && c.width !== Math.round(c.clientWidth * devicePixelRatio)).length);
    expect(stretched, 'charts far off wait for their repaint').toBeGreaterThan(0);
    expect(await shiftsWhileScrolling(page)).toBe(0);
    expect(describeProblems(problems)).toEqual([]);
  });
});
