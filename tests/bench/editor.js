#!/usr/bin/env node
// `make bench-editor` (after `make build`): the editor's main-thread time per keystroke in
// a figure's label, in headless Chromium at normal CPU (issues 17 and 21 §4). A bench, not
// a test: it prints figures and never fails on a time.
//
// usage: node tests/bench/editor.js   (env: BENCH_EDITOR_RUNS=3, BENCH_EDITOR_PAUSE=150,
//                                       CORPUS=../shared/corpus, BENCH_EDITOR_TRACES=DIR)
//
// For each report, in BENCH_EDITOR_RUNS fresh browser contexts:
//  - opens it: the site's `editor.html?report=xihu-2024` (text and curated data file), or a
//    corpus text pasted into the open form and drafted in the browser, as a desk would. The
//    paste's opening (fill → 开始 → drafted, marked and previewed) is timed as main-thread
//    time: busy (every task), the longest task and the blocking time (each task's time over
//    50 ms, summed: Lighthouse's "total blocking time");
//  - selects the first charted number of the text (its figure's form opens), focuses the
//    figure's Chinese label and types 16 characters one at a time, BENCH_EDITOR_PAUSE ms
//    apart (a person's pace); each character is one `input` event, as an IME's commit is;
//  - for each keystroke, sums the main thread's top-level tasks from the task that
//    dispatched its `input` event up to the next keystroke's (the last: for as long as the
//    pause, BENCH_EDITOR_PAUSE), and counts the long tasks (≥ 50 ms) while typing. When a
//    keystroke's work outlasts the pause, the next key waits behind it and one frame may
//    serve both, as it would for a person typing; the sum over the keystrokes stays right;
//  - what runs after typing stops (from the last key's window to 700 ms after it: the
//    editor's update on the pause, the autosave) is summed apart, with its longest task;
//  - a task that is mostly garbage collection (V8's MajorGC, MinorGC, incremental marking:
//    of the whole tab's heap, not of one key's work) is counted apart too, in the window
//    it falls in: each keystroke's figure is given without those tasks, and the GC beside it.
//
// Each time is given twice: wall time (the tasks' durations: what the desk waits, and what
// a `longtask` observer sees) and the main thread's CPU time (the trace's thread
// durations: the work itself). On these shared 2-core machines the renderer waits for a
// core much of the time, so wall time can be several times the CPU time; the CPU time is
// the figure to compare between runs and before/after a change, the wall time the one to
// read on a quiet machine.
//
// Why CDP tracing and not a `longtask` + `event` PerformanceObserver: the editor's input
// handler notes the edit and sets a timer; once the desk pauses (250 ms after the last
// key, at least once a second) the update (re-parse, problems, marks, resolving) runs in
// the editor's worker (www/editor-typing.js), off the main thread, and the page shows its
// answer (the status, and the charts it changed drawn) in a task of its own, then style,
// layout and paint in others. At this bench's pace (150 ms) an update falls in the
// keystrokes where the second's wait ends and after the last key, and counts to the
// keystroke it follows; after the last, in the time after typing stops. A `longtask` observer
// sees only tasks over 50 ms, so it cannot say whether a keystroke stays under the 16 ms
// budget, and it misses a keystroke split into several 40 ms tasks. An `event` timing
// entry (threshold 16 ms at least) measures the latency to the next paint, waiting
// included, rounded to 8 ms, and only for slow events. The trace has every task on the
// renderer's main thread with its exact duration, so the sum per keystroke is the
// main-thread time that keystroke caused, however it is split (the worker's thread is
// not the main thread, and is not counted). Tracing `devtools.timeline` costs a little
// itself, which makes the figures slightly high.
//
// The machine is shared: each report's figures are medians over the runs (each run's
// median keystroke, then the median of those); the maximum is over every keystroke of
// every run. Everything is written to dist/bench-editor.json.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { LAUNCH, median, pct, round, serve, stopServers } = require('./browser');
const { LONG_TASK_MS, CATEGORIES, traceEvents, dispatches, topLevelTasks, taskStart, busy, cpu, blocking, longest, within, gcOf, workOf, markGc } = require('./editor-trace');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const CORPUS = path.resolve(ROOT, process.env.CORPUS || path.join('..', 'shared', 'corpus'));
const RUNS = Math.max(1, Number(process.env.BENCH_EDITOR_RUNS || 3));
const PAUSE_MS = Number(process.env.BENCH_EDITOR_PAUSE || 150);
const VIEWPORT = { width: 1280, height: 900 };
// 16 characters of a plausible Chinese label, typed at the end of the label.
// BENCH_EDITOR_FIELD=value types 16 digits into the figure's value instead: a value its
// sentence does not print changes the text's marks (the worker sends the lines changed).
const FIELD = process.env.BENCH_EDITOR_FIELD === 'value' ? 'value' : 'label.zh';
const TYPED = FIELD === 'value' ? '1234567890123456' : '按可比价格计算的全年地区生产总值';

// How long the trace runs on after the last key: past the editor's redraw on a pause.
const AFTER_LAST_MS = 700;

/** The corpus report with the most characters (hainan.txt, 26,192, when this was written). */
function largest(dir) {
  const texts = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  const size = (f) => [...fs.readFileSync(path.join(dir, f), 'utf8')].length;
  return texts.map((f) => [f, size(f)]).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'hainan.txt';
}

/** The reports measured: Xihu from the site, and the largest corpus report pasted in. */
const BIG = largest(path.join(CORPUS, 'gzbg-2026'));
const REPORTS = [
  { name: 'xihu-2024', how: 'site', query: '?report=xihu-2024', text: path.join(DIST, 'data', 'xihu-2024.txt') },
  { name: `${BIG.replace(/\.txt$/, '')} (gzbg-2026)`, how: 'paste', slug: `${BIG.replace(/\.txt$/, '')}-2026`, text: path.join(CORPUS, 'gzbg-2026', BIG) },
];

// --- in the page ---------------------------------------------------------------------

/** Waits two animation frames and then `ms` more in the page: the work of an edit is done. */
const settle = (page, ms) => page.evaluate((wait) => new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait)));
}), ms);

/** Opens `report` in a fresh page; for a pasted report, the opening's main-thread time. */
async function open(browser, page, report, text) {
  await page.goto(`editor.html${report.how === 'site' ? report.query : ''}`);
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  if (report.how === 'site') {
    await page.waitForSelector('#desk:not([hidden])');
    return null;
  }
  await settle(page, 300);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.fill('#open-text', text);
  await page.fill('#open-slug', report.slug);
  await page.click('#open-go');
  await page.waitForSelector('#desk:not([hidden])', { timeout: 120_000 });
  await settle(page, 500);
  const events = traceEvents(await browser.stopTracing(), `${report.name} opening`);
  // From the paste (the text area's first `input`) to the end of the trace.
  const paste = dispatches(events, 'input')[0];
  if (!paste) throw new Error(`${report.name}: no input event in the opening's trace`);
  const tasks = topLevelTasks(events, paste);
  const from = taskStart(tasks, paste.ts / 1000);
  const opening = within(tasks, from, Infinity);
  return { busy_ms: busy(opening), cpu_ms: cpu(opening), longest_task_ms: longest(opening), blocking_ms: blocking(opening), tasks: opening.length };
}

/** Focuses the label of the first charted figure, its caret at the end. Returns the field's path. */
async function focusLabel(page, report) {
  const num = page.locator('#text .num.charted').first();
  if (!(await num.count())) throw new Error(`${report.name}: the text has no charted number to select`);
  await num.click();
  const label = page.locator(`#figure-form [data-path$=".${FIELD}"]`).first();
  await label.waitFor({ timeout: 30_000 });
  const at = await label.getAttribute('data-path');
  await label.focus();
  await label.press('End');
  await settle(page, 500);
  return { label, at };
}

/**
 * Per keystroke of a typing trace's `events`, the main thread's time it caused (GC tasks
 * apart), then what ran after typing stopped, and the long tasks.
 */
function keystrokes(events, report) {
  const inputs = dispatches(events, 'input');
  if (inputs.length !== TYPED.length) throw new Error(`${report.name}: ${inputs.length} input events traced for ${TYPED.length} keystrokes`);
  const tasks = markGc(events, inputs[0], topLevelTasks(events, inputs[0]));
  const starts = inputs.map((e) => taskStart(tasks, e.ts / 1000));
  // The last key's window is as long as the pause; what follows it runs after typing stopped.
  const stop = starts[starts.length - 1] + PAUSE_MS;
  const windows = starts.map((s, i) => within(tasks, s, i + 1 < starts.length ? starts[i + 1] : stop));
  const keys = windows.map(workOf);
  const tail = workOf(within(tasks, stop, Infinity));
  const typing = within(tasks, starts[0], Infinity);
  const long = typing.filter((t) => t.ms >= LONG_TASK_MS);
  return {
    keystroke_ms: keys.map((k) => busy(k)),
    keystroke_cpu_ms: keys.map((k) => cpu(k)),
    gc_cpu_ms: windows.map((k) => cpu(gcOf(k))),
    after_typing_cpu_ms: cpu(tail),
    after_typing_longest_task_cpu_ms: tail.reduce((a, t) => Math.max(a, t.cpu), 0),
    after_typing_gc_cpu_ms: cpu(gcOf(within(tasks, stop, Infinity))),
    longest_task_cpu_ms: typing.reduce((a, t) => Math.max(a, t.cpu), 0),
    long_tasks: long.length,
    longest_task_ms: longest(typing),
  };
}

/** Types TYPED into the focused label; per keystroke, the main-thread time it caused. */
async function typeLabel(browser, page, report) {
  const { label, at } = await focusLabel(page, report);
  const before = await label.inputValue();
  await browser.startTracing(page, { categories: CATEGORIES });
  for (const ch of TYPED) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(PAUSE_MS);
  }
  // The editor redraws once the desk pauses (SETTLE_MS in www/editor.js, 250 ms): the tail
  // after the last key is long enough to hold that update, which counts to the last key.
  await settle(page, Math.max(PAUSE_MS, AFTER_LAST_MS));
  const events = traceEvents(await browser.stopTracing(), `${report.name} typing`);
  // The edit must have reached the document, or nothing was measured.
  const after = await label.inputValue();
  if (after !== before + TYPED) throw new Error(`${report.name}: ${at} reads ${JSON.stringify(after)} after typing, not ${JSON.stringify(before + TYPED)}`);
  return { field: at, ...keystrokes(events, report) };
}

/** One run of `report` in a fresh context. */
async function run(browser, base, report, text) {
  const context = await browser.newContext({ baseURL: base, viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const opening = await open(browser, page, report, text);
    const typing = await typeLabel(browser, page, report);
    if (errors.length) throw new Error(`${report.name}: the page threw: ${errors.join('; ')}`);
    const charts = await page.locator('#preview .pv-chart').count();
    return { opening, typing, charts };
  } finally {
    await context.close();
  }
}

// --- the table -----------------------------------------------------------------------

/**
 * Median over the runs of each run's median, the 90th percentile and the maximum over
 * every keystroke, and each run's values.
 */
function perKeystroke(runs, key) {
  const all = runs.flatMap((r) => r.typing[key]);
  return {
    median: round(median(runs.map((r) => median(r.typing[key]))), 1),
    p90: round(pct(all, 90), 1),
    max: round(Math.max(...all), 1),
    over_16_ms: all.filter((x) => x > 16).length,
    keystrokes: all.length,
    per_run: runs.map((r) => r.typing[key].map((x) => round(x, 1))),
  };
}

/** One report's figures over its runs. */
function summary(report, chars, runs) {
  const openings = runs.map((r) => r.opening).filter(Boolean);
  const med = (xs) => round(median(xs), 1);
  const opening = {};
  for (const k of ['busy_ms', 'cpu_ms', 'longest_task_ms', 'blocking_ms']) opening[k] = med(openings.map((o) => o[k]));
  opening.per_run = openings.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v, 1)])));
  return {
    report: report.name,
    how: report.how,
    characters: chars,
    charts: runs[0].charts,
    field: runs[0].typing.field,
    keystroke_ms: perKeystroke(runs, 'keystroke_ms'),
    keystroke_cpu_ms: perKeystroke(runs, 'keystroke_cpu_ms'),
    gc_cpu_ms: perKeystroke(runs, 'gc_cpu_ms'),
    after_typing_cpu_ms: round(median(runs.map((r) => r.typing.after_typing_cpu_ms)), 1),
    after_typing_longest_task_cpu_ms: round(median(runs.map((r) => r.typing.after_typing_longest_task_cpu_ms)), 1),
    after_typing_gc_cpu_ms: round(median(runs.map((r) => r.typing.after_typing_gc_cpu_ms)), 1),
    longest_task_cpu_ms: round(Math.max(...runs.map((r) => r.typing.longest_task_cpu_ms)), 1),
    long_tasks_while_typing: {
      count_median: median(runs.map((r) => r.typing.long_tasks)),
      longest_ms: round(Math.max(...runs.map((r) => r.typing.longest_task_ms)), 1),
    },
    opening: openings.length ? opening : null,
  };
}

/** The figures as a table: one row per measure, one column per report. */
function table(result) {
  const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(1)} ms`);
  const of = (s, f) => (s.skipped ? '' : f(s));
  const open = (f) => (s) => (s.opening ? f(s.opening) : '–');
  const measures = [
    ['characters, charts drafted or kept', (s) => `${s.characters}, ${s.charts}`],
    ['keystroke, wall: median', (s) => ms(s.keystroke_ms.median)],
    ['keystroke, wall: p90', (s) => ms(s.keystroke_ms.p90)],
    ['keystroke, wall: max', (s) => ms(s.keystroke_ms.max)],
    ['keystroke, CPU: median', (s) => ms(s.keystroke_cpu_ms.median)],
    ['keystroke, CPU: p90', (s) => ms(s.keystroke_cpu_ms.p90)],
    ['keystroke, CPU: max', (s) => ms(s.keystroke_cpu_ms.max)],
    ['keystrokes over 16 ms, wall / CPU', (s) => `${s.keystroke_ms.over_16_ms} / ${s.keystroke_cpu_ms.over_16_ms} of ${s.keystroke_ms.keystrokes}`],
    ['GC tasks (the whole tab) per keystroke, CPU: max', (s) => ms(s.gc_cpu_ms.max)],
    ['longest task, typing and after, CPU (all runs)', (s) => ms(s.longest_task_cpu_ms)],
    ['after typing stops (update, autosave), CPU', (s) => ms(s.after_typing_cpu_ms)],
    ['after typing stops, longest task, CPU', (s) => ms(s.after_typing_longest_task_cpu_ms)],
    ['after typing stops, GC tasks, CPU', (s) => ms(s.after_typing_gc_cpu_ms)],
    ['long tasks while typing (median of runs)', (s) => String(s.long_tasks_while_typing.count_median)],
    ['longest task while typing (all runs)', (s) => ms(s.long_tasks_while_typing.longest_ms)],
    ['opening (paste → drafted), wall busy', open((o) => ms(o.busy_ms))],
    ['opening, CPU', open((o) => ms(o.cpu_ms))],
    ['opening, longest task', open((o) => ms(o.longest_task_ms))],
    ['opening, blocking time (over 50 ms)', open((o) => ms(o.blocking_ms))],
  ];
  const reports = result.reports;
  const rows = [['', ...reports.map((s) => s.report)], ...measures.map(([name, f]) => [name, ...reports.map((s) => of(s, f))])];
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [
    `editor bench, ${result.date}: ${result.machine.nproc} × ${result.machine.cpu}, Chromium ${result.machine.chromium}, load average ${result.machine.loadavg_at_start.join(' ')} at start`,
    `${TYPED.length} characters typed ${PAUSE_MS} ms apart into a figure's ${FIELD === 'value' ? 'value' : 'Chinese label'} at normal CPU; the main thread's tasks per keystroke`,
    `(CDP trace), wall and CPU time, tasks mostly GC apart; medians of ${RUNS} fresh runs, maxima over every keystroke`,
    '',
    line(rows[0]),
    width.map((n) => '-'.repeat(n)).join('  '),
    ...rows.slice(1).map(line),
    ...reports.filter((s) => s.skipped).map((s) => `${s.report}: skipped, ${s.skipped}`),
  ].join('\n');
}

// --- main ----------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(path.join(DIST, 'editor.html'))) throw new Error('dist/editor.html is missing: run `make build` first');
  let browser;
  try {
    const base = await serve(DIST, 'editor.html');
    browser = await chromium.launch(LAUNCH);
    const result = {
      date: new Date().toISOString(),
      machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', chromium: browser.version(), loadavg_at_start: os.loadavg().map((x) => round(x, 2)) },
      settings: { runs: RUNS, typed: TYPED, pause_ms: PAUSE_MS, viewport: VIEWPORT, cpu_slowdown: 1, long_task_ms: LONG_TASK_MS, measure: 'CDP trace: top-level tasks of the renderer main thread from each keystroke input event to the next (the last: for the pause), tasks mostly GC apart; then after typing stops; wall (dur) and CPU (tdur) time' },
      reports: [],
    };
    for (const report of REPORTS) {
      if (!fs.existsSync(report.text)) {
        const why = `${path.relative(ROOT, report.text)} is absent`;
        process.stderr.write(`bench-editor: ${report.name}: skipped, ${why}\n`);
        result.reports.push({ report: report.name, skipped: why });
        continue;
      }
      const text = fs.readFileSync(report.text, 'utf8');
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        process.stderr.write(`bench-editor: ${report.name}: run ${i + 1} of ${RUNS}\n`);
        runs.push(await run(browser, base, report, text));
      }
      result.reports.push(summary(report, [...text].length, runs));
    }
    result.seconds = round((Date.now() - t0) / 1000, 1);
    fs.writeFileSync(path.join(DIST, 'bench-editor.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(table(result));
    console.log(`\nwrote dist/bench-editor.json (${result.seconds} s)`);
  } finally {
    if (browser) await browser.close();
    stopServers();
  }
}

// Run as a script; required, it lends its accounting to re-read traces kept with
// BENCH_EDITOR_TRACES (`keystrokes(JSON.parse(trace).traceEvents, { name })`).
if (require.main === module) {
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      stopServers();
      process.exit(130);
    });
  }
  main().catch((e) => {
    console.error(`bench-editor: ${e.stack || e.message}`);
    stopServers();
    process.exitCode = 1;
  });
}

module.exports = { keystrokes };
