// The page tests on a slow machine, on demand: a race between a test and the page shows
// up here before CI meets it. Read by playwright.config.js; with none of its variables
// set it does nothing, and normal runs are unchanged.
//
//   STRESS_FRAMES=120  every requestAnimationFrame callback runs 120 ms late
//   STRESS_TIMERS=120  every setTimeout, scheduler.postTask, scheduler.yield and
//                      requestIdleCallback callback runs 120 ms late
//   STRESS_CPU=4       the page's CPU slowed 4× (CDP Emulation.setCPUThrottlingRate)
//
// They reach every page of every context the tests open (Playwright's client
// instrumentation), not the editor's worker.

/** Milliseconds, or a rate, from the environment: 0 when unset or not a number. */
const level = (name) => Math.max(0, Number(process.env[name]) || 0);

/** The init script that delays frames by `frames` ms and timer callbacks by `timers` ms. */
function delayScript({ frames, timers }) {
  const ids = new Map();
  let next = 1;
  const setTimer = window.setTimeout.bind(window);
  const clearTimer = window.clearTimeout.bind(window);
  if (timers > 0) {
    window.setTimeout = (f, ms, ...rest) => setTimer(f, (Number(ms) || 0) + timers, ...rest);
    const s = window.scheduler;
    if (s && s.postTask) {
      const postTask = s.postTask.bind(s);
      s.postTask = (f, options = {}) => postTask(f, { ...options, delay: (options.delay || 0) + timers });
    }
    if (s && s.yield) s.yield = () => new Promise((resolve) => setTimer(resolve, timers));
    if (window.requestIdleCallback) {
      const idle = window.requestIdleCallback.bind(window);
      window.requestIdleCallback = (f, options) => idle((d) => setTimer(() => f(d), timers), options);
    }
  }
  if (frames > 0) {
    const frame = window.requestAnimationFrame.bind(window);
    const cancel = window.cancelAnimationFrame.bind(window);
    // The page's id stands for a timer, then for the real frame request it makes.
    window.requestAnimationFrame = (f) => {
      const id = next;
      next += 1;
      const timer = setTimer(() => {
        ids.set(id, { frame: frame((t) => { ids.delete(id); f(t); }) });
      }, frames);
      ids.set(id, { timer });
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      const pending = ids.get(id);
      if (!pending) return;
      ids.delete(id);
      if (pending.timer !== undefined) clearTimer(pending.timer);
      if (pending.frame !== undefined) cancel(pending.frame);
    };
  }
}

/** Adds the stress the environment asks for to every browser context of this process. */
function install() {
  const frames = level('STRESS_FRAMES');
  const timers = level('STRESS_TIMERS');
  const cpu = level('STRESS_CPU');
  if (!frames && !timers && !cpu) return;
  const playwright = require('playwright-core');
  playwright._instrumentation.addListener({
    runAfterCreateBrowserContext: async (context) => {
      if (frames || timers) await context.addInitScript(delayScript, { frames, timers });
      if (cpu > 1) {
        context.on('page', (page) => {
          context.newCDPSession(page)
            .then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu }))
            .catch(() => {});
        });
      }
    },
  });
}

module.exports = { install, delayScript };
