#!/usr/bin/env node
// What a tab that follows another costs (issue 21 §2, two tabs of one report): a provincial
// report open in two tabs of one browser, the desk typing into a figure's label in tab A at a
// pace that lets each keystroke be stored (the editor stores typing once the desk pauses,
// PAUSE_MS in www/editor-state.js), and tab B, which hears each store, measured. A bench, not
// a test: it prints figures and never fails on a time.
//
// usage: node tests/bench/editor-tabs.js [DIST]   (env: CORPUS=../shared/corpus,
//        BENCH_TABS_RUNS=3, BENCH_TABS_REPORT=hainan.txt, BENCH_TABS_PAUSE=600)
//
// Per run, in a fresh context: A pastes the report (drafted in the browser), B opens the
// editor and resumes it; B's visibility is said (headless tabs are all visible, as two
// windows side by side are). A types 16 characters, BENCH_TABS_PAUSE ms apart, into the label
// of the first charted number's figure; then the bench waits 2 s. In B: the long tasks
// (a `longtask` PerformanceObserver: count, sum, longest) and the main thread's whole task
// time (CDP Performance.getMetrics, TaskDuration) over that time; in A the same, for scale.
// Medians over the runs; the machine is shared, so compare runs made together.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { LAUNCH, median, round, serve, stopServers } = require('./browser');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const CORPUS = path.resolve(ROOT, process.env.CORPUS || path.join('..', 'shared', 'corpus'));
const RUNS = Math.max(1, Number(process.env.BENCH_TABS_RUNS || 3));
const REPORT = process.env.BENCH_TABS_REPORT || 'hainan.txt';
const PAUSE_MS = Number(process.env.BENCH_TABS_PAUSE || 600);
const TYPED = '按可比价格计算的全年地区生产总值';

/** Starts a `longtask` observer in `page`: its entries gather in `window.benchLong`. */
const watchLong = (page) => page.evaluate(() => {
  window.benchLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLong.push(e.duration);
  }).observe({ type: 'longtask' });
});

/** The main thread's task time so far, ms (CDP). */
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
}

/** One tab's figures since `watchLong` and `t0`. */
async function figures(page, cdp, t0) {
  const long = await page.evaluate(() => window.benchLong);
  return {
    task_ms: (await taskMs(cdp)) - t0,
    long_tasks: long.length,
    long_ms: long.reduce((a, x) => a + x, 0),
    longest_ms: long.reduce((a, x) => Math.max(a, x), 0),
  };
}

async function run(browser, base, text) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    const a = await context.newPage();
    await a.goto('editor.html');
    await a.waitForSelector('body[data-ready]', { timeout: 60_000 });
    await a.fill('#open-text', text);
    await a.fill('#open-slug', 'bench-tabs');
    await a.click('#open-go');
    await a.waitForSelector('#desk:not([hidden])', { timeout: 120_000 });
    const b = await context.newPage();
    await b.goto('editor.html');
    await b.waitForSelector('body[data-ready]', { timeout: 60_000 });
    await b.waitForSelector('#desk:not([hidden])', { timeout: 60_000 });
    await a.bringToFront();
    await a.locator('#text .num.charted').first().click();
    const label = a.locator('#figure-form [data-path$=".label.zh"]').first();
    await label.focus();
    await label.press('End');
    await a.waitForTimeout(1500);
    const cdpA = await context.newCDPSession(a);
    const cdpB = await context.newCDPSession(b);
    await cdpA.send('Performance.enable');
    await cdpB.send('Performance.enable');
    await watchLong(a);
    await watchLong(b);
    const [t0a, t0b] = [await taskMs(cdpA), await taskMs(cdpB)];
    for (const ch of TYPED) {
      await a.keyboard.type(ch);
      await a.waitForTimeout(PAUSE_MS);
    }
    await a.waitForTimeout(2000);
    const typed = await label.inputValue();
    // What A typed reached storage (and so B heard of it), or nothing was measured.
    const followed = await b.evaluate(() => JSON.parse(localStorage.getItem('report-charts:editor:report:bench-tabs')).doc.figures.map((f) => f.label.zh));
    if (!followed.includes(typed)) throw new Error('the typing was not stored');
    const visibility = await b.evaluate(() => document.visibilityState);
    return { a: await figures(a, cdpA, t0a), b: await figures(b, cdpB, t0b), visibility };
  } finally {
    await context.close();
  }
}

async function main() {
  const file = path.join(CORPUS, 'gzbg-2026', REPORT);
  if (!fs.existsSync(file)) {
    console.log(`bench-editor-tabs: skipped, ${file} is absent`);
    return;
  }
  const text = fs.readFileSync(file, 'utf8');
  let browser;
  try {
    const base = await serve(DIST, 'editor.html');
    browser = await chromium.launch(LAUNCH);
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await run(browser, base, text));
    const med = (tab, k) => round(median(runs.map((r) => r[tab][k])), 1);
    console.log(`editor tabs bench ${new Date().toISOString()}: ${DIST}, ${REPORT} (${[...text].length} characters), ${TYPED.length} keys ${PAUSE_MS} ms apart in tab A; load average ${os.loadavg().map((x) => round(x, 2)).join(' ')}; tab B ${runs[0].visibility}`);
    for (const tab of ['a', 'b']) {
      console.log(`tab ${tab.toUpperCase()}: main-thread task time ${med(tab, 'task_ms')} ms, long tasks ${med(tab, 'long_tasks')} (sum ${med(tab, 'long_ms')} ms, longest ${med(tab, 'longest_ms')} ms); medians of ${RUNS}`);
      console.log(`  per run: ${runs.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r[tab]).map(([k, v]) => [k, round(v, 1)])))).join(' ')}`);
    }
  } finally {
    if (browser) await browser.close();
    stopServers();
  }
}

main().catch((e) => {
  console.error(`bench-editor-tabs: ${e.stack || e.message}`);
  stopServers();
  process.exitCode = 1;
});
