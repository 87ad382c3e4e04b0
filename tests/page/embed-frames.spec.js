// Our iframes as a news site uses them: the host script sizes each to its content at
// every width and after a resize, obeys a resize message only from our own frame, and
// sizes a sandboxed frame and frames that told their height before it ran.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const {
  MIN_INK,
  ORIGIN,
  OTHER,
  contentFrame,
  frameReady,
  expectSizedToContent,
  canvasInfo,
} = require('./embed-helpers');

test.describe.configure({ mode: 'parallel' });

const WIDTHS = [360, 768, 1280];
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
