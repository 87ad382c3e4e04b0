// The embeds as a news site uses them: iframes that the host script sizes to their
// content, script embeds in a shadow root under hostile CSS, a sandboxed frame, a strict
// Content-Security-Policy, no JavaScript or no WebAssembly, downloads, and no request
// to any other origin.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { report, watchProblems, describeProblems, openStory } = require('./helpers');
const {
  ORIGIN,
  OTHER,
  CSP,
  CSP_NO_WASM,
  serveWithPolicy,
  reportViolations,
  contentFrame,
  frameReady,
  expectSizedToContent,
  canvasInfo,
  figureStates,
  loadAllFrames,
  canvasPng,
  comparePngs,
  parseCsv,
  pngSize,
} = require('./embed-helpers');

test.describe.configure({ mode: 'parallel' });

const WIDTHS = [360, 768, 1280];
const MIN_INK = 0.01;
const RESIZE = 'report-charts:resize';

/** Scrolls each lazy iframe into view, waits for its charts and for its height; returns them by src. */
async function sizeAllFrames(page, frames, label) {
  const out = [];
  for (let i = 0; i < (await frames.count()); i += 1) {
    const iframe = frames.nth(i);
    await iframe.scrollIntoViewIfNeeded();
    const frame = await contentFrame(iframe);
    const src = await iframe.getAttribute('src');
    expect(await frameReady(frame), `${src} drew its chart`).toBe(1);
    const h = await expectSizedToContent(iframe, `${src} at ${label}`);
    out.push({ src, ...h });
  }
  return out;
}

// --- 1. iframe heights -----------------------------------------------------------------

test.describe('Iframe heights', () => {
  test('on the demo article each of our iframes is as tall as its document, without a scrollbar, at 360, 768 and 1280 px and after a resize', async ({ page }) => {
    // Three loads of four frames each, and a resize.
    test.setTimeout(120_000);
    const problems = watchProblems(page);
    const bySrc = new Map();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${OTHER}/demo/index.html`);
      const frames = page.locator('iframe.chart-frame');
      await expect(frames).toHaveCount(4);
      for (const h of await sizeAllFrames(page, frames, `${width} px`)) {
        if (!bySrc.has(h.src)) bySrc.set(h.src, {});
        bySrc.get(h.src)[width] = h.document;
      }
    }
    // The article is at most 680 px wide, so 768 and 1280 px give the frames the same width;
    // on a phone each chart is laid out again and is taller.
    for (const [src, heights] of bySrc) {
      expect(heights[360], `${src}: height at 360 px ${heights[360]} differs from 1280 px ${heights[1280]}`).not.toBe(heights[1280]);
    }
    // The same page, resized from phone to desktop: the heights follow without a reload.
    await page.setViewportSize({ width: 1280, height: 900 });
    const frames = page.locator('iframe.chart-frame');
    for (const h of await sizeAllFrames(page, frames, '1280 px after a resize from 360 px')) {
      expect(Math.abs(h.document - bySrc.get(h.src)[1280]), `${h.src} after resize`).toBeLessThanOrEqual(2);
    }
    expect(describeProblems(problems)).toEqual([]);
  });

  test.describe('on a host page of another origin', () => {
    // The host page is faked with page.route at http://localhost:PORT; the chart and
    // embed.js come from http://127.0.0.1:PORT. A response fulfilled by Playwright has no
    // IP address, so Chromium's Local Network Access checks count the host as a public
    // page and refuse its loads from 127.0.0.1 (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS)
    // unless the reader has granted the permission. Granting it restores what a real
    // deployment has: a public host page embedding from a public site.
    test.use({ permissions: ['local-network-access'] });

    test('the host script sizes our iframe to its document at 360, 768 and 1280 px', async ({ page }) => {
      test.setTimeout(120_000);
      const problems = watchProblems(page);
      const heights = {};
      for (const [n, width] of WIDTHS.entries()) {
        const host = `${OTHER}/host-${n}.html`;
        await page.route(host, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host ${n}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>A host page</h1>
<iframe class="ours" src="${ORIGIN}/embed/growth.html" title="growth" width="100%" height="420" frameborder="0" scrolling="no"></iframe>
<p>After the chart.</p>
<script type="module" src="${ORIGIN}/embed.js"></script>
</body></html>`,
          }),
        );
        await page.setViewportSize({ width, height: 900 });
        await page.goto(host);
        const [h] = await sizeAllFrames(page, page.locator('iframe.ours'), `${width} px on ${OTHER}`);
        expect(new URL(h.src).origin).toBe(ORIGIN);
        heights[width] = h.document;
      }
      expect(heights[360], `height at 360 px ${heights[360]} vs 1280 px ${heights[1280]}`).not.toBe(heights[1280]);
      expect(describeProblems(problems)).toEqual([]);
    });
  });
});

test('the host script sizes a frame given as embed.html?chart=ID, as the README documents it, at 360 and 1280 px', async ({ page }) => {
  const problems = watchProblems(page);
  const heights = {};
  for (const width of [360, 1280]) {
    const host = `${ORIGIN}/host-chart-param-${width}.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>A host page</h1>
<iframe class="ours" src="${ORIGIN}/embed.html?chart=growth" title="growth" width="100%" frameborder="0" scrolling="no"></iframe>
<p>After the chart.</p>
<script type="module" src="${ORIGIN}/embed.js"></script>
</body></html>`,
      }),
    );
    await page.setViewportSize({ width, height: 900 });
    await page.goto(host);
    const iframe = page.locator('iframe.ours');
    const frame = await contentFrame(iframe);
    await expect.poll(() => frame.url()).toContain('/embed/growth.html');
    expect(await frameReady(frame)).toBe(1);
    const h = await expectSizedToContent(iframe, `embed.html?chart=growth at ${width} px`);
    expect(h.styled, 'not left at the default 150 px').toBeGreaterThan(200);
    heights[width] = h.styled;
  }
  expect(heights[360]).not.toBe(heights[1280]);
  expect(describeProblems(problems)).toEqual([]);
});

// --- 2. who may resize a frame -------------------------------------------------------

test('a resize message is obeyed only from our frame, from its own origin, about the chart it shows', async ({ page }) => {
  test.setTimeout(120_000);
  // The host is http://127.0.0.1:PORT; the foreign origin is http://localhost:PORT.
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/demo/index.html`);
  await sizeAllFrames(page, page.locator('iframe.chart-frame'), 'load');
  // A foreign frame that even serves our page, at our path, from the other origin.
  await page.evaluate((other) => {
    const frame = document.createElement('iframe');
    frame.id = 'foreign';
    frame.src = `${other}/embed/headline.html`;
    document.querySelector('article').append(frame);
  }, OTHER);
  const foreignFrame = await contentFrame(page.locator('#foreign'));
  expect(await frameReady(foreignFrame), 'the foreign frame runs and posts its own height').toBe(1);

  // Every message the host window receives, in order; embed.js listened first, so once a
  // message is recorded here embed.js has already acted on it.
  await page.evaluate(() => {
    window.hostile = 0;
    window.addEventListener('message', (e) => {
      if (e.data && e.data.height === 999) window.hostile += 1;
    });
  });
  const heights = () =>
    page.locator('iframe').evaluateAll((frames) => frames.map((f) => `${f.id || f.getAttribute('src')}: ${f.style.height}`));
  const before = await heights();
  expect(before.find((h) => h.startsWith('foreign')), 'embed.js never sized the foreign frame').toBe('foreign: ');

  const ours = { type: RESIZE, chart: 'headline', height: 999 };
  const amp = { sentinel: 'amp', type: 'embed-size', height: 999 };
  const headline = await contentFrame(page.locator('iframe[src="../embed/headline.html"]'));
  // (a) from the host window itself, (b) from the foreign frame, (c) from our headline
  // frame about other charts (one of them also on the page as an iframe).
  await page.evaluate(([a, b]) => [a, b].forEach((m) => window.postMessage(m, '*')), [ours, amp]);
  await foreignFrame.evaluate(([a, b]) => [a, b].forEach((m) => window.parent.postMessage(m, '*')), [ours, amp]);
  await headline.evaluate((type) => {
    for (const chart of ['service-windows', 'growth', 'no-such-chart']) window.parent.postMessage({ type, chart, height: 999 }, '*');
  }, RESIZE);
  await page.waitForFunction(() => window.hostile === 7);
  expect(await heights(), 'no frame changed height').toEqual(before);

  // A genuine resize from our frame, in our protocol and in AMP's, does change its height.
  await headline.evaluate((m) => window.parent.postMessage(m, '*'), { ...ours, height: 777 });
  await expect.poll(() => page.locator('iframe[src="../embed/headline.html"]').evaluate((f) => f.style.height)).toBe('777px');
  await headline.evaluate((m) => window.parent.postMessage(m, '*'), { ...amp, height: 640 });
  await expect.poll(() => page.locator('iframe[src="../embed/headline.html"]').evaluate((f) => f.style.height)).toBe('640px');

  // (d) once our frame has navigated to another origin, its messages are no longer ours.
  await headline.evaluate((url) => {
    window.location.href = url;
  }, `${OTHER}/embed/headline.html`);
  await expect.poll(() => headline.url()).toBe(`${OTHER}/embed/headline.html`);
  expect(await frameReady(headline)).toBe(1);
  await headline.evaluate(([a, b]) => [a, b].forEach((m) => window.parent.postMessage(m, '*')), [ours, amp]);
  await page.waitForFunction(() => window.hostile === 9);
  await expect.poll(() => page.locator('iframe[src="../embed/headline.html"]').evaluate((f) => f.style.height)).toBe('640px');
  expect(describeProblems(problems)).toEqual([]);
});

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
      // The static SVGs load lazily, as the reader scrolls to each of them.
      const figs = page.locator('figure[data-chart]');
      for (let i = 0; i < (await figs.count()); i += 1) {
        await figs.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => figs.nth(i).locator('.fallback img').evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
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

// --- 7. a sandboxed iframe ---------------------------------------------------------------

test('a sandboxed iframe (allow-scripts only) draws its chart and the host sizes it', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('demo/index.html');
  const iframe = page.locator('iframe#sandboxed');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await contentFrame(iframe);
  expect(await frameReady(frame), 'the sandboxed frame drew its chart').toBe(1);
  // An opaque origin: it posts its height with origin "null".
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  const canvas = await canvasInfo(frame.locator('canvas'));
  expect(canvas.hidden).toBe(false);
  expect(canvas.ink, 'ink on the sandboxed canvas').toBeGreaterThan(MIN_INK);
  expect(canvas.width).toBe(Math.round(canvas.clientWidth * canvas.dpr));
  await expect(frame.locator('figure.drawn')).toHaveCount(1);
  const h = await expectSizedToContent(iframe, 'sandboxed tourism frame');
  // Only embed.js sets style.height (the markup says height="300"), from the frame's message.
  expect(await iframe.getAttribute('data-report-chart-height')).toBe(String(Math.ceil(h.document)));
  expect(describeProblems(problems)).toEqual([]);
});

test('frames that told their height before the host script ran are still sized', async ({ page }) => {
  const problems = watchProblems(page);
  // Hold back the host page's own embed.js (not the frames' scripts) until every frame has
  // drawn and posted its height into the void.
  let release;
  const held = new Promise((r) => {
    release = r;
  });
  await page.route('**/embed.js', async (route) => {
    if (route.request().frame() === page.mainFrame()) await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 768, height: 4000 });
  await page.goto('demo/index.html', { waitUntil: 'commit' });
  await page.locator('iframe.chart-frame').last().waitFor({ state: 'attached' });
  const frames = page.locator('iframe.chart-frame');
  const n = await frames.count();
  for (let i = 0; i < n; i += 1) {
    const frame = await contentFrame(frames.nth(i));
    expect(await frameReady(frame)).toBe(1);
  }
  expect(await frames.first().evaluate((f) => f.style.height)).toBe('');
  release();
  for (let i = 0; i < n; i += 1) await expectSizedToContent(frames.nth(i), `frame ${i}`);
  expect(describeProblems(problems)).toEqual([]);
});

// --- 9. downloads ------------------------------------------------------------------------

/** Clicks a download link of `figure` and returns the saved file's name and bytes. */
async function download(page, figure, selector) {
  // The links are inside the chart's 数据与下载 disclosure: open it as a reader would.
  const details = figure.locator('details.data');
  if (!(await details.evaluate((d) => d.open))) await details.locator(':scope > summary').click();
  const link = figure.locator(selector);
  await expect(link).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved) };
}

const BOM = '\ufeff';

test.describe('Downloads under a chart of the story', () => {
  const ID = 'key-amounts';

  test('PNG at twice the plot\'s width with ink, the static SVG with the title and the numbers as printed, CSV with BOM, header and one row per figure', async ({ page }) => {
    const problems = watchProblems(page);
    const data = report();
    const chart = data.charts.find((c) => c.id === ID);
    const figuresById = new Map(data.figures.map((f) => [f.id, f]));
    await openStory(page);
    const figure = page.locator(`figure[data-chart="${ID}"]`);
    await figure.scrollIntoViewIfNeeded();
    const plotWidth = await figure.locator('.plot').evaluate((p) => p.clientWidth);

    const png = await download(page, figure, '.dl-png');
    expect(png.name).toBe(`${ID}.png`);
    const size = pngSize(png.bytes);
    expect(size.width, `PNG width for a ${plotWidth} px plot`).toBe(2 * plotWidth);
    expect(size.height).toBeGreaterThan(100);
    const ink = await page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let differ = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) differ += 1;
      return differ / (d.length / 4);
    }, `data:image/png;base64,${png.bytes.toString('base64')}`);
    expect(ink, 'share of drawn pixels in the PNG').toBeGreaterThan(MIN_INK);

    const svg = await download(page, figure, '.dl-svg');
    expect(svg.name).toBe(`${ID}.svg`);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        width: doc.documentElement.getAttribute('width'),
        text: doc.documentElement.textContent.replace(/\s+/g, ''),
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // The SVG is the one the build wrote (the static chart's, in the page's language and
    // theme): a vector, laid out at the wide fallback's width.
    const wide = Number(await figure.locator('.fallback img').getAttribute('width'));
    expect(Number(parsed.width), 'SVG at the wide fallback\'s width').toBe(wide);
    expect(parsed.text).toContain(chart.title.zh);
    for (const printed of ['突破400亿元', '126亿元']) expect(parsed.text).toContain(printed);

    const csv = await download(page, figure, '.dl-csv');
    expect(csv.name).toBe(`${ID}.csv`);
    expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text.slice(1)).filter((r) => r.length > 1 || r[0] !== '');
    expect(rows[0]).toEqual(['编号', '项目', '数值（按单位列计）', '单位', '限定词', '变化', '性质', '时期', '原文']);
    expect(rows.length - 1, 'one row per figure').toBe(chart.figures.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(chart.figures);
    for (const row of rows.slice(1)) {
      const f = figuresById.get(row[0]);
      expect(row.length, row[0]).toBe(9);
      expect(row[1], row[0]).toBe(f.label.zh);
      expect(row[2], `${row[0]} value as printed`).toBe(String(f.value));
      expect(row[3], row[0]).toBe(f.unit.zh);
      // The status (a result, a target, a limit), then the period: the figure's own, else
      // the report's year.
      expect(row[6], `${row[0]} status`).toBe({ result: '结果', target: '目标', limit: '上限' }[f.status ?? 'result']);
      expect(row[7], `${row[0]} period`).toBe(f.period ? f.period.zh : `${data.meta.year}年`);
      expect(row[8], `${row[0]} source sentence`).toBe(f.source);
    }
    const digital = rows.find((r) => r[0] === 'digital-economy-revenue');
    expect(digital.slice(1, 4)).toEqual(['数字经济营业收入', '126', '亿元']);
    expect(rows.find((r) => r[0] === 'services-revenue').slice(2, 6)).toEqual(['400', '亿元', '突破', '增长6.9%']);
    expect(describeProblems(problems)).toEqual([]);
  });

  test('in English (?lang=en, or after switching) the CSV has an English header and English labels', async ({ page }) => {
    const data = report();
    const figuresById = new Map(data.figures.map((f) => [f.id, f]));
    const check = async (how) => {
      const csv = await download(page, page.locator(`figure[data-chart="${ID}"]`), '.dl-csv');
      const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\ufeff/, '')).filter((r) => r.length > 1);
      expect(rows[0], `header ${how}`).toEqual(['id', 'item', 'value (in the unit column\'s unit)', 'unit', 'qualifier', 'change', 'status', 'period', 'source (Chinese)']);
      for (const row of rows.slice(1)) expect(row[1], `${row[0]} label ${how}`).toBe(figuresById.get(row[0]).label.en);
      // The value as printed, counted in the unit the unit column names: 400 × 100 million yuan.
      expect(rows.find((r) => r[0] === 'services-revenue').slice(2, 4), `services-revenue ${how}`).toEqual(['400', '100 million yuan']);
    };
    await openStory(page, '?lang=en');
    await check('with ?lang=en');
    await openStory(page);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined);
    await check('after switching to English');
  });
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
