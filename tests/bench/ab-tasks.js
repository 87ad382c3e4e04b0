#!/usr/bin/env node
// Two builds' own tasks side by side (issue 19, "No long tasks"), where ab.js's wall times
// cannot say: on a machine at load 10 or more the floor alone has tasks of 100 ms, and the
// `longtask` entries measure the waits for a core. Every round loads build A and build B,
// cold, at CPU 4×, in alternating order, each recorded as a Chromium trace; in each load the
// tasks that ran our script (the module's evaluation, a function of app.js, or a call into
// the reader's wasm) until `charts-shown` are listed by thread time, named by the wasm calls
// inside them (`layout`, `draw_frame`: one chart each, `new`: the data's decoding). Thread
// time leaves the waits out, though a loaded machine still inflates it: compare builds
// only within one run. A bench, not a test: it prints what it saw and never fails on a time.
//
// usage: node tests/bench/ab-tasks.js DIST_A DIST_B   (env: AB_ROUNDS=9, AB_CPU=4,
//        AB_PORT: the first of two ports to serve on, else free ones)
// The traces stay in target/ab-tasks/ (open them in Chromium's performance panel).
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { LAUNCH, median, round, serve, stopServers, traced } = require('./browser');

const [A, B] = process.argv.slice(2, 4).map((d) => path.resolve(d || ''));
const ROUNDS = Math.max(1, Number(process.env.AB_ROUNDS || 9));
const CPU = Number(process.env.AB_CPU || 4);
const PORT = Number(process.env.AB_PORT || 0) || null;
const OUT = path.join(__dirname, '..', '..', 'target', 'ab-tasks');

/** In the page, before its scripts: every call into the wasm's chart exports, [start, ms, name]. */
function watchCalls() {
  const calls = [];
  Object.defineProperty(window, '__abCalls', { value: calls });
  const timed = (name, f) => function call(...args) {
    const start = performance.now();
    try {
      return f.apply(this, args);
    } finally {
      calls.push([start, performance.now() - start, name.replace('charts_', '')]);
    }
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async function instantiate(...a) {
    const { instance, module } = await streaming.apply(this, a);
    const exports = {};
    for (const [k, v] of Object.entries(instance.exports)) exports[k] = typeof v === 'function' && k.startsWith('charts_') ? timed(k, v) : v;
    return { instance: { exports }, module };
  };
}

/** One cold, traced load of `url` into `file`: the marks and the wasm calls. */
function tracedLoad(browser, url, file) {
  return traced(browser, url, file, {
    cpu: CPU,
    init: watchCalls,
    until: 'chartsShown',
    settle: 300,
    collect: () => ({ shown: performance.getEntriesByName('charts-shown')[0]?.startTime, calls: window.__abCalls }),
    context: { reducedMotion: 'reduce' },
  });
}

/** Our tasks of one load until `charts-shown`: {at, cpu, wall, what}, ms from navigation. */
function ourTasks(file, url, seen) {
  const events = JSON.parse(fs.readFileSync(file, 'utf8')).traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '') === url);
  if (!parse) throw new Error(`${file}: no parsing of ${url}`);
  const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
  const mine = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const runs = mine.filter((e) => /^(ThreadControllerImpl::)?RunTask$/.test(e.name));
  const top = runs.filter((t) => !runs.some((o) => o !== t && o.dur >= t.dur && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur));
  const ours = [];
  for (const t of top) {
    const at = (t.ts - start) / 1000;
    if (at > seen.shown + 5) break;
    const inside = mine.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const module = inside.some((e) => e.name === 'v8.evaluateModule');
    const script = module || inside.some((e) => e.name === 'FunctionCall' && /\/app\./.test(e.args?.data?.url ?? ''));
    // The page's clock and the trace's differ by about 1 ms.
    const wasm = seen.calls.filter(([s]) => s >= at - 1 && s <= at + t.dur / 1000);
    if (!script && !wasm.length) continue;
    const what = module ? 'module' : wasm.map(([, ms, name]) => `${name} ${Math.round(ms)}`).join(' + ') || 'script';
    ours.push({ at, cpu: (t.tdur ?? t.dur) / 1000, wall: t.dur / 1000, what });
  }
  return ours;
}

async function main() {
  if (!process.argv[3]) throw new Error('usage: node tests/bench/ab-tasks.js DIST_A DIST_B');
  fs.mkdirSync(OUT, { recursive: true });
  const bases = { a: await serve(A, 'index.html', PORT), b: await serve(B, 'index.html', PORT && PORT + 1) };
  const browser = await chromium.launch(LAUNCH);
  const longest = { a: [], b: [] };
  const load = [os.loadavg()[0]];
  try {
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) {
        const url = new URL('index.html', bases[k]).href;
        const file = path.join(OUT, `${k}${r + 1}.json`);
        const tasks = ourTasks(file, url, await tracedLoad(browser, url, file));
        longest[k].push(Math.max(0, ...tasks.map((t) => t.cpu)));
        const listed = tasks.filter((t) => t.cpu >= 8).map((t) => `${Math.round(t.at)}: ${t.what}: ${Math.round(t.cpu)}/${Math.round(t.wall)}`);
        console.log(`${k.toUpperCase()} round ${r + 1}, load ${os.loadavg()[0].toFixed(1)} | ${listed.join(' | ')}`);
      }
    }
  } finally {
    load.push(os.loadavg()[0]);
    await browser.close();
    stopServers();
  }
  console.log(`A ${A}\nB ${B}\n${ROUNDS} rounds at CPU ${CPU}×, load average ${load.map((x) => x.toFixed(1)).join(' → ')}; each task: thread/wall ms`);
  console.log(`our longest task by thread time, medians: A ${round(median(longest.a), 1)}, B ${round(median(longest.b), 1)}, B − A within a round ${round(median(longest.a.map((x, i) => longest.b[i] - x)), 1)}`);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServers();
    process.exit(130);
  });
}

main().catch((e) => {
  console.error(`ab-tasks: ${e.stack || e.message}`);
  stopServers();
  process.exitCode = 1;
});
