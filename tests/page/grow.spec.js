// With motion on (the other page tests run with reduced motion, playwright.config.js):
// every chart scrolled into view ends whole, its bars with its labels, the same pixels as
// with reduced motion; on the story page and on the register's indicator pages, whose
// figures hold data tables many screens long (the tester's gdp.html at 360 px drew its
// labels and never its bars). The indicator pages are those of `make site-test`, served
// on TEST_PORT + 1000 by this file; skipped when that site was not built.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');
const { watchProblems, describeProblems } = require('./helpers');
const { serve } = require('./site-helpers');

const SITE = path.join(__dirname, '..', '..', 'target', 'site-test');
// Far from TEST_PORT + 1 (site.spec.js), which another run with the next TEST_PORT may hold.
const SITE_PORT = Number(process.env.TEST_PORT || 8123) + 1000;
/** The register's indicator pages (gdp, general-budget-revenue, …), Chinese. */
const INDICATORS = fs.existsSync(path.join(SITE, 'indicators'))
  ? fs.readdirSync(path.join(SITE, 'indicators')).filter((f) => /^[a-z0-9-]+\.html$/.test(f)).map((f) => f.slice(0, -5))
  : [];

/** Each drawn chart's canvas as `size:hash` of its pixels, by chart id. */
const prints = (page) => page.evaluate(() => {
  const out = {};
  for (const figure of document.querySelectorAll('figure[data-chart]')) {
    const c = figure.querySelector('canvas');
    if (!c || c.hidden || !c.width || !c.height) continue;
    // Read through a copy (see helpers.js, canvases).
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(c, 0, 0);
    const words = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
    let h = 0x811c9dc5;
    for (const w of words) h = Math.imul(h ^ w, 0x01000193) >>> 0;
    out[figure.dataset.chart] = `${c.width}x${c.height}:${h.toString(16)}`;
  }
  return out;
});

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });

/** The charts of `url` as drawn with reduced motion at `viewport`: the whole charts. */
async function stillPrints(browser, url, viewport) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    return await prints(page);
  } finally {
    await context.close();
  }
}

/**
 * Scrolls each chart of the page into view in turn, its canvas's top at the screen's
 * foot (the smallest part of it on screen), and waits until it is the whole chart.
 */
async function scrollThrough(page, whole) {
  const ids = Object.keys(whole);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    await page.locator(`figure[data-chart="${id}"] canvas`).evaluate((c) => {
      window.scrollBy(0, c.getBoundingClientRect().top - innerHeight + 40);
    });
    await expect.poll(async () => (await prints(page))[id], { message: `${id} grows in whole`, timeout: 10_000 }).toBe(whole[id]);
  }
  // None of them is left half-grown, or grown back.
  expect(await prints(page)).toEqual(whole);
}

for (const width of [360, 1280]) {
  test.describe(`With motion, at ${width} px`, () => {
    const viewport = { width, height: 800 };
    test.use({ viewport, reducedMotion: 'no-preference' });

    test('every chart of the story scrolled into view ends whole: its bars drawn with its labels', async ({ page, browser, baseURL }) => {
      test.setTimeout(120_000);
      const problems = watchProblems(page);
      const whole = await stillPrints(browser, baseURL, viewport);
      await page.goto('./');
      await ready(page);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(false);
      await scrollThrough(page, whole);
      expect(describeProblems(problems)).toEqual([]);
    });

    test.describe('the register', () => {
      test.skip(!fs.existsSync(path.join(SITE, 'index.html')), 'target/site-test/ is absent: run make site-test');
      let site;
      test.beforeAll(async () => {
        site = await serve(SITE, SITE_PORT, 'index.html');
      });
      test.afterAll(() => site?.stop());

      for (const id of INDICATORS) {
        test(`indicators/${id}.html: every chart scrolled into view ends whole, though its figure holds a long table`, async ({ page, browser }) => {
          test.setTimeout(120_000);
          const problems = watchProblems(page);
          const url = `${site.url}indicators/${id}.html`;
          const whole = await stillPrints(browser, url, viewport);
          await page.goto(url);
          await ready(page);
          await scrollThrough(page, whole);
          expect(describeProblems(problems)).toEqual([]);
        });
      }
    });
  });
}

/**
 * In the page, before its scripts: counts, per animation frame, the canvases painted in
 * its callbacks (a chart's paint sets its canvas's transform once), into
 * `window.__paintsPerFrame` (frame time → how many canvases).
 */
function countPaints() {
  const perFrame = new Map();
  Object.defineProperty(window, '__paintsPerFrame', { value: perFrame });
  let frame = null;
  const own = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (f) => own((now) => {
    frame = now;
    try { f(now); } finally { frame = null; }
  });
  const setTransform = CanvasRenderingContext2D.prototype.setTransform;
  CanvasRenderingContext2D.prototype.setTransform = function (...args) {
    if (frame !== null && this.canvas.closest?.('figure[data-chart]')) {
      if (!perFrame.has(frame)) perFrame.set(frame, new Set());
      perFrame.get(frame).add(this.canvas);
    }
    return setTransform.apply(this, args);
  };
}

/** Resolves once `quiet` frames in a row have painted no chart in their callbacks. */
const stillFrames = (page, quiet = 10) => page.evaluate((quiet) => new Promise((resolve) => {
  const painted = () => [...window.__paintsPerFrame.values()].reduce((n, s) => n + s.size, 0);
  let calm = 0;
  let seen = painted();
  const tick = () => {
    calm = painted() === seen ? calm + 1 : 0;
    seen = painted();
    if (calm >= quiet) resolve();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}), quiet);

/**
 * Opens the story with `motion`, waits until every chart is drawn and the first screen's
 * have grown in, and scrolls a screen down: resolves to how many charts came into view.
 */
async function jumpDown(page, motion) {
  await page.emulateMedia({ reducedMotion: motion });
  await page.addInitScript(countPaints);
  await page.goto('./');
  await ready(page);
  // Those far off wait for the page's idle tasks.
  await page.waitForFunction(() => [...document.querySelectorAll('figure[data-chart]')].every((f) => f.classList.contains('drawn')), null, { timeout: 30_000 });
  await stillFrames(page);
  return page.evaluate(() => {
    window.__paintsPerFrame.clear();
    scrollTo(0, innerHeight);
    return [...document.querySelectorAll('figure[data-chart] canvas')]
      .filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).length;
  });
}

test.describe('Charts coming into view together', () => {
  // A tall screen, so that a jump brings several charts into view at once.
  const viewport = { width: 1280, height: 4000 };
  test.use({ viewport });
  for (const [motion, least, most] of [['no-preference', 1, 3], ['reduce', 0, 0]]) {
    test(`with motion ${motion}, a frame paints at most ${most} of the charts growing in`, async ({ page }) => {
      test.setTimeout(60_000);
      const problems = watchProblems(page);
      // Enough charts to pass the share, or the test would prove nothing.
      expect(await jumpDown(page, motion)).toBeGreaterThan(3);
      await stillFrames(page);
      const counts = await page.evaluate(() => [...window.__paintsPerFrame.values()].map((s) => s.size));
      expect(Math.max(0, ...counts)).toBeLessThanOrEqual(most);
      expect(Math.max(0, ...counts), 'the charts grew in').toBeGreaterThanOrEqual(least);
      expect(describeProblems(problems)).toEqual([]);
    });
  }

  test('charts scrolled off screen while they grow end at once, whole, painted once more each', async ({ page, browser, baseURL }) => {
    test.setTimeout(60_000);
    const problems = watchProblems(page);
    const whole = await stillPrints(browser, baseURL, viewport);
    expect(await jumpDown(page, 'no-preference')).toBeGreaterThan(3);
    // Scrolled back up in the frame after the grow-in's first: the charts are half grown.
    const growing = await page.evaluate(() => new Promise((resolve) => {
      const tick = () => {
        if (!window.__paintsPerFrame.size) return requestAnimationFrame(tick);
        const ids = new Set([...window.__paintsPerFrame.values()].flatMap((s) => [...s]).map((c) => c.closest('figure').dataset.chart));
        window.__paintsPerFrame.clear();
        scrollTo(0, 0);
        return resolve([...ids]);
      };
      requestAnimationFrame(tick);
    }));
    expect(growing.length).toBeGreaterThan(0);
    await stillFrames(page);
    const paints = await page.evaluate(() => {
      const n = {};
      for (const s of window.__paintsPerFrame.values()) for (const c of s) n[c.closest('figure').dataset.chart] = (n[c.closest('figure').dataset.chart] || 0) + 1;
      return n;
    });
    expect(Object.entries(paints).filter(([, n]) => n > 1), 'painted more than once off screen').toEqual([]);
    const now = await prints(page);
    expect(growing.filter((id) => now[id] !== whole[id]), 'not whole').toEqual([]);
    expect(describeProblems(problems)).toEqual([]);
  });
});
