// The benches' browser: Debian's Chromium through playwright-core, and dist/ (or any
// folder) served by tests/serve.py on a free port, as the page tests serve it; with the
// small statistics both benches print, and one traced load. Used by page.js (`make bench`),
// editor.js (`make bench-editor`), ab-tasks.js and long-tasks.js.
const { spawn } = require('child_process');
const http = require('http');
const net = require('net');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');

/** How the benches launch Chromium: as the page tests do (tests/chromium.js). */
const { LAUNCH } = require('../chromium');

// --- small statistics ----------------------------------------------------------------

/** A sorted copy (numbers, ascending). */
const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** The median, or null of nothing. */
function median(xs) {
  const s = sorted(xs);
  const n = s.length;
  if (!n) return null;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
/** Nearest-rank percentile. */
function pct(xs, p) {
  const s = sorted(xs);
  return s.length ? s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] : null;
}
/** `x` rounded to `d` decimals; null stays null. */
const round = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);

// --- serving -------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    }).on('error', reject);
  });
}

const servers = [];

/** Serves `dir` with tests/serve.py on `port` (else a free one); resolves to its base URL when it answers. */
async function serve(dir, probe, port = null) {
  port ??= await freePort();
  const child = spawn('python3', [path.join(ROOT, 'tests', 'serve.py'), dir, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  servers.push(child);
  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.py ${dir} ${port} exited with ${child.exitCode}`);
    try {
      if ((await get(base + probe)) === 200) return base;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`serve.py ${dir} did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// --- tracing -------------------------------------------------------------------------

/** What a traced load records: the main thread's tasks, V8's and Blink's work, the page's marks. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading', 'toplevel', 'blink.user_timing'];

/**
 * One cold load of `url` in a context of its own (1280 × 900 at ratio 1 unless `context`
 * says otherwise), the CPU slowed `cpu` times, recorded as a Chromium trace into `file`.
 * `init` runs in the page before its scripts; the trace stops `settle` ms after the page
 * sets `<html data-UNTIL>` (`until`, as a dataset key). Resolves to what `collect`
 * evaluates in the page then.
 */
async function traced(browser, url, file, { cpu, init, until, settle, collect, context = {} }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, ...context });
  try {
    await ctx.addInitScript(init);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await browser.startTracing(page, { path: file, categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((key) => document.documentElement.dataset[key] !== undefined, until, { timeout: 60_000 });
    await page.waitForTimeout(settle);
    await browser.stopTracing();
    return await page.evaluate(collect);
  } finally {
    await ctx.close();
  }
}

/** Stops every server `serve` started. */
function stopServers() {
  for (const child of servers) if (child.exitCode === null) child.kill('SIGTERM');
}

module.exports = { LAUNCH, sorted, median, pct, round, serve, stopServers, traced };
