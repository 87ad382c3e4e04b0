// Shared glue of every place a chart appears: the story page (app.js), the iframe
// embed page (frame.js) and the script embed (embed.js). A ChartSet paints each chart's
// canvas over its static SVG, nearest first, grows it in when it comes into view, and
// repaints on resize, pixel-ratio and theme changes. Loading the wasm and the data is in
// chart-load.js; the tooltip and keys are in chart-tips.js (ChartTips, which a ChartSet
// is), what they show in tip-layer.js; what pages do around the charts (ready, texts,
// save) is in chart-page.js; what makes charts redraw is watched in chart-watch.js, and
// how they are redrawn after a change is chart-redraw.js's; their order is
// chart-order.js's; their grow-in, chart-grow.js's.
// All chart logic, hit testing included, is in Rust; these pass sizes and text.
import { WORDS, messageOf, showError } from './chart-load.js';
import { ChartTips } from './chart-tips.js';
import { away, byDistance, late, widthOf, yieldToBrowser } from './chart-order.js';
import { watchChanges } from './chart-watch.js';
import { grow } from './chart-grow.js';

export { WORDS, chartsFile, BASE, load, showLoadError, showError, READER_WASM, wasmFile } from './chart-load.js';
export { ready, applyChartTexts, save } from './chart-page.js';
export { yieldToBrowser } from './chart-order.js';

/**
 * Controls a set of chart figures inside `root` (a document or a shadow root).
 * `options.theme` is 'light', 'dark' or 'auto' (follow the reader's setting);
 * `options.layer` (tip-layer.js) or `options.loadLayer` (a function that imports it) is
 * what shows a figure's tooltip.
 */
export class ChartSet extends ChartTips {
  constructor(charts, figures, root, options = {}) {
    super(charts, root, options.lang, options);
    this.figures = [...figures];
    this.themeOption = options.theme || 'auto';
    this.onDraw = options.onDraw || (() => {});
    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    // The charts to repaint in the next animation frame, `this.frame` once it is asked for.
    this.pending = new Set();
    this.widths = new Map();
    // Bars and arcs grow in once, when a chart first comes into view; never on resize or
    // language switch, and not at all for readers who ask for reduced motion.
    this.motion = options.motion !== false && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.progress = new Map();
    this.growing = new Map();
    // Charts far from the viewport are not redrawn on resize until they come near it.
    this.nearby = new Set();
    this.stale = new Set();
    // How those of them laid out at their new width were (redrawSoon), to paint them.
    this.sized = new Map();
    // Charts near the viewport to repaint after a resize, one a task (redrawSoon, which
    // sets `this.redrawing` meanwhile; `this.watching` once an IntersectionObserver
    // tells which are near).
    this.soon = new Set();
    // What add() has taken in, and the charts it has still to draw, nearest first.
    this.taken = new Set();
    this.queue = [];
    this.draining = null;
    // On the story page (option `lazy`), the charts far from the viewport wait, behind
    // their static SVGs, until they come near, the page is idle, or a reader asks for one.
    this.lazy = options.lazy === true;
    this.waiting = new Set();
    this.started = false;
    this.marked = false;
  }

  theme() {
    if (this.themeOption === 'light' || this.themeOption === 'dark') return this.themeOption;
    return this.darkQuery.matches ? 'dark' : 'light';
  }

  /**
   * Draws one chart at its container's width; returns true when it drew. `laid`: the
   * chart was laid out at that width by layOut (in an earlier task) and is only painted.
   */
  draw(figure, width = widthOf(figure), laid = null) {
    const canvas = figure.querySelector('canvas');
    // Waiting no more, drawn or not (a chart of no width is drawn once it has one).
    this.waiting.delete(figure);
    queueMicrotask(() => this.settle());
    if (width <= 0) return false;
    const dpr = devicePixelRatio;
    const id = figure.dataset.chart;
    const last = lastLayouts(this.charts);
    // Its own backing store sizes the canvas again, drawn or not (chart-redraw.js, holdBox).
    canvas.style.aspectRatio = '';
    this.sized.delete(figure);
    try {
      if (laid && laid.width === width && laid.theme === this.theme() && last.get(id) === laid) {
        this.charts.draw_frame(id, canvas, dpr, 1);
      } else {
        last.delete(id);
        this.charts.draw(id, canvas, width, dpr, this.theme());
      }
    } catch (e) {
      showError(figure, WORDS[this.lang].failed + messageOf(e));
      canvas.hidden = true;
      if (figure.classList.contains('drawn')) parkSources(figure, false);
      figure.classList.remove('drawn');
      return false;
    }
    const progress = this.progress.get(figure) ?? 1;
    if (progress < 1) this.frame_(figure, progress);
    canvas.hidden = false;
    if (!figure.classList.contains('drawn')) parkSources(figure, true);
    figure.classList.add('drawn');
    figure.querySelector('.chart-error')?.remove();
    this.onDraw(figure);
    return true;
  }

  /**
   * Lays one chart out without painting it, for draw(figure, width, laid) in a later
   * task: at CPU 4× one chart's layout and painting together can pass 50 ms, a long task
   * (issue 19). Returns what draw needs to know, or null when it could not (draw then
   * says why).
   */
  layOut(figure, width) {
    const theme = this.theme();
    if (width <= 0) return null;
    try {
      const height = this.charts.layout(figure.dataset.chart, width, theme);
      const laid = { width, theme, height };
      lastLayouts(this.charts).set(figure.dataset.chart, laid);
      return laid;
    } catch {
      return null;
    }
  }

  /** Draws one frame of a chart's grow-in from its last layout. */
  frame_(figure, progress) {
    try {
      this.charts.draw_frame(figure.dataset.chart, figure.querySelector('canvas'), devicePixelRatio, progress);
    } catch {
      this.progress.set(figure, 1);
    }
  }

  /** Grows a chart's bars and arcs in (chart-grow.js). */
  grow(figure) {
    grow(this, figure);
  }

  /** Draws every chart of the set once and starts watching sizes; resolves to how many drew. */
  start() {
    return this.add(this.figures);
  }

  /**
   * Takes `figures` into the set (those it does not have yet) and draws them, a chart a
   * task: those on screen first, the first of them marked `first-chart`, then the rest,
   * nearest first. With `lazy`, only those within a screen of the viewport; the others
   * wait (drawWhenIdle, or when they come near). Resolves, once those are drawn, to how
   * many charts of the set are drawn.
   */
  async add(figures) {
    const fresh = figures.filter((f) => !this.taken.has(f));
    if (!this.started) this.watch();
    for (const figure of fresh) {
      this.taken.add(figure);
      if (!this.figures.includes(figure)) this.figures.push(figure);
      this.wire(figure);
      this.near?.observe(figure);
      this.resizes.observe(figure.querySelector('.plot'));
      if (this.seen) {
        this.progress.set(figure, 0);
        this.seen.observe(figure.querySelector('canvas'));
      }
    }
    // Widths read once, before any drawing: a draw changes the page, and reading a width
    // after each one would lay out the whole article again, chart by chart.
    for (const figure of fresh) this.widths.set(figure, widthOf(figure));
    // Lazy: a chart more than a screen away is not drawn now. Each swap of a static chart
    // for its canvas costs the browser a layout and a commit of the whole page; during the
    // load those come on top of the first chart's (issue 19, long tasks).
    for (const figure of fresh) {
      if (this.lazy && this.near && away(figure) > innerHeight) this.waiting.add(figure);
      else this.queue.push(figure);
    }
    this.queue = byDistance(this.queue);
    while (this.queue.length) await this.kick();
    return this.drawn();
  }

  drawn() {
    return this.figures.filter((f) => f.classList.contains('drawn')).length;
  }

  /** Calls `this.done` (set by the page), once, when no chart is left waiting or queued. */
  settle() {
    if (!this.waiting.size && !this.queue.length && !this.draining) {
      this.done?.(this.drawn());
      this.done = null;
    }
  }

  /** Queues waiting charts and draws them, nearest first. */
  enqueue(figures) {
    this.queue = byDistance([...this.queue, ...figures.filter((f) => this.waiting.delete(f))]);
    this.kick();
  }

  /**
   * Starts drawing the queue unless it is being drawn; resolves when that run ends. (A
   * run may end without yielding, within the call: it is forgotten only once it has.)
   */
  kick() {
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
      // Charts queued while the run was ending are drawn by a run of their own.
      if (this.queue.length) this.kick();
      else this.settle();
    });
    return this.draining;
  }

  /**
   * Draws the waiting charts, nearest first, in background tasks (after input and
   * rendering) from the first screen's on: a reader who scrolls finds them drawn, and the
   * load's own tasks stay short. Not in idle periods only: a page that renders every frame (an
   * animation, a polling test) has idle periods of a few ms, too short for a chart.
   */
  drawWhenIdle() {
    const later = (f) => (globalThis.scheduler?.postTask
      ? scheduler.postTask(f, { priority: 'background' })
      : setTimeout(f));
    // A task lays charts out and paints them until it is late; a chart whose layout made
    // it late is painted in the next task (see layOut). At CPU 1× a task holds one to
    // three charts, which one frame then commits together.
    let laid = null;
    const step = () => {
      // Their order and widths read once, when the last frame has laid the page out: a
      // place or width read after a draw would lay the whole article out again.
      const order = byDistance([...this.waiting]);
      // Timed from here, and checked after each layout or paint, so that every task
      // draws something, however long the wait for a core (at load 37 a task that
      // checked first found itself late before it began, again and again).
      const begun = performance.now();
      for (const figure of order) {
        if (this.draining) break;
        const width = this.widths.get(figure);
        if (laid?.figure !== figure) {
          laid = this.layOut(figure, width);
          if (laid) laid.figure = figure;
          if (late(begun)) break;
        }
        this.draw(figure, width, laid);
        laid = null;
        if (late(begun)) break;
      }
      if (this.waiting.size) later(step);
    };
    later(step);
  }

  /**
   * Draws the queue, nearest first, a chart a task: between two charts the browser paints
   * and answers a reader's tap (a task over 50 ms is a long task, and a phone is often 4×
   * slower than the machine a chart was timed on).
   */
  async drain() {
    while (this.queue.length) {
      // Each chart is laid out in a task of its own and painted in the next (see layOut);
      // the first not in add()'s, which read every chart's width and place (at CPU 4× the
      // two together passed 50 ms, issue 19).
      await yieldToBrowser();
      const figure = this.queue.shift();
      // A resize may have drawn it meanwhile, at its new width.
      if (figure.classList.contains('drawn')) continue;
      const width = this.widths.get(figure);
      const laid = this.layOut(figure, width);
      if (laid) {
        await yieldToBrowser();
        if (figure.classList.contains('drawn')) continue;
        // Its hidden canvas sized and its backing store allocated (Chromium does so at
        // the first call on a freshly sized canvas, up to 20 ms at CPU 4×) in a task of
        // its own, before its first paint.
        allocate(figure, laid);
        await yieldToBrowser();
        if (figure.classList.contains('drawn')) continue;
      }
      if (this.draw(figure, width, laid) && !this.marked) {
        performance.mark('first-chart');
        this.marked = true;
      }
    }
  }

  /** Starts watching what makes charts redraw: sizes, pixel ratio, theme, fonts, taps. */
  watch() {
    watchChanges(this);
  }
}

/**
 * The last layout of each chart id by the charts it was laid out with. Every ChartSet of
 * a page shares one Charts (the script embeds of an article), which keeps one layout per
 * chart: another set's layout of the same chart between a layOut and its paint (another
 * width or theme) means painting would show that one, so draw lays out again.
 */
const layouts = new WeakMap();
function lastLayouts(charts) {
  if (!layouts.has(charts)) layouts.set(charts, new Map());
  return layouts.get(charts);
}

/**
 * Sizes `figure`'s canvas, not drawn yet, as painting its chart laid out as `laid` will
 * (src/read/canvas.rs) and has Chromium allocate its backing store.
 */
function allocate(figure, laid) {
  const canvas = figure.querySelector('canvas');
  const dpr = Math.min(window.devicePixelRatio || 1, 4);
  canvas.width = Math.round(laid.width * dpr);
  canvas.height = Math.round(laid.height * dpr);
  canvas.getContext('2d')?.setTransform(1, 0, 0, 1, 0, 0);
}

/**
 * Parks (or restores) the `<source>`s of a figure's static fallback: once the canvas is
 * up, a width change must not fetch the narrow or dark SVGs that the picture would switch to.
 */
function parkSources(figure, park) {
  for (const source of figure.querySelectorAll('.fallback source')) {
    if (park && source.srcset) {
      source.dataset.srcset = source.srcset;
      source.removeAttribute('srcset');
    } else if (!park && source.dataset.srcset) {
      source.srcset = source.dataset.srcset;
    }
  }
}
