#!/usr/bin/env node
// `make lighthouse`: Lighthouse (mobile, its default) as the outside judge of the story page
// and the English page (issue 19, "Weight and speed"), served from dist/ on 127.0.0.1 by
// tests/serve.py, in Debian's Chromium. Prints each page's category scores and load
// metrics, whether the budgets hold, and exits 1 when one does not.
//
// usage: node tests/bench/lighthouse.js [DIST]   (env: LIGHTHOUSE_RUNS=1, the runs per page; the
//        median run by performance score is reported; LIGHTHOUSE_PORT: the port to serve on,
//        and Chromium's debugging port the next one, else free ones)
//
// Lighthouse's mobile timings are simulated from one unthrottled load (a 4× slower CPU
// and a slow 4G network): on a busy machine they come out slower than on an idle one.
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const { ARGS, EXECUTABLE } = require('../chromium');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const LIGHTHOUSE = path.join(ROOT, 'target', 'lighthouse', 'node_modules', '.bin', 'lighthouse');
const OUT = path.join(DIST, 'lighthouse');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 1));
const CHROME = process.env.CHROME_PATH || EXECUTABLE;

/** What must hold on each page (issue 19). */
const BUDGETS = [
  ['performance', (r) => r.categories.performance.score, (v) => v >= 0.95, '≥ 0.95'],
  ['accessibility', (r) => r.categories.accessibility.score, (v) => v === 1, '1'],
  ['best practices', (r) => r.categories['best-practices'].score, (v) => v === 1, '1'],
  ['SEO', (r) => r.categories.seo.score, (v) => v === 1, '1'],
  ['total blocking time', (r) => r.audits['total-blocking-time'].numericValue, (v) => v <= 100, '≤ 100 ms'],
];

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift', 'interactive'];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves when `url` answers 200, or rejects after 15 s. */
async function answered(url) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ok = await new Promise((resolve) => {
      http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One Lighthouse run of `url`; returns its report (and keeps it in dist/lighthouse/). */
function lighthouse(url, name) {
  const file = path.join(OUT, `${name}.json`);
  execFileSync(LIGHTHOUSE, [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${file}`,
    `--chrome-flags=--headless ${ARGS.join(' ')}`,
    // Chromium's debugging port beside the server's, when the ports are given.
    ...(process.env.LIGHTHOUSE_PORT ? [`--port=${Number(process.env.LIGHTHOUSE_PORT) + 1}`] : []),
  ], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The run with the median performance score. */
function medianRun(reports) {
  const sorted = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The page's longest main-thread tasks, as Lighthouse saw them (ms, unthrottled). */
function longTasks(r) {
  const items = r.audits['long-tasks']?.details?.items ?? [];
  return items.slice(0, 5).map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} (${path.basename(t.url || '') || 'page'})`);
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `make build` first');
  if (!fs.existsSync(LIGHTHOUSE)) throw new Error(`${path.relative(ROOT, LIGHTHOUSE)} is missing: run \`make lighthouse\`, which installs it`);
  fs.mkdirSync(OUT, { recursive: true });
  const port = Number(process.env.LIGHTHOUSE_PORT || 0) || await freePort();
  const server = spawn('python3', [path.join(ROOT, 'tests', 'serve.py'), DIST, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}/`;
  let failed = 0;
  try {
    await answered(`${base}index.html`);
    const pages = [['story', base]];
    if (fs.existsSync(path.join(DIST, 'en', 'index.html'))) pages.push(['english', `${base}en/`]);
    const version = execFileSync(LIGHTHOUSE, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`Lighthouse ${version} (mobile), ${RUNS} run(s) a page, median by performance score`);
    for (const [name, url] of pages) {
      const reports = [];
      for (let i = 0; i < RUNS; i += 1) reports.push(lighthouse(url, RUNS > 1 ? `${name}.${i + 1}` : name));
      const r = medianRun(reports);
      console.log(`\n${name} page (${url}):`);
      console.log(`  ${METRICS.map((m) => `${r.audits[m].title}: ${r.audits[m].displayValue}`).join('; ')}`);
      for (const [what, get, ok, budget] of BUDGETS) {
        const v = get(r);
        const met = v !== null && v !== undefined && ok(v);
        if (!met) failed += 1;
        const shown = what === 'total blocking time' ? `${Math.round(v)} ms` : String(v);
        console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${what}: ${shown} (budget ${budget})`);
      }
      const failing = Object.entries(r.audits)
        .filter(([, a]) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      if (failing.length) console.log(`  audits under 1: ${failing.join(', ')}`);
      const tasks = longTasks(r);
      if (tasks.length) console.log(`  longest tasks: ${tasks.join(', ')}`);
    }
    console.log(`\nreports in ${path.relative(ROOT, OUT)}/`);
  } finally {
    server.kill('SIGTERM');
  }
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (e) => {
  console.error(`lighthouse: ${e.message}`);
  process.exitCode = 2;
});
