// Shared by the embed and offline page tests: the two origins of the test server, a
// Content-Security-Policy on every HTML response, frames and their heights, and readers
// of canvas ink that also reach into shadow roots and (sandboxed) iframes.
const path = require('path');
const { expect } = require('@playwright/test');

const PORT = Number(process.env.TEST_PORT || 8123);
/** The origin the tests' baseURL names. */
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The same server under another origin: a cross-origin host or a foreign frame. */
const OTHER = `http://localhost:${PORT}`;
const DIST = path.join(__dirname, '..', '..', 'dist');
/** The least share of a canvas's pixels with ink that counts as a drawn chart. */
const MIN_INK = 0.01;

/** The policy the README promises everything works under. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** The same without 'wasm-unsafe-eval': WebAssembly may not run. */
const CSP_NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Adds `Content-Security-Policy: policy` to every HTML document the page (or its frames) loads. */
async function serveWithPolicy(page, policy) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const type = response.headers()['content-type'] || '';
    if (!type.startsWith('text/html')) return route.fulfill({ response });
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

/**
 * Records every `securitypolicyviolation` in every document of the page (frames included)
 * as a console error, so that the console watcher sees it with the document's URL.
 */
async function reportViolations(page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI}`);
    });
  });
}

/** The Playwright Frame shown by `iframe` (a Locator). */
async function contentFrame(iframe) {
  const handle = await iframe.elementHandle();
  const frame = await handle.contentFrame();
  expect(frame, 'the iframe has a document').not.toBeNull();
  return frame;
}

/** Waits until the document in `frame` has said how many charts it drew; returns the count. */
async function frameReady(frame, timeout = 20_000) {
  // Poll by time, not by animation frame: Chromium throttles requestAnimationFrame in
  // cross-origin frames that are out of view. A frame just added may be between its
  // about:blank and its page, with no document element yet: not ready, not an error.
  await frame.waitForFunction(() => document.documentElement?.dataset.chartsReady !== undefined, null, { timeout, polling: 100 });
  return Number(await frame.evaluate(() => document.documentElement.dataset.chartsReady));
}

/**
 * An iframe's height as its host set it and the document inside it: the frame's
 * `style.height`, its rendered height, and the inner document's height and scroll box.
 */
async function frameHeights(iframe) {
  const outer = await iframe.evaluate((f) => ({
    style: f.style.height,
    styled: parseFloat(f.style.height),
    rendered: f.getBoundingClientRect().height,
    src: f.src,
  }));
  const frame = await contentFrame(iframe);
  const inner = await frame.evaluate(() => {
    const s = document.scrollingElement || document.documentElement;
    return {
      document: document.documentElement.getBoundingClientRect().height,
      scrollHeight: s.scrollHeight,
      clientHeight: s.clientHeight,
      width: document.documentElement.clientWidth,
      // The height the frame last told its host (www/frame.js).
      told: Number(document.documentElement.dataset.height),
    };
  });
  return { ...outer, ...inner };
}

/**
 * Waits until the frame in `iframe` has told its host its document's height, and the host
 * has set it: no fixed time, since a document may change late (the test's own timeout
 * ends the wait). Then checks the frame fits its document; returns the heights.
 */
async function expectSizedToContent(iframe, label) {
  const frame = await contentFrame(iframe);
  await frame.waitForFunction(
    () => Number(document.documentElement?.dataset.height) === Math.ceil(document.documentElement.getBoundingClientRect().height),
    null,
    { timeout: 0, polling: 100 },
  );
  let last;
  await expect
    .poll(
      async () => {
        last = await frameHeights(iframe);
        return last.styled === last.told && last.told === Math.ceil(last.document);
      },
      { timeout: 0, message: `${label}: style.height is the height the frame told, its document's` },
    )
    .toBe(true);
  // The assertions again, each with its own numbers in the failure message.
  expect(Math.abs(last.styled - last.document), `${label}: style.height ${last.style} vs document ${last.document}px`).toBeLessThanOrEqual(2);
  expect(Math.abs(last.rendered - last.styled), `${label}: rendered ${last.rendered}px vs style ${last.style}`).toBeLessThanOrEqual(1);
  expect(last.scrollHeight, `${label}: no scrollbar (scrollHeight ${last.scrollHeight} <= clientHeight ${last.clientHeight})`).toBeLessThanOrEqual(last.clientHeight);
  return last;
}

/**
 * Size and ink of a canvas (an element handle or locator evaluated in its own document):
 * backing store, CSS width, and the share of pixels that differ from the top-left one.
 */
function canvasInfo(canvas) {
  return canvas.evaluate((c) => {
    let ink = 0;
    if (c.width > 0 && c.height > 0) {
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(c, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let differ = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differ += 1;
      }
      ink = differ / (d.length / 4);
    }
    return {
      hidden: c.hidden,
      width: c.width,
      height: c.height,
      clientWidth: c.clientWidth,
      dpr: window.devicePixelRatio,
      ink,
    };
  });
}

/** A canvas's pixels as a PNG data URL (lossless), to compare across pages. */
function canvasPng(canvas) {
  return canvas.evaluate((c) => c.toDataURL('image/png'));
}

/**
 * Compares two PNG data URLs pixel by pixel inside `page`: their sizes and the share of
 * pixels whose channels differ by more than `tolerance`.
 */
function comparePngs(page, a, b, tolerance = 24) {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const pixels = async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(img, 0, 0);
        return { w: c.width, h: c.height, d: ctx.getImageData(0, 0, c.width, c.height).data };
      };
      const [p, q] = [await pixels(a), await pixels(b)];
      const w = Math.min(p.w, q.w);
      const h = Math.min(p.h, q.h);
      let differ = 0;
      for (let y = 0; y < h; y += 1) {
        for (let x = 0; x < w; x += 1) {
          const i = (y * p.w + x) * 4;
          const j = (y * q.w + x) * 4;
          for (let k = 0; k < 4; k += 1) {
            if (Math.abs(p.d[i + k] - q.d[j + k]) > tolerance) {
              differ += 1;
              break;
            }
          }
        }
      }
      return { a: [p.w, p.h], b: [q.w, q.h], differ, share: differ / Math.max(1, w * h) };
    },
    { a, b, tolerance },
  );
}

/** Minimal RFC 4180 reader: rows of fields, quotes and doubled quotes handled. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(signature);
  expect(bytes.toString('latin1', 12, 16), 'first chunk is IHDR').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

module.exports = {
  PORT,
  MIN_INK,
  ORIGIN,
  OTHER,
  DIST,
  CSP,
  CSP_NO_WASM,
  serveWithPolicy,
  reportViolations,
  contentFrame,
  frameReady,
  frameHeights,
  expectSizedToContent,
  canvasInfo,
  canvasPng,
  comparePngs,
  parseCsv,
  pngSize,
};

/**
 * The state of every chart figure in the page, wherever it is: in the document, in an
 * open shadow root, in any iframe (sandboxed ones too). For each: where it is, whether it
 * is drawn, its canvas's ink, its static SVG's visibility and load, and any error box.
 */
async function figureStates(page) {
  const out = [];
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank' || frame.url() === '') continue;
    const states = await frame.evaluate(() => {
      const figures = [...document.querySelectorAll('figure[data-chart]')];
      for (const host of document.querySelectorAll('[data-report-chart]')) {
        if (host.shadowRoot) figures.push(...host.shadowRoot.querySelectorAll('figure[data-chart]'));
      }
      const visible = (el) => {
        if (!el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      return figures.map((f) => {
        const c = f.querySelector('canvas');
        let ink = 0;
        if (c && c.width > 0 && c.height > 0) {
          const copy = document.createElement('canvas');
          copy.width = c.width;
          copy.height = c.height;
          const ctx = copy.getContext('2d', { willReadFrequently: true });
          ctx.drawImage(c, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let differ = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differ += 1;
          }
          ink = differ / (d.length / 4);
        }
        // The static chart: an <img>, or the first chart's SVGs written into the story page
        // (one shows, by the screen's width), which are there once parsed.
        const statics = [...f.querySelectorAll('.fallback img, .fallback svg')];
        const img = statics.find(visible) ?? statics[0] ?? null;
        const inPage = img instanceof SVGSVGElement;
        const error = f.querySelector('.chart-error');
        return {
          id: f.dataset.chart,
          shadow: f.getRootNode() !== document,
          drawn: f.classList.contains('drawn'),
          canvasVisible: visible(c),
          ink,
          imgVisible: visible(img),
          imgLoaded: inPage ? img.querySelector('text') !== null : Boolean(img && img.complete && img.naturalWidth > 0),
          alt: (inPage ? img.getAttribute('aria-label') : img?.alt) ?? '',
          error: error ? error.textContent : null,
        };
      });
    });
    for (const s of states) out.push({ ...s, where: `${s.id} in ${frame.url()}${s.shadow ? ' (shadow root)' : ''}` });
  }
  return out;
}

/** Scrolls every iframe of the page into view so that lazy ones load, and waits for their charts. */
async function loadAllFrames(page) {
  const iframes = page.locator('iframe');
  for (let i = 0; i < (await iframes.count()); i += 1) {
    await iframes.nth(i).scrollIntoViewIfNeeded();
    await frameReady(await contentFrame(iframes.nth(i)));
  }
}

module.exports.figureStates = figureStates;
module.exports.loadAllFrames = loadAllFrames;
