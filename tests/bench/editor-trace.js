// The trace of `make bench-editor` (editor.js): a CDP trace's events read into the main
// thread's top-level tasks, each with its wall and CPU time and whether it is mostly
// garbage collection, and the sums the bench reports of them.
const fs = require('fs');
const path = require('path');

// A task this long or longer is a long task (Lighthouse's and the `longtask` observer's).
const LONG_TASK_MS = 50;
// What the trace records: the renderer's tasks, with their thread (CPU) durations.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

const TRACES = process.env.BENCH_EDITOR_TRACES || null;
let traceCount = 0;

/**
 * The trace's events, from the buffer `browser.stopTracing` returns; with
 * BENCH_EDITOR_TRACES=DIR also kept as DIR/NN-what.json, to open in DevTools' Performance panel.
 */
function traceEvents(buffer, what) {
  if (TRACES) {
    fs.mkdirSync(TRACES, { recursive: true });
    traceCount += 1;
    fs.writeFileSync(path.join(TRACES, `${String(traceCount).padStart(2, '0')}-${what.replace(/[^a-z0-9]+/gi, '-')}.json`), buffer);
  }
  const parsed = JSON.parse(buffer.toString('utf8'));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents || [];
}

/** The `EventDispatch` events of DOM event `type`, in time order. */
const dispatches = (events, type) => events
  .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === type)
  .sort((a, b) => a.ts - b.ts);

/**
 * The top-level tasks (start and duration, ms) of the thread that ran `anchor`: the
 * outermost `RunTask` events, nested ones folded into their parent.
 */
function topLevelTasks(events, anchor) {
  const runs = events
    .filter((e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = [];
  let end = -Infinity;
  for (const e of runs) {
    if (e.ts >= end) {
      out.push({ start: e.ts / 1000, ms: (e.dur || 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
      end = e.ts + (e.dur || 0);
    }
  }
  return out;
}

/** The start (ms) of the task that contains the moment `at` (ms), or `at` itself. */
function taskStart(tasks, at) {
  const t = tasks.find((x) => x.start <= at && at <= x.start + x.ms);
  return t ? t.start : at;
}

const busy = (tasks) => tasks.reduce((a, t) => a + t.ms, 0);
const cpu = (tasks) => tasks.reduce((a, t) => a + t.cpu, 0);
const blocking = (tasks) => tasks.reduce((a, t) => a + Math.max(0, t.ms - LONG_TASK_MS), 0);
const longest = (tasks) => tasks.reduce((a, t) => Math.max(a, t.ms), 0);
const within = (tasks, from, to) => tasks.filter((t) => t.start >= from && t.start < to);
const gcOf = (tasks) => tasks.filter((t) => t.gc);
const workOf = (tasks) => tasks.filter((t) => !t.gc);

// The trace events of V8's collector that a task may be mostly made of.
const GC = new Set(['MajorGC', 'MinorGC', 'V8.GC_MC_INCREMENTAL', 'V8.GC_MC_INCREMENTAL_START', 'V8.GC_MC_INCREMENTAL_FINALIZE']);

/**
 * Marks each task of `tasks` (of the thread that ran `anchor`) whose CPU time is at least
 * half garbage collection (the union of its GC events' thread durations) as `gc`.
 */
function markGc(events, anchor, tasks) {
  const gcs = events
    .filter((e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid && GC.has(e.name))
    .map((e) => ({ from: e.ts / 1000, to: (e.ts + (e.dur || 0)) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.from - b.from);
  for (const t of tasks) {
    // Nested GC events are folded into the outermost, as tasks are.
    let end = -Infinity;
    let gc = 0;
    for (const g of gcs) {
      if (g.from < t.start || g.to > t.start + t.ms || g.from < end) continue;
      gc += g.cpu;
      end = g.to;
    }
    t.gc = gc * 2 >= t.cpu && gc > 0;
  }
  return tasks;
}

module.exports = { LONG_TASK_MS, CATEGORIES, traceEvents, dispatches, topLevelTasks, taskStart, busy, cpu, blocking, longest, within, gcOf, workOf, markGc };
