#!/usr/bin/env node
// What runs in each long task of a first load (issue 19, "No long tasks"): the story page
// and the English page of dist/, cold, with the CPU slowed (CDP
// Emulation.setCPUThrottlingRate), recorded as a Chromium trace. Every main-thread task over
// 50 ms is listed with the work inside it that took a few ms or more (the browser's names:
// an SVG fallback decoded, the article's layout and paint, a canvas committed, our script),
// and every call into the reader's wasm over 3 ms (Charts::new is the decode, `layout` and
// `draw_frame` one chart each, in the order the page draws them) with its start. A bench, not
// a test: it prints what it saw and never fails on a time.
//
// usage: node tests/bench/long-tasks.js [DIST]   (env: LONG_TASKS_RUNS=1, LONG_TASKS_CPU=4,
//        LONG_TASKS_WIDTH=1280, LONG_TASKS_PAGES="index.html en/index.html",
//        LONG_TASKS_DETAIL=4, the ms under which work inside a task is not listed,
//        LONG_TASKS_PORT: the port to serve on, else a free one)
//
// The traces stay in target/long-tasks/ (open them in Chromium's performance panel).
// Playwright's own script, which its waits evaluate in the page, shows as EvaluateScript.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { LAUNCH, serve, stopServers, traced } = require('./browser');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const OUT = path.join(ROOT, 'target', 'long-tasks');
const RUNS = Math.max(1, Number(process.env.LONG_TASKS_RUNS || 1));
const CPU = Number(process.env.LONG_TASKS_CPU || 4);
const WIDTH = Number(process.env.LONG_TASKS_WIDTH || 1280);
const PAGES = (process.env.LONG_TASKS_PAGES || 'index.html en/index.html').split(/\s+/).filter(Boolean);
const DETAIL_MS = Number(process.env.LONG_TASKS_DETAIL || 4);
const LONG_MS = 50;

// The wrappers and the bookkeeping of the browser's trace that say nothing of their own.
const QUIET = /^(ThreadControllerImpl::RunTask|RunTask|Receive mojo message|AsyncTask Run|v8\.callFunction|Blink\.|LocalFrameView::(UpdateStyleAndLayout|layout)|Layout$|PageAnimator|FrameRequestCallbackCollection|WebFrameWidgetImpl::UpdateLifecycle|RunMicrotasks|BlinkScheduler|InlineNode::|SvgText)/;

/**
 * In the page, before its scripts: times every call into the wasm's chart exports
 * (window.__longTaskCalls: [start ms, ms, export]) by handing the glue a wrapped copy of
 * the instance's exports, and keeps the long tasks' own entries beside them.
 */
function watchCalls() {
  const calls = [];
  Object.defineProperty(window, '__longTaskCalls', { value: calls });
  const timed = (name, f) => function call(...args) {
    const start = performance.now();
    try {
      return f.apply(this, args);
    } finally {
      const ms = performance.now() - start;
      if (ms > 3) calls.push([start, ms, name]);
    }
  };
  const wrapped = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    const exports = {};
    for (const [k, v] of Object.entries(instance.exports)) exports[k] = typeof v === 'function' && k.startsWith('charts_') ? timed(k, v) : v;
    return { instance: { exports }, module: result.module };
  };
  const streaming = WebAssembly.instantiateStreaming;
  if (streaming) WebAssembly.instantiateStreaming = async function instantiate(...a) { return wrapped(await streaming.apply(this, a)); };
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = async function instantiate(...a) {
    const r = await plain.apply(this, a);
    return r instanceof WebAssembly.Instance ? r : wrapped(r);
  };
}

/** One cold load of `url`, traced into `file`; resolves to the page's marks and wasm calls. */
function tracedLoad(browser, url, file) {
  return traced(browser, url, file, {
    cpu: CPU,
    init: watchCalls,
    until: 'chartsReady',
    // The last charts' frames, and a task or two after them.
    settle: 1000,
    collect: () => ({
      marks: Object.fromEntries(['first-chart', 'charts-shown', 'charts-ready'].map((n) => [n, performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null])),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      calls: window.__longTaskCalls,
    }),
    context: { viewport: { width: WIDTH, height: 900 } },
  });
}

/**
 * The page's main thread in a trace: the renderer main thread that parsed `url` (Chromium's
 * own pages may run renderers of their own beside it).
 */
function mainThread(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '') === url);
  if (!parse) throw new Error(`the trace has no parsing of ${url}`);
  return `${parse.pid}:${parse.tid}`;
}

/** One event as a line: its name, what it names (script, function, image), its ms. */
function describe(e) {
  const d = e.args?.data || e.args?.beginData || {};
  const where = d.url ? d.url.split('/').pop() : '';
  const what = [d.functionName, where, d.type].filter(Boolean).join(' ');
  return `${e.name}${what ? ` (${what})` : ''} ${(e.dur / 1000).toFixed(1)} ms`;
}

/**
 * The long tasks (over 50 ms of wall or thread time) of the page at `url` in a trace file,
 * each with the work inside it, ms from navigation start; and `cpuUntil(ms)`, the main
 * thread's thread time until then.
 */
function longTasks(file, url) {
  const events = JSON.parse(fs.readFileSync(file, 'utf8')).traceEvents;
  const main = mainThread(events, url);
  const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const all = mine.filter((e) => /^(ThreadControllerImpl::)?RunTask$/.test(e.name));
  const top = all.filter((t) => !all.some((o) => o !== t && o.dur >= t.dur && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur));
  // The main thread's time until each mark (ms, from navigation start), its thread time
  // beside its wall time: the thread time leaves out the waits for a core on a busy
  // machine (the throttling's pauses are in it), so compares runs made at other loads.
  const cpuUntil = (at) => top.filter((t) => (t.ts - start) / 1000 < at).reduce((a, t) => a + (t.tdur ?? t.dur), 0) / 1000;
  const tasks = mine.filter((e) => /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && Math.max(e.dur, e.tdur ?? 0) > LONG_MS * 1000);
  const outer = tasks.filter((t) => !tasks.some((o) => o !== t && o.dur > t.dur && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur));
  const long = outer.map((t) => {
    const inside = [];
    const stack = [];
    for (const e of mine) {
      if (e === t || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur) continue;
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
      stack.push(e);
      if (e.dur >= DETAIL_MS * 1000 && !QUIET.test(e.name)) inside.push(`${'  '.repeat(Math.min(stack.length, 8))}${describe(e)}`);
    }
    return { at: (t.ts - start) / 1000, ms: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000, inside };
  });
  return { long, cpuUntil };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run \`make build\` first`);
  fs.mkdirSync(OUT, { recursive: true });
  const base = await serve(DIST, 'index.html', Number(process.env.LONG_TASKS_PORT) || null);
  const browser = await chromium.launch(LAUNCH);
  try {
    console.log(`long tasks at CPU ${CPU}×, ${WIDTH} px, load average ${require('os').loadavg()[0].toFixed(1)}`);
    for (const name of PAGES) {
      for (let run = 1; run <= RUNS; run += 1) {
        const file = path.join(OUT, `${name.replace(/\W+/g, '-')}${run}.json`);
        const url = new URL(name, base).href;
        const seen = await tracedLoad(browser, url, file);
        const ms = (v) => (v === null ? '–' : `${Math.round(v)}`);
        console.log(`\n${name}, run ${run}: first paint ${ms(seen.fcp)} ms, first-chart ${ms(seen.marks['first-chart'])}, charts-shown ${ms(seen.marks['charts-shown'])}, charts-ready ${ms(seen.marks['charts-ready'])} (trace ${path.relative(ROOT, file)})`);
        const { long, cpuUntil } = longTasks(file, url);
        const over = long.filter((t) => t.cpu > LONG_MS);
        const longest = Math.max(0, ...long.map((t) => t.cpu));
        const until = (v) => (v === null ? '–' : `${Math.round(cpuUntil(v))}`);
        console.log(`  thread time: ${over.length} tasks over ${LONG_MS} ms, the longest ${Math.round(longest)} ms; until first paint ${until(seen.fcp)} ms, first-chart ${until(seen.marks['first-chart'])} ms`);
        for (const t of long) {
          console.log(`  task at ${Math.round(t.at)} ms: ${t.ms.toFixed(1)} ms (thread ${t.cpu.toFixed(1)} ms)`);
          for (const line of t.inside) console.log(`  ${line}`);
          // A chart's layout or paint after a scheduler.yield runs as a continuation task,
          // whose trace shows microtasks and no script (Lighthouse: "unattributed"): name
          // the wasm calls within it (the page's clock and the trace's differ by about 1 ms).
          for (const [at, d, what] of seen.calls.filter(([at]) => at >= t.at - 1 && at <= t.at + t.ms)) {
            console.log(`      wasm ${what.replace('charts_', '')} ${d.toFixed(1)} ms`);
          }
        }
        console.log('  wasm calls over 3 ms (start, ms, export):');
        for (const [at, d, what] of seen.calls) console.log(`    ${Math.round(at)} ${d.toFixed(1)} ${what.replace('charts_', '')}`);
      }
    }
  } finally {
    await browser.close();
    stopServers();
  }
}

main().catch((e) => {
  console.error(e.message);
  stopServers();
  process.exit(1);
});
