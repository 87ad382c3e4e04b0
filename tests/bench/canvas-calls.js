#!/usr/bin/env node
// What drawing the story page's charts asks of the canvas, counted by work and not by wall
// time (issue 19, "per-chart drawing cost"): two builds side by side, A and B, loaded cold
// one after the other in each round (A first in even rounds, B in odd ones) at CPU 4×.
// Each round gives, per build:
// - the calls into the 2D contexts until `charts-ready` and over `CALLS_RESIZES` window
//   resizes after it (`font =`, `measureText`, `setTransform`, `fillText`), counted by a
//   wrapped `CanvasRenderingContext2D.prototype` in an init script of this bench only;
// - the main thread's thread time until `charts-ready`, from a CDP trace of another cold
//   load without the wrapper (the wrapper's own cost would be in it).
// It prints the medians, with the load average at each round.
//
// usage: node tests/bench/canvas-calls.js DIST_A DIST_B   (env: CALLS_ROUNDS=7, CALLS_CPU=4,
//        CALLS_RESIZES=6, CALLS_PORT: the first of two ports to serve on, else free ones)
// A bench, not a test: it prints what it saw and never fails.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { LAUNCH, median, round, serve, stopServers, traced } = require('./browser');

const [A, B] = process.argv.slice(2, 4).map((d) => path.resolve(d || ''));
const ROUNDS = Math.max(1, Number(process.env.CALLS_ROUNDS || 7));
const CPU = Number(process.env.CALLS_CPU || 4);
const RESIZES = Number(process.env.CALLS_RESIZES || 6);
const PORT = Number(process.env.CALLS_PORT || 0) || null;
const NAMES = ['font', 'measureText', 'setTransform', 'fillText'];

/** Counts every call of NAMES on any 2D context, by phase (`window.__calls`). */
function wrap() {
  const calls = { font: 0, measureText: 0, setTransform: 0, fillText: 0 };
  window.__calls = calls;
  const proto = CanvasRenderingContext2D.prototype;
  const font = Object.getOwnPropertyDescriptor(proto, 'font');
  Object.defineProperty(proto, 'font', {
    get: font.get,
    set(v) {
      calls.font += 1;
      font.set.call(this, v);
    },
    configurable: true,
  });
  for (const name of ['measureText', 'setTransform', 'fillText']) {
    const f = proto[name];
    proto[name] = function counted(...args) {
      calls[name] += 1;
      return f.apply(this, args);
    };
  }
}

const ready = () => document.documentElement.dataset.chartsReady !== undefined;

/** One cold load with the wrapper: the calls until charts-ready, then over the resizes. */
async function counted(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  try {
    await ctx.addInitScript(wrap);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(ready, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const load = await page.evaluate(() => ({ ...window.__calls }));
    await page.evaluate(() => Object.keys(window.__calls).forEach((k) => { window.__calls[k] = 0; }));
    for (let i = 0; i < RESIZES; i += 1) {
      await page.setViewportSize({ width: i % 2 ? 1000 : 420, height: 900 });
      await page.waitForTimeout(600);
    }
    const resize = await page.evaluate(() => ({ ...window.__calls }));
    return { load, resize };
  } finally {
    await ctx.close();
  }
}

/** The main thread's thread time (ms) from navigation until charts-ready, in a trace. */
function threadTime(file) {
  const events = JSON.parse(fs.readFileSync(file, 'utf8')).traceEvents;
  const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
  const mark = events.find((e) => e.name === 'charts-ready' && e.ts >= start);
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!mark || !parse) return null;
  const main = `${parse.pid}:${parse.tid}`;
  const tasks = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(e.name));
  const top = tasks.filter((t) => !tasks.some((o) => o !== t && o.dur >= t.dur && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur));
  return top.filter((t) => t.ts >= start && t.ts < mark.ts).reduce((a, t) => a + (t.tdur ?? t.dur), 0) / 1000;
}

async function main() {
  if (!process.argv[3]) throw new Error('usage: node tests/bench/canvas-calls.js DIST_A DIST_B');
  const bases = { a: await serve(A, 'index.html', PORT), b: await serve(B, 'index.html', PORT && PORT + 1) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canvas-calls-'));
  const browser = await chromium.launch(LAUNCH);
  const rows = [];
  try {
    for (let r = 0; r < ROUNDS; r += 1) {
      const row = { load: os.loadavg()[0] };
      for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) {
        const url = new URL('index.html', bases[k]).href;
        const file = path.join(dir, `${k}${r}.json`);
        await traced(browser, url, file, { cpu: CPU, init: () => {}, until: 'chartsReady', settle: 300, collect: () => null, context: { reducedMotion: 'reduce' } });
        row[k] = { cpu: threadTime(file), ...(await counted(browser, url)) };
        fs.rmSync(file);
      }
      rows.push(row);
      process.stderr.write(`canvas-calls: round ${r + 1} of ${ROUNDS}, load ${row.load.toFixed(1)}: A ${JSON.stringify(row.a)} B ${JSON.stringify(row.b)}\n`);
    }
  } finally {
    await browser.close();
    stopServers();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const med = (k, f) => round(median(rows.map((r) => f(r[k]))), 1);
  console.log(`canvas calls at CPU ${CPU}×, 1280 px, medians of ${ROUNDS} interleaved rounds, load average ${rows.map((r) => r.load.toFixed(1)).join(', ')}`);
  console.log(`${'until charts-ready'.padEnd(34)}${'A'.padStart(10)}${'B'.padStart(10)}`);
  for (const n of NAMES) console.log(`  ${n.padEnd(32)}${String(med('a', (x) => x.load[n])).padStart(10)}${String(med('b', (x) => x.load[n])).padStart(10)}`);
  console.log(`  ${'main thread, thread time (ms)'.padEnd(32)}${String(med('a', (x) => x.cpu)).padStart(10)}${String(med('b', (x) => x.cpu)).padStart(10)}   B − A within a round ${round(median(rows.map((r) => r.b.cpu - r.a.cpu)), 1)}`);
  console.log(`over ${RESIZES} resizes (1280 → 420 ↔ 1000)`);
  for (const n of NAMES) console.log(`  ${n.padEnd(32)}${String(med('a', (x) => x.resize[n])).padStart(10)}${String(med('b', (x) => x.resize[n])).padStart(10)}`);
}

main().catch((e) => {
  console.error(e);
  stopServers();
  process.exit(1);
});
