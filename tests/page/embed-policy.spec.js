// The embeds and the story under a strict Content-Security-Policy, with no WebAssembly or
// no JavaScript allowed, and with no request to any other origin.
const { test, expect } = require('@playwright/test');
const { report, watchProblems, describeProblems } = require('./helpers');
const {
  MIN_INK,
  ORIGIN,
  CSP,
  CSP_NO_WASM,
  serveWithPolicy,
  reportViolations,
  contentFrame,
  frameReady,
  figureStates,
  loadAllFrames,
} = require('./embed-helpers');

test.describe.configure({ mode: 'parallel' });

// --- 4. and 5. a strict Content-Security-Policy -------------------------------------------

// `charts`: what the page's own charts-ready says; `figures`: chart figures in the page,
// its shadow roots and its frames; `loaders`: the places that each load the program and
// report on it (the story's app.js, each frame, each script embed).
const PAGES = [
  { name: 'the story page', url: 'index.html', charts: () => report().charts.length, figures: () => report().charts.length, loaders: 1 },
  { name: 'an embed page', url: 'embed/growth.html', charts: () => 1, figures: () => 1, loaders: 1 },
  // Four iframes (one sandboxed) and three script embeds.
  { name: 'the demo article', url: 'demo/index.html', charts: null, figures: () => 7, loaders: 7 },
];

test.describe('Under the README\'s Content-Security-Policy', () => {
  // The policy is added to documents fulfilled by Playwright: see 'on a host page of
  // another origin' for why that needs the Local Network Access permission (the
  // sandboxed frame of the demo, an opaque origin, loads from 127.0.0.1 across origins).
  test.use({ permissions: ['local-network-access'] });
  for (const { name, url, charts, figures } of PAGES) {
    test(`${name} draws every chart with no policy violation and no console error`, async ({ page }) => {
      await serveWithPolicy(page, CSP);
      await reportViolations(page);
      const problems = watchProblems(page);
      const response = await page.goto(url);
      expect(response.headers()['content-security-policy']).toBe(CSP);
      if (charts) expect(await frameReady(page.mainFrame())).toBe(charts());
      await loadAllFrames(page);
      await expect.poll(async () => (await figureStates(page)).filter((f) => f.drawn).length).toBe(figures());
      const states = await figureStates(page);
      expect(states.length).toBe(figures());
      const wrong = states.filter((f) => !f.drawn || !f.canvasVisible || !(f.ink > MIN_INK) || f.error !== null);
      expect(wrong.map((f) => `${f.where}: drawn ${f.drawn}, canvas visible ${f.canvasVisible}, ink ${f.ink}, error ${f.error}`)).toEqual([]);
      expect(describeProblems(problems)).toEqual([]);
    });
  }
});

// The long image's pages (long/zh.html, long/en.html: the desk's downloads) have no
// script, but their styles fall under the same policy: a <style> in the page is refused.
test.describe('Under the README\'s Content-Security-Policy, the long image\'s page', () => {
  for (const lang of ['zh', 'en']) {
    test(`long/${lang}.html shows styled, with no policy violation and no console error`, async ({ page }) => {
      await serveWithPolicy(page, CSP);
      await reportViolations(page);
      const problems = watchProblems(page);
      const response = await page.goto(`long/${lang}.html`);
      expect(response.headers()['content-security-policy']).toBe(CSP);
      // The page's own column and its download button, as its stylesheet sets them.
      await expect(page.locator('main')).toHaveCSS('max-width', '560px');
      await expect(page.locator('a.all')).toHaveCSS('background-color', 'rgb(196, 34, 31)');
      await expect(page.locator('ol.slices img').first()).toBeVisible();
      expect(describeProblems(problems)).toEqual([]);
    });
  }
});

test.describe('When the policy does not allow WebAssembly', () => {
  test.use({ permissions: ['local-network-access'] });
  for (const { name, url, charts, figures, loaders } of PAGES) {
    test(`${name} shows every chart as its static SVG, with no error box and no uncaught error`, async ({ page }) => {
      await serveWithPolicy(page, CSP_NO_WASM);
      const problems = watchProblems(page);
      // Each loader, once the wasm is refused, either says (console.info) that the static
      // charts stand in, or shows error boxes: wait until every one has done one or the other.
      let quiet = 0;
      page.on('console', (m) => {
        if (m.type() === 'info' && /static charts/.test(m.text())) quiet += 1;
      });
      await page.goto(url);
      if (charts) expect(await frameReady(page.mainFrame()), 'no chart drawn').toBe(0);
      await loadAllFrames(page);
      await expect
        .poll(async () => quiet + (await figureStates(page)).filter((f) => f.error !== null).length, { message: 'every loader settled' })
        .toBeGreaterThanOrEqual(loaders);
      // The static SVGs load lazily, as the reader scrolls to each of them; the story's
      // first chart is in the page itself (issue 19), its SVG shown by the screen's width.
      const figs = page.locator('figure[data-chart]');
      for (let i = 0; i < (await figs.count()); i += 1) {
        await figs.nth(i).scrollIntoViewIfNeeded();
        await expect
          .poll(() => figs.nth(i).locator('.fallback img, .fallback svg').evaluateAll((els) => els.some((e) => e.checkVisibility()
            && (e instanceof SVGSVGElement ? e.querySelector('text') !== null : e.complete && e.naturalWidth > 0))))
          .toBe(true);
      }
      // Figures in iframes load theirs when their frame is in view: scrolling the page for
      // the figures above may have moved a frame out of view before its image loaded.
      const iframes = page.locator('iframe');
      for (let i = 0; i < (await iframes.count()); i += 1) {
        await iframes.nth(i).scrollIntoViewIfNeeded();
        const frame = await contentFrame(iframes.nth(i));
        await expect
          .poll(() => frame.evaluate(() => [...document.querySelectorAll('.fallback img')].every((img) => img.complete && img.naturalWidth > 0)))
          .toBe(true);
      }
      const states = await figureStates(page);
      expect(states.length).toBe(figures());
      const wrong = states.filter((f) => f.drawn || f.canvasVisible || !f.imgVisible || !f.imgLoaded || f.error !== null);
      expect(
        wrong.map((f) => `${f.where}: drawn ${f.drawn}, canvas ${f.canvasVisible}, svg visible ${f.imgVisible}, loaded ${f.imgLoaded}, error ${f.error}`),
      ).toEqual([]);
      // README: readers with WebAssembly blocked see the static SVG "with its alt text".
      expect.soft(states.filter((f) => !/\S{10}/.test(f.alt)).map((f) => `${f.where}: alt "${f.alt}"`), 'static SVGs without alt text').toEqual([]);
      // The browser may log the refusal itself; nothing else may go wrong.
      const refusal = /WebAssembly|wasm-unsafe-eval|unsafe-eval|Content Security Policy/;
      expect(describeProblems(problems.filter((p) => p.kind === 'pageerror' || !refusal.test(p.text)))).toEqual([]);
    });
  }
});

// --- 6. without JavaScript ---------------------------------------------------------------

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { name, url, figures } of PAGES.slice(0, 2)) {
    test(`${name} shows every chart as its loaded static SVG with its alt text`, async ({ page }) => {
      await page.goto(url);
      const all = page.locator('figure[data-chart]');
      await expect(all).toHaveCount(figures());
      for (const figure of await all.all()) {
        const id = await figure.getAttribute('data-chart');
        if (await figure.locator('.fallback svg').count()) {
          // The story's first chart, written into the page (issue 19): the SVG drawn for
          // this width shows, drawn, and is named as the <img> of the others.
          const svg = figure.locator('.fallback svg.wide');
          await svg.scrollIntoViewIfNeeded();
          await expect(svg, id).toBeVisible();
          await expect(svg, id).toHaveAttribute('role', 'img');
          await expect(svg, id).toHaveAttribute('aria-label', /\S{10}/);
          expect(await svg.locator('text').count(), `${id} drawn`).toBeGreaterThan(0);
          await expect(figure.locator('canvas'), id).toBeHidden();
          continue;
        }
        const img = figure.locator('.fallback img');
        await img.scrollIntoViewIfNeeded();
        await expect(img, id).toBeVisible();
        await expect(img, id).toHaveAttribute('alt', /\S{10}/);
        expect(await img.evaluate((i) => i.complete && i.naturalWidth), `${id} loaded`).toBeGreaterThan(0);
        await expect(figure.locator('canvas'), id).toBeHidden();
      }
      expect(await page.evaluate(() => document.documentElement.dataset.chartsReady)).toBeUndefined();
    });
  }
});

// --- 10. no request leaves the origin ------------------------------------------------------

test.describe('No request leaves the origin', () => {
  for (const { name, url } of [PAGES[0], PAGES[2]]) {
    test(`on ${name}`, async ({ page }) => {
      const urls = [];
      page.on('request', (r) => urls.push(r.url()));
      const problems = watchProblems(page);
      await page.goto(url);
      // Everything: every lazy frame, every chart, every picture.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await loadAllFrames(page);
      if (url === 'index.html') expect(await frameReady(page.mainFrame())).toBe(report().charts.length);
      await page.waitForLoadState('networkidle');
      const states = await figureStates(page);
      expect(states.filter((f) => !f.drawn).map((f) => f.where)).toEqual([]);
      expect(urls.length).toBeGreaterThan(5);
      const foreign = urls.filter((u) => !(u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === ORIGIN));
      expect(foreign).toEqual([]);
      expect(describeProblems(problems)).toEqual([]);
    });
  }
});
