// `make bench`, the first load (issue 19, "Weight and speed"): how long after the page's
// own first paint its first chart appears, and whether the main thread stays free for a
// reader who taps while the page loads.
//
// Three pages are loaded side by side, interleaved, in fresh contexts (cold cache):
//  - floor: the story page with every script removed (and the wasm and data preloads,
//    which only the script reads): its first contentful paint is the floor, the earliest
//    any script could put a chart on screen;
//  - story: the story page itself (marks `first-chart`, `charts-shown`: the charts near the
//    viewport, and `charts-ready`: every chart, the far ones drawn in background tasks after);
//  - chartjs: the Chart.js page of the same report (the same marks).
// Each load also keeps the long tasks (over 50 ms, PerformanceObserver 'longtask') from
// navigation to `charts-ready` (to `load` for the floor) and QUIET_MS after it; when the
// first chart became visible (its static SVG, `elementtiming="first-chart"`, painted: Element
// Timing, or already in the page's first frame; or its canvas drawn, whichever came first);
// and the layout shifts (CLS).
// Nothing of Playwright's runs in a page before its figures are read: its waits evaluate
// its injected script in the page, a task of 50–90 ms at CPU 4× that fell in the middle of
// every chart page's load and in none of the floor's (s19r). The init script says when
// `charts-ready` is marked (a console message), and the figures are read over CDP.
const fs = require('fs');
const path = require('path');

/** The floor page's name in dist/, written by `writeFloor` and removed by `removeFloor`. */
const FLOOR = 'bench-floor.html';

/** How long after `charts-ready` long tasks are still counted (ms). */
const QUIET_MS = 300;

/**
 * Writes dist/bench-floor.html: dist/index.html without its scripts and without the
 * preloads of what only the script uses. Returns its name; throws if the page has no
 * script to remove (the floor would then be the page itself, silently).
 */
function writeFloor(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const floor = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>\s*/g, '');
  if (floor === html || /<script\b/.test(floor)) throw new Error(`${FLOOR}: could not remove the scripts of dist/index.html`);
  fs.writeFileSync(path.join(dist, FLOOR), floor);
  return FLOOR;
}

function removeFloor(dist) {
  fs.rmSync(path.join(dist, FLOOR), { force: true });
}

/** What the init script logs to the console once the page marks `charts-ready`. */
const READY = 'bench: charts-ready';

/**
 * In the page, before any of its scripts: keeps every long task in window.__benchLongTasks,
 * the paint of each element marked `elementtiming` in window.__benchElements (ms by
 * identifier) and the layout shifts' sum in window.__benchShift; logs READY (its text
 * given here, as the function runs in the page) when `charts-ready` is marked.
 */
function observeLongTasks(ready) {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('charts-ready').length) console.debug(ready);
  }).observe({ type: 'mark' });
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  const elements = {};
  Object.defineProperty(window, '__benchElements', { value: elements });
  window.__benchShift = 0;
  // Whether the first frame the page renders already holds its first chart laid out (the
  // SVG written into the page): Element Timing missed its SVG text in 2 to 4 of 6 loads
  // (Chromium 156), and a chart in the first frame is in the first paint. The layout
  // asked for here is the one the frame makes next.
  requestAnimationFrame(() => {
    const marked = [...document.querySelectorAll('svg [elementtiming="first-chart"]')];
    Object.defineProperty(window, '__benchFirstFrame', { value: marked.some((e) => e.getBoundingClientRect().height > 0) });
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) elements[e.identifier] ??= e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__benchShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Element Timing or Layout Instability API: nothing measured (null).
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the bench reports none measured (null), not zero.
    Object.defineProperty(window, '__benchNoLongTasks', { value: true });
  }
}

/**
 * One fresh, cold-cache load of `url` with the CPU slowed `slowdown`×: ms from navigation
 * start to the first contentful paint and, for a page with charts, to its two marks; and
 * the long tasks ([start, duration] ms) until it was ready.
 */
async function loadOnce(browser, newContext, url, { slowdown = 1, charts = true } = {}) {
  const context = await newContext(browser);
  await context.addInitScript(observeLongTasks, READY);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const ready = charts && page.waitForEvent('console', { predicate: (msg) => msg.text() === READY, timeout: 60_000 });
  await page.goto(url, { waitUntil: charts ? 'commit' : 'load' });
  if (charts) await ready;
  await page.waitForTimeout(QUIET_MS);
  const read = async () => (await cdp.send('Runtime.evaluate', { expression: `(${figuresOfPage})()`, returnByValue: true })).result.value;
  let m = await read();
  // A first paint not reported yet (a floor whose `load` came first): read again.
  for (let i = 0; m.fcp === null && i < 100; i += 1) {
    await page.waitForTimeout(100);
    m = await read();
  }
  await context.close();
  if (charts && (m.first === null || m.ready === null)) throw new Error(`${url}: the page set no first-chart / charts-ready mark`);
  return m;
}

/** In the page, once it is ready: its marks, paints, long tasks and layout shifts. */
function figuresOfPage() {
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const paint = (name) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? null;
  return {
    fcp: paint('first-contentful-paint'),
    first: mark('first-chart'),
    // The story page's first screen (the charts near the viewport; the rest are drawn
    // after, in background tasks); the Chart.js page has no such mark.
    shown: mark('charts-shown'),
    ready: mark('charts-ready'),
    // The first chart's static SVG painted (Element Timing), if it was before its canvas.
    svg: window.__benchElements['first-chart'] ?? null,
    // The first chart's SVG in the page's first frame: visible at the first paint.
    inFirstFrame: window.__benchFirstFrame === true,
    shift: window.__benchShift ?? null,
    tasks: window.__benchNoLongTasks ? null : [...window.__benchLongTasks],
  };
}

/** What the long tasks of one load add up to. */
function longTaskSummary(tasks) {
  if (tasks === null) return { count: null, longest: null, blocking: null };
  return {
    count: tasks.length,
    longest: tasks.reduce((a, [, d]) => Math.max(a, d), 0),
    // Lighthouse's "total blocking time" counts the same excess, from first paint to
    // interactive; here it is counted over the whole load.
    blocking: tasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
  };
}

/**
 * `runs` loads of each of `pages` ({name: {url, charts}}), interleaved, at `slowdown`×.
 * Returns, per page, the raw series: fcp, first, ready, and the long tasks' count,
 * longest and blocking time per load.
 */
async function firstLoads(browser, newContext, pages, runs, slowdown) {
  const out = {};
  for (const name of Object.keys(pages)) out[name] = { fcp: [], first: [], visible: [], shift: [], shown: [], ready: [], long_count: [], long_longest: [], long_blocking: [], long_tasks: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const [name, p] of Object.entries(pages)) {
      const m = await loadOnce(browser, newContext, p.url, { slowdown, charts: p.charts });
      const s = longTaskSummary(m.tasks);
      const o = out[name];
      o.fcp.push(m.fcp);
      // Visible: the earliest of the static SVG's paint, the first paint when the first
      // frame held the SVG, and the canvas's drawing.
      const visible = [m.svg, m.inFirstFrame ? m.fcp : null, p.charts ? m.first : null].filter((t) => t !== null);
      if (visible.length) o.visible.push(Math.min(...visible));
      if (m.shift !== null) o.shift.push(m.shift);
      if (p.charts) {
        o.first.push(m.first);
        if (m.shown !== null) o.shown.push(m.shown);
        o.ready.push(m.ready);
      }
      o.long_count.push(s.count);
      o.long_longest.push(s.longest);
      o.long_blocking.push(s.blocking);
      o.long_tasks.push(m.tasks);
    }
  }
  return out;
}

module.exports = { writeFloor, removeFloor, firstLoads, FLOOR };
