#!/usr/bin/env node
// Two builds of the story page side by side (issue 19, "Weight and speed"): did a change
// move the first chart or the long tasks? On a shared, noisy machine two runs made at
// different times cannot say; here every round loads the floor (the page without script,
// first-load.js), build A and build B, cold, one after the other, in alternating order,
// and the comparison is made within each round: B − A and B / A per round, then their
// median, beside each page's own medians.
//
// usage: node tests/bench/ab.js DIST_A DIST_B   (env: AB_ROUNDS=9, AB_CPU=4,
//        AB_PORT: the first of two ports to serve on, else free ones)
// A bench, not a test: it prints what it saw and never fails on a time.
const { chromium } = require('playwright-core');
const os = require('os');
const path = require('path');
const { LAUNCH, median, round, serve, stopServers } = require('./browser');
const { writeFloor, removeFloor, firstLoads } = require('./first-load');

const [A, B] = process.argv.slice(2, 4).map((d) => path.resolve(d || ''));
const ROUNDS = Math.max(1, Number(process.env.AB_ROUNDS || 9));
const CPU = Number(process.env.AB_CPU || 4);
const PORT = Number(process.env.AB_PORT || 0) || null;

const newContext = (browser) => browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });

/** What one load of a page gave: first paint, first chart visible, first canvas, long tasks. */
function figures(series, i) {
  return {
    fcp: series.fcp[i],
    visible: series.visible[i] ?? null,
    canvas: series.first[i] ?? null,
    ready: series.ready[i] ?? null,
    count: series.long_count[i],
    longest: series.long_longest[i],
    blocking: series.long_blocking[i],
  };
}

async function main() {
  if (!process.argv[3]) throw new Error('usage: node tests/bench/ab.js DIST_A DIST_B');
  const floor = writeFloor(B);
  const baseA = await serve(A, 'index.html', PORT);
  const baseB = await serve(B, 'index.html', PORT && PORT + 1);
  const pages = {
    floor: { url: new URL(floor, baseB).href, charts: false },
    a: { url: new URL('index.html', baseA).href, charts: true },
    b: { url: new URL('index.html', baseB).href, charts: true },
  };
  const browser = await chromium.launch(LAUNCH);
  const rows = [];
  const load = [os.loadavg()[0]];
  try {
    for (let r = 0; r < ROUNDS; r += 1) {
      // A before B in even rounds, B before A in odd ones; the floor first in both.
      const order = r % 2 ? ['floor', 'b', 'a'] : ['floor', 'a', 'b'];
      const got = await firstLoads(browser, newContext, Object.fromEntries(order.map((k) => [k, pages[k]])), 1, CPU);
      rows.push({ floor: figures(got.floor, 0), a: figures(got.a, 0), b: figures(got.b, 0) });
      process.stderr.write(`ab: round ${r + 1} of ${ROUNDS}, load ${os.loadavg()[0].toFixed(1)}\n`);
    }
  } finally {
    load.push(os.loadavg()[0]);
    removeFloor(B);
    await browser.close();
    stopServers();
  }
  report(rows, load);
}

function report(rows, load) {
  const med = (f) => round(median(rows.map(f).filter((x) => x !== null && x !== undefined)), 1);
  const lines = [
    `A ${A}\nB ${B}\n${rows.length} rounds at CPU ${CPU}×, load average ${load.map((x) => x.toFixed(1)).join(' → ')}; medians (ms)`,
    ['', 'floor', 'A', 'B', 'B − A (per round)', 'B / A'].join('\t'),
  ];
  const row = (name, k, floorToo = false) => lines.push([
    name,
    floorToo ? med((x) => x.floor[k]) : '',
    med((x) => x.a[k]),
    med((x) => x.b[k]),
    med((x) => (x.a[k] === null || x.b[k] === null ? null : x.b[k] - x.a[k])),
    round(median(rows.filter((x) => x.a[k]).map((x) => x.b[k] / x.a[k])), 2),
  ].join('\t'));
  row('first paint', 'fcp', true);
  row('first chart visible', 'visible');
  row('first canvas drawn', 'canvas');
  row('charts-ready', 'ready');
  row('long tasks', 'count', true);
  row('longest task', 'longest', true);
  row('blocking', 'blocking', true);
  lines.push(['first chart visible after the floor', '', med((x) => x.a.visible - x.floor.fcp), med((x) => x.b.visible - x.floor.fcp)].join('\t'));
  lines.push(['first canvas after the floor', '', med((x) => x.a.canvas - x.floor.fcp), med((x) => x.b.canvas - x.floor.fcp)].join('\t'));
  lines.push('per round (floor fcp | A visible, canvas, longest | B visible, canvas, longest):');
  for (const x of rows) lines.push(`  ${Math.round(x.floor.fcp)} | ${[x.a.visible, x.a.canvas, x.a.longest].map(Math.round).join(', ')} | ${[x.b.visible, x.b.canvas, x.b.longest].map(Math.round).join(', ')}`);
  console.log(lines.join('\n'));
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServers();
    process.exit(130);
  });
}

main().catch((e) => {
  console.error(`ab: ${e.stack || e.message}`);
  stopServers();
  process.exitCode = 1;
});
