#!/usr/bin/env node
// `make bench`, browser part (after `make build` and the criterion run): measures the story
// page in dist/ and a Chart.js page of 8 charts of the same report in headless Chromium,
// folds in criterion's medians, prints one table and writes dist/bench.json and
// tests/bench/latest.json.
//
// usage: node tests/bench/page.js   (env: BENCH_LOADS=15, BENCH_SLOW_LOADS=7, BENCH_RESIZES=20,
//        BENCH_PORT: the first of two ports to serve on, else free ones: a shared machine
//        gives each engineer ports of their own)
//
// What is measured (times are medians over repeated runs: the machine is shared):
//  - bytes: every response of one fresh page load at 1280×900, raw and after gzip -9, by type;
//  - load: ms from navigation start to the first contentful paint and to the `first-chart`
//    and `charts-ready` marks, over BENCH_LOADS fresh contexts (cold cache), with the floor
//    (the story page without its scripts, first-load.js) beside the two pages, all three
//    interleaved; then again with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), a
//    mid-range phone, over BENCH_SLOW_LOADS loads (at least 7); the long tasks of every load;
//  - resize: the window switched between 1000 and 420 px by CDP, three animation frames
//    waited (and the story page's repaints of the charts near the viewport, a chart a task),
//    and the main thread's busy time (CDP Performance.getMetrics TaskDuration) over
//    that window, divided by the number of charts, and every request made meanwhile;
//  - memory: the wasm linear memory (captured by wrapping WebAssembly.instantiate*) and the
//    JS heap in use after a forced GC (CDP Runtime.getHeapUsage), after load.
const { chromium } = require('playwright-core');
const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { storyFiles, gzipSize } = require('./story-files');
const { LAUNCH, round, serve, stopServers } = require('./browser');
const { writeFloor, removeFloor, firstLoads } = require('./first-load');
const { LOADS, RESIZES, SLOW_LOADS, SLOWDOWN, VIEWPORT, WIDTHS, stats, ratio, newContext, bytesAndMemory, resizeCost } = require('./page-measure');
const { firstLoadSummary, table, budgets } = require('./page-report');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const CHART_JS = path.join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.js');
const CRITERION = path.join(ROOT, 'target', 'criterion', 'render');

/** A temporary folder with the Chart.js page, Chart.js itself and the data file. */
function chartjsSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-charts-bench-'));
  fs.mkdirSync(path.join(dir, 'data'));
  fs.copyFileSync(path.join(__dirname, 'chartjs.html'), path.join(dir, 'index.html'));
  fs.copyFileSync(path.join(__dirname, 'chartjs.js'), path.join(dir, 'chartjs.js'));
  fs.copyFileSync(CHART_JS, path.join(dir, 'chart.umd.js'));
  fs.copyFileSync(path.join(DIST, 'data', 'xihu-2024.json'), path.join(dir, 'data', 'xihu-2024.json'));
  return dir;
}

function chartjsVersion() {
  const text = fs.readFileSync(CHART_JS, 'utf8').slice(0, 200);
  return (text.match(/Chart\.js v([\d.]+)/) || [])[1] || null;
}

// --- native (criterion) --------------------------------------------------------------

function criterionMedians() {
  const out = {};
  if (!fs.existsSync(CRITERION)) return out;
  for (const kind of fs.readdirSync(CRITERION)) {
    const kindDir = path.join(CRITERION, kind);
    if (!fs.statSync(kindDir).isDirectory() || kind === 'report') continue;
    for (const id of fs.readdirSync(kindDir)) {
      const file = path.join(kindDir, id, 'new', 'estimates.json');
      if (!fs.existsSync(file)) continue;
      const e = JSON.parse(fs.readFileSync(file, 'utf8'));
      out[kind] = {
        chart: id,
        median_us: round(e.median.point_estimate / 1000, 1),
        ci95_us: [round(e.median.confidence_interval.lower_bound / 1000, 1), round(e.median.confidence_interval.upper_bound / 1000, 1)],
      };
    }
  }
  return out;
}

// --- machine -------------------------------------------------------------------------

function machine(browserVersion) {
  const sh = (cmd) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    nproc: Number(sh('nproc')) || os.cpus().length,
    cpu: (cpuinfo.match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model || null,
    memory_gib: round(os.totalmem() / 2 ** 30, 1),
    chromium: browserVersion,
    node: process.version,
    rustc: sh('rustc --version'),
    loadavg_at_start: os.loadavg().map((x) => round(x, 2)),
  };
}

// --- main ----------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `make build` first');
  const warnings = [];
  const site = chartjsSite();
  let browser;
  try {
    const port = Number(process.env.BENCH_PORT || 0) || null;
    const ours = await serve(DIST, 'index.html', port);
    const theirs = await serve(site, 'index.html', port && port + 1);
    browser = await chromium.launch(LAUNCH);
    const result = { date: new Date().toISOString(), machine: machine(browser.version()) };
    const pages = { story: ours, chartjs: theirs };
    const out = {};
    for (const [name, url] of Object.entries(pages)) {
      process.stderr.write(`bench: ${name}: bytes and memory\n`);
      const b = await bytesAndMemory(browser, url);
      for (const e of b.errors) warnings.push(`${name}: ${e}`);
      const code = b.requests.filter((r) => r.type === 'js' || r.type === 'wasm').reduce((a, r) => a + r.gzip, 0);
      out[name] = { url, charts: b.charts, dom_content_loaded_ms: b.dom_content_loaded_ms, bytes: { by_type: b.by_type, total: b.total, code_gzip: code, requests: b.requests }, memory: b.memory, load: { first: [], ready: [] } };
    }
    // The first loads: the floor (the story page without its scripts) beside both pages.
    const floorUrl = new URL(writeFloor(DIST), ours).href;
    process.stderr.write(`bench: floor (no script): ${RESIZES} resizes\n`);
    const floorResize = await resizeCost(browser, floorUrl, RESIZES, out.story.charts);
    const withFloor = { floor: { url: floorUrl, charts: false }, story: { url: ours, charts: true }, chartjs: { url: theirs, charts: true } };
    const firstLoad = {};
    for (const [slowdown, runs] of [[1, LOADS], [SLOWDOWN, SLOW_LOADS]]) {
      process.stderr.write(`bench: ${runs} fresh loads of the floor and each page with the CPU ${slowdown}× slower, interleaved\n`);
      firstLoad[slowdown] = await firstLoads(browser, newContext, withFloor, runs, slowdown);
    }
    removeFloor(DIST);
    const fast = firstLoad[1];
    const slowRuns = firstLoad[SLOWDOWN];
    for (const name of Object.keys(pages)) {
      out[name].load = { first_chart_ms: stats(fast[name].first, 1), charts_ready_ms: stats(fast[name].ready, 1) };
      out[name].slow = { cpu_slowdown: SLOWDOWN, first_chart_ms: stats(slowRuns[name].first, 1), charts_ready_ms: stats(slowRuns[name].ready, 1) };
    }
    result.first_load = firstLoadSummary(firstLoad);
    for (const [name, url] of Object.entries(pages)) {
      process.stderr.write(`bench: ${name}: ${RESIZES} resizes\n`);
      out[name].resize = await resizeCost(browser, url, RESIZES);
      if (out[name].resize.resizes_with_stale_canvases) {
        warnings.push(`${name}: after ${out[name].resize.resizes_with_stale_canvases} of ${RESIZES} resizes some canvas was not yet repainted at its new width (three frames waited)`);
      }
    }
    out.chartjs.version = chartjsVersion();
    // What a resize costs the article itself, the story page without any script: its
    // text laid out and painted again at the new width, which the Chart.js page has not.
    out.story.resize.floor_task_ms_per_chart = floorResize.task_ms_per_chart;
    out.story.resize.charts_own_task_ms_per_chart = round(Math.max(0, out.story.resize.task_ms_per_chart.median - floorResize.task_ms_per_chart.median), 3);

    // The size ratchet counts files; check that they are what a browser really fetches.
    const files = storyFiles(DIST);
    const fetched = out.story.bytes.requests.map((r) => r.file);
    const notFetched = files.filter((f) => !fetched.includes(f));
    const notCounted = fetched.filter((f) => !files.includes(f));
    if (notFetched.length) warnings.push(`size check counts files the page did not fetch: ${notFetched.join(', ')}`);
    if (notCounted.length) warnings.push(`the page fetched files the size check does not count: ${notCounted.join(', ')}`);
    const filesGzip = files.reduce((a, f) => a + gzipSize(fs.readFileSync(path.join(DIST, f))), 0);
    let budget = null;
    try {
      budget = JSON.parse(fs.readFileSync(path.join(__dirname, 'size-budget.json'), 'utf8')).story_page_gzip_bytes;
    } catch {
      warnings.push('tests/bench/size-budget.json is missing or unreadable');
    }

    if (budget !== null && filesGzip > budget) warnings.push(`the story page (${filesGzip} bytes gzip) is over its budget of ${budget} bytes: \`make test-size\` fails`);

    const native = criterionMedians();
    if (!Object.keys(native).length) warnings.push(`no criterion results in ${path.relative(ROOT, CRITERION)} (run \`cargo bench --bench render\`)`);

    const s = out.story;
    const c = out.chartjs;
    Object.assign(result, {
      settings: { viewport: VIEWPORT, device_scale_factor: 1, reduced_motion: true, loads: LOADS, resizes: RESIZES, resize_widths: WIDTHS, frames_waited_per_resize: 3, resize_cost: 'CDP TaskDuration over the resize minus the median of the same with the width unchanged, divided by the charts on the page' },
      story: s,
      chartjs: c,
      ratios: {
        note: `ours / Chart.js; the story page has ${s.charts} charts and the whole article, the Chart.js page ${c.charts} charts`,
        gzip_bytes: ratio(s.bytes.total.gzip, c.bytes.total.gzip),
        code_gzip_bytes: ratio(s.bytes.code_gzip, c.bytes.code_gzip),
        first_chart_ms: ratio(s.load.first_chart_ms.median, c.load.first_chart_ms.median),
        charts_ready_ms: ratio(s.load.charts_ready_ms.median, c.load.charts_ready_ms.median),
        resize_task_ms_per_chart: ratio(s.resize.task_ms_per_chart.median, c.resize.task_ms_per_chart.median),
        slow_first_chart_ms: ratio(s.slow.first_chart_ms.median, c.slow.first_chart_ms.median),
        slow_charts_ready_ms: ratio(s.slow.charts_ready_ms.median, c.slow.charts_ready_ms.median),
        charts_ready_ms_per_chart: ratio(s.load.charts_ready_ms.median / s.charts, c.load.charts_ready_ms.median / c.charts),
      },
      budgets: budgets(s, c, result.first_load),
      native: { what: 'layout + render to SVG, one chart, 848 CSS px (the story column at 1280 px), zh, light (criterion median, cargo bench profile without LTO)', kinds: native },
      size_check: { files_gzip: filesGzip, budget, files_not_fetched: notFetched, fetched_not_counted: notCounted },
      warnings,
      seconds: round((Date.now() - t0) / 1000, 1),
    });

    const text = `${JSON.stringify(result, null, 2)}\n`;
    fs.writeFileSync(path.join(DIST, 'bench.json'), text);
    fs.writeFileSync(path.join(__dirname, 'latest.json'), text);
    console.log(table(result));
    console.log(`\nwrote dist/bench.json and tests/bench/latest.json (${result.seconds} s in the browser)`);
  } finally {
    removeFloor(DIST);
    if (browser) await browser.close();
    stopServers();
    fs.rmSync(site, { recursive: true, force: true });
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServers();
    process.exit(130);
  });
}

main().catch((e) => {
  console.error(`bench: ${e.stack || e.message}`);
  stopServers();
  process.exitCode = 1;
});
