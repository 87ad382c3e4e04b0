// Shared glue of every place a chart appears: the story page (app.js), the iframe
// embed page (frame.js) and the script embed (embed.js). It loads the wasm and the
// data once, paints each chart's canvas over its static SVG, repaints on resize,
// pixel-ratio and theme changes, and wires tooltips and keyboard navigation.
// All chart logic, hit testing included, is in Rust; this file passes sizes and text.
import init, { Charts } from './pkg/report_charts.js';
import { records, regions, rows } from './records.js';

export const WORDS = {
  zh: {
    failed: '此图表无法显示：', load: '图表数据无法载入：', wasm: '图表程序无法载入，显示的是静态图：', source: '原文：',
    sep: '：', comma: '，', stop: '。',
  },
  en: {
    failed: 'This chart cannot be shown: ', load: 'The chart data could not be loaded: ',
    wasm: 'The chart program could not be loaded; showing the static chart: ',
    source: 'Source sentence: ', sep: ': ', comma: ', ', stop: '. ',
  },
};

const messageOf = (e) => (e && e.message ? e.message : String(e));

/**
 * The charts file of `lang` as the page names it (`<html data-charts-zh="…">`, written
 * by the build from src/publish/files.rs), relative to the scripts' folder.
 */
export const chartsFile = (lang, root = document.documentElement) => root.dataset[lang === 'en' ? 'chartsEn' : 'chartsZh'];

/** Reads bytes embedded in the one-file edition, if this is it. */
function inlined(id) {
  const el = document.getElementById(id);
  return el ? base64ToBytes(el.textContent) : null;
}

function base64ToBytes(text) {
  const bin = atob(text.trim());
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

const loads = new Map();
const programs = new Map();

/**
 * The folder this script was served from: where pkg/, data/ and svg/ are. In the
 * one-file edition the module may be a data: URL, which has no folder: use the page's.
 */
export const BASE = import.meta.url.startsWith('data:')
  ? new URL('./', document.baseURI)
  : new URL('./', import.meta.url);

/** Starts the wasm once per base URL. */
function program(base) {
  const key = String(base);
  if (!programs.has(key)) {
    const wasm = inlined('report-charts-wasm');
    programs.set(key, init({ module_or_path: wasm ?? new URL('pkg/report_charts_bg.wasm', base) }).catch((e) => {
      throw loadError(e, 'wasm');
    }));
  }
  return programs.get(key);
}

/**
 * Loads the wasm and the charts of `lang` once per base URL; every chart on the page
 * shares them. `name` is the charts file as the build named it, relative to `base`.
 */
export function load(base = BASE, lang = 'zh', name = chartsFile(lang)) {
  const key = `${base} ${name}`;
  if (!loads.has(key)) {
    loads.set(key, (async () => {
      const fetchData = async () => {
        if (!name) throw new Error(`charts (${lang}): not named by the page`);
        const response = await fetch(new URL(name, base));
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      };
      const data = inlined(`report-charts-data-${lang}`);
      const [, bytes] = await Promise.all([program(base), data ?? fetchData().catch((e) => {
        throw loadError(e, 'data');
      })]);
      try {
        // A canvas of our own to measure text with: the page's CSS cannot reach it.
        return new Charts(name, bytes, document.createElement('canvas'));
      } catch (e) {
        throw loadError(e, 'data');
      }
    })());
  }
  return loads.get(key);
}

/**
 * Tags a loading failure: 'static' when this browser or the host page's security policy
 * will not run WebAssembly (the SVGs are the whole chart: nothing to report),
 * 'wasm' when the program failed to arrive, 'data' for the data file.
 */
function loadError(e, kind) {
  const err = e instanceof Error ? e : new Error(String(e));
  // Only a refusal to run WebAssembly at all is quiet; a corrupt or missing file is an error.
  const blocked = typeof WebAssembly !== 'object'
    || /unsafe-eval|Content Security Policy/i.test(err.message);
  err.kind = kind === 'wasm' && blocked ? 'static' : kind;
  return err;
}

/** Shows what failed to load in every figure; says nothing when the static SVGs stand in. */
export function showLoadError(figures, e, lang) {
  if (e?.kind === 'static') {
    console.info('report-charts: WebAssembly cannot run here; showing the static charts.', e.message);
    return;
  }
  const words = WORDS[lang === 'en' ? 'en' : 'zh'];
  const prefix = e?.kind === 'wasm' ? words.wasm : words.load;
  for (const f of figures) showError(f, prefix + messageOf(e));
}

/** Puts an error box above a chart's plot, keeping the static SVG visible. */
export function showError(figure, message) {
  let box = figure.querySelector('.chart-error');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart-error';
    box.setAttribute('role', 'alert');
    figure.querySelector('.plot').before(box);
  }
  box.textContent = message;
}

/**
 * Controls a set of chart figures inside `root` (a document or a shadow root).
 * `options.theme` is 'light', 'dark' or 'auto' (follow the reader's setting).
 */
export class ChartSet {
  constructor(charts, figures, root, options = {}) {
    this.charts = charts;
    this.figures = [...figures];
    this.root = root;
    this.lang = options.lang === 'en' ? 'en' : 'zh';
    this.themeOption = options.theme || 'auto';
    this.onDraw = options.onDraw || (() => {});
    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.rowCache = new Map();
    this.pending = new Set();
    this.frame = 0;
    this.widths = new Map();
    // Bars and arcs grow in once, when a chart first comes into view; never on resize or
    // language switch, and not at all for readers who ask for reduced motion.
    this.motion = options.motion !== false && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.progress = new Map();
    // Charts far from the viewport are not redrawn on resize until they come near it.
    this.nearby = new Set();
    this.stale = new Set();
    this.watching = false;
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
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    // Inside the page's main landmark, so nothing on screen is outside a landmark.
    const home = root.querySelector('main') ?? root.body ?? root;
    home.append(this.tooltip);
    this.live = document.createElement('p');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    home.append(this.live);
  }

  theme() {
    if (this.themeOption === 'light' || this.themeOption === 'dark') return this.themeOption;
    return this.darkQuery.matches ? 'dark' : 'light';
  }

  /**
   * Draws one chart at its container's width; returns true when it drew. `laid`: the
   * chart was laid out at that width by layOut (in an earlier task) and is only painted.
   */
  draw(figure, width = figure.querySelector('.plot').clientWidth, laid = null) {
    const canvas = figure.querySelector('canvas');
    // Waiting no more, drawn or not (a chart of no width is drawn once it has one).
    this.waiting.delete(figure);
    queueMicrotask(() => this.settle());
    if (width <= 0) return false;
    const dpr = window.devicePixelRatio || 1;
    try {
      if (laid && laid.width === width && laid.theme === this.theme()) this.charts.draw_frame(figure.dataset.chart, canvas, dpr, 1);
      else this.charts.draw(figure.dataset.chart, canvas, width, dpr, this.theme());
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
      this.charts.layout(figure.dataset.chart, width, theme);
      return { width, theme };
    } catch {
      return null;
    }
  }

  /** Draws one frame of a chart's grow-in from its last layout. */
  frame_(figure, progress) {
    try {
      this.charts.draw_frame(figure.dataset.chart, figure.querySelector('canvas'), window.devicePixelRatio || 1, progress);
    } catch {
      this.progress.set(figure, 1);
    }
  }

  /** Grows a chart's bars and arcs in over at most 600 ms. */
  grow(figure) {
    const start = performance.now();
    const step = (now) => {
      const t = Math.min(1, (now - start) / 600);
      const eased = 1 - (1 - t) ** 3;
      this.progress.set(figure, eased);
      this.frame_(figure, eased);
      if (t < 1) requestAnimationFrame(step);
      else this.progress.set(figure, 1);
    };
    requestAnimationFrame(step);
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
        this.seen.observe(figure);
      }
    }
    // Widths read once, before any drawing: a draw changes the page, and reading a width
    // after each one would lay out the whole article again, chart by chart.
    for (const figure of fresh) this.widths.set(figure, figure.querySelector('.plot').clientWidth);
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
   * Draws the waiting charts, one a task, from the page's load on, in background tasks
   * (after input and rendering): a reader who scrolls finds them drawn, and the load's own
   * tasks stay short. Not in idle periods only: a page that renders every frame (an
   * animation, a polling test) has idle periods of a few ms, too short for a chart.
   */
  drawWhenIdle() {
    const later = (f) => (globalThis.scheduler?.postTask
      ? scheduler.postTask(f, { priority: 'background' })
      : setTimeout(f));
    // A chart is laid out in one task and painted in the next (see layOut).
    let laid = null;
    const step = () => {
      const [figure] = byDistance([...this.waiting]);
      if (!figure) return;
      if (!this.draining) {
        const width = figure.querySelector('.plot').clientWidth;
        if (laid?.figure === figure) {
          this.draw(figure, width, laid);
          laid = null;
        } else {
          laid = this.layOut(figure, width);
          if (laid) laid.figure = figure;
          else this.draw(figure, width);
        }
      }
      later(step);
    };
    const go = () => later(step);
    if (document.readyState === 'complete') go();
    else addEventListener('load', go);
  }

  /**
   * Draws the queue, nearest first, a chart a task: between two charts the browser paints
   * and answers a reader's tap (a task over 50 ms is a long task, and a phone is often 4×
   * slower than the machine a chart was timed on).
   */
  async drain() {
    while (this.queue.length) {
      const figure = this.queue.shift();
      // A resize may have drawn it meanwhile, at its new width.
      if (figure.classList.contains('drawn')) continue;
      const width = this.widths.get(figure);
      // Laid out in this task, painted in the next (see layOut).
      const laid = this.layOut(figure, width);
      if (laid) {
        await yieldToBrowser();
        if (figure.classList.contains('drawn')) continue;
      }
      if (this.draw(figure, width, laid) && !this.marked) {
        performance.mark('first-chart');
        this.marked = true;
      }
      await yieldToBrowser();
    }
  }

  /** Starts watching what makes charts redraw: sizes, pixel ratio, theme, fonts, taps. */
  watch() {
    this.started = true;
    if ('IntersectionObserver' in window) {
      this.watching = true;
      this.near = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) {
            this.nearby.delete(entry.target);
            continue;
          }
          this.nearby.add(entry.target);
          if (this.stale.delete(entry.target)) this.draw(entry.target);
          else this.enqueue([entry.target]);
        }
      }, { rootMargin: '100% 0px' });
      if (this.motion) {
        this.seen = new IntersectionObserver((entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            this.seen.unobserve(entry.target);
            if (entry.target.classList.contains('drawn')) this.grow(entry.target);
            else this.progress.set(entry.target, 1);
          }
        }, { threshold: 0.25 });
      }
    }
    this.resizes = new ResizeObserver((entries) => {
      const changed = [];
      for (const entry of entries) {
        const figure = entry.target.closest('figure');
        const width = entry.target.clientWidth;
        if (this.widths.get(figure) !== width) {
          this.widths.set(figure, width);
          changed.push(figure);
        }
      }
      if (changed.length) this.schedule(changed);
    });
    const watchRatio = () => {
      matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
        this.schedule(this.figures);
        watchRatio();
      }, { once: true });
    };
    watchRatio();
    this.darkQuery.addEventListener('change', () => {
      if (this.themeOption === 'auto') this.schedule(this.figures);
    });
    document.fonts?.addEventListener?.('loadingdone', () => {
      this.charts.fonts_changed();
      this.schedule(this.figures);
    });
    document.addEventListener('pointerdown', (e) => {
      const at = e.composedPath()[0];
      const live = at instanceof Element && at.closest?.('.fig');
      if (!live && !this.tooltip.contains(at) && !this.figures.some((f) => f.contains(at))) this.hideTip();
    });
    // A mouse may move from a chart onto its tooltip (to follow its link back to the text).
    this.tooltip.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !this.figures.some((f) => f.contains(e.relatedTarget))) this.hideTip();
    });
  }

  /** Repaints `list` once, in the next frame; charts far off screen when they come near. */
  schedule(list) {
    this.hideTip();
    for (const f of list) {
      if (!this.watching || this.nearby.has(f)) this.pending.add(f);
      else this.stale.add(f);
    }
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        // Every width first, then every draw: one layout, not one per chart.
        const widths = [...this.pending].map((f) => [f, f.querySelector('.plot').clientWidth]);
        for (const [f, width] of widths) this.draw(f, width);
        this.pending.clear();
      });
    }
  }

  /** The tooltip rows of chart `id` (a set draws one language: its charts' only). */
  rows(id) {
    if (!this.rowCache.has(id)) {
      this.rowCache.set(id, rows(this.charts.texts(id)));
    }
    return this.rowCache.get(id);
  }

  hideTip() {
    this.tooltip.hidden = true;
    for (const f of this.figures) f.querySelector('.highlight')?.remove();
  }

  /** Highlights region `index` of a chart and shows its tooltip beside it. */
  showTip(figure, index) {
    const id = figure.dataset.chart;
    const canvas = figure.querySelector('canvas');
    const box = regions(this.charts.regions(id))[index];
    const row = box && this.rows(id)[box.row];
    if (!row) return null;
    const k = zoom(canvas);
    const plot = figure.querySelector('.plot');
    for (const f of this.figures) if (f !== figure) f.querySelector('.highlight')?.remove();
    let mark = plot.querySelector('.highlight');
    if (!mark) {
      mark = document.createElement('div');
      mark.className = 'highlight';
      plot.append(mark);
    }
    const [x, y, w, h] = [box.x, box.y, box.w, box.h].map((v) => v * k);
    mark.style.transform = `translate(${canvas.offsetLeft + x - 3}px, ${y - 3}px)`;
    mark.style.width = `${w + 6}px`;
    mark.style.height = `${h + 6}px`;

    const words = WORDS[this.lang];
    const tip = this.tooltip;
    tip.replaceChildren();
    const add = (cls, text) => {
      if (!text) return null;
      const el = document.createElement('p');
      el.className = cls;
      el.textContent = text;
      tip.append(el);
      return el;
    };
    add('tip-label', row.label);
    add('tip-value', row.value);
    add('tip-change', row.change);
    // The source sentence is Chinese whatever the page's language; its prefix is not.
    const source = add('tip-source', words.source);
    const sentence = document.createElement('span');
    sentence.lang = 'zh-CN';
    sentence.textContent = row.source;
    source.append(sentence);
    // On the story page, back to the figure's first number in the text.
    const back = this.root.getElementById?.(`t-${row.id}`);
    // Its words ride on the section list (src/publish/story_text.rs, `script_words`).
    const words_ = this.root.querySelector?.('[data-back]')?.dataset;
    if (back && words_?.back) {
      const p = document.createElement('p');
      p.className = 'tip-back';
      const a = document.createElement('a');
      a.href = `#t-${row.id}`;
      a.textContent = words_.back;
      a.addEventListener('click', () => this.hideTip());
      p.append(a);
      tip.append(p);
    }
    tip.hidden = false;

    // Beside the region if it fits, else below or above it; always inside the viewport
    // (a 320 px phone too), and never over the region it describes when there is room.
    const r = canvas.getBoundingClientRect();
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    const m = 8;
    const region = { left: r.left + x, top: r.top + y, right: r.left + x + w, bottom: r.top + y + h };
    const fits = ([l, t]) => l >= m && t >= m && l + tw <= innerWidth - m && t + th <= innerHeight - m;
    const candidates = [
      [region.right + 12, region.top],
      [region.left - tw - 12, region.top],
      [Math.min(region.left, innerWidth - tw - m), region.bottom + 8],
      [Math.min(region.left, innerWidth - tw - m), region.top - th - 8],
    ];
    let [left, top] = candidates.find(fits) ?? candidates[2];
    left = Math.max(m, Math.min(left, innerWidth - tw - m));
    top = Math.max(m, Math.min(top, innerHeight - th - m));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    return row;
  }

  /**
   * Highlights figure `id` on chart `figure` with its tooltip, scrolling the chart into
   * view first when it is off screen (not so far that `keep` goes under the language
   * bar); returns its tooltip row, or null where the chart
   * does not draw that figure.
   */
  highlightFigure(figure, id, keep = null) {
    if (!figure.classList.contains('drawn')) return null;
    const row = this.rows(figure.dataset.chart).findIndex((r) => r.id === id);
    const regions = this.charts.regions(figure.dataset.chart);
    let index = -1;
    for (let i = 0; i < regions.length / 5; i += 1) {
      if (regions[i * 5 + 4] === row) {
        index = i;
        break;
      }
    }
    if (row < 0 || index < 0) return null;
    // The figure's own region into view, with a margin (and the sticky language bar's
    // 56 px above); instant, not smooth: the tooltip is placed from where it is now.
    const canvas = figure.querySelector('canvas');
    const k = zoom(canvas);
    const head = canvas.getBoundingClientRect().top;
    const top = head + regions[index * 5 + 1] * k;
    const bottom = top + regions[index * 5 + 3] * k;
    // Never so far that `keep` (the focused number) goes up under the bar, or down out of
    // view: the lead graphic stands far above the numbers it draws. Upwards, the chart
    // from its title where the region still fits, so that no part of it is left under
    // the bar for the next focus.
    const kept = keep?.getBoundingClientRect();
    const room = kept ? kept.top - 72 : Infinity;
    const up = bottom - head + 88 <= innerHeight ? head - 72 : top - 72;
    if (bottom > innerHeight - 16) window.scrollBy(0, Math.max(0, Math.min(bottom - innerHeight + 16, room)));
    else if (top < 72) window.scrollBy(0, Math.min(0, Math.max(up, kept ? kept.bottom - innerHeight + 16 : -Infinity)));
    return this.showTip(figure, index);
  }

  /** Says a figure's label, value and change in the live region; then `after`, if any. */
  announce(row, after = '') {
    const w = WORDS[this.lang];
    const said = row.label + w.sep + [row.value, row.change].filter(Boolean).join(w.comma);
    this.live.textContent = after ? `${said}${w.stop}${after}` : said;
  }

  /** Pointer, touch and keyboard for one chart. */
  wire(figure) {
    const canvas = figure.querySelector('canvas');
    const id = figure.dataset.chart;
    let current = -1;
    const pointer = (event) => {
      const r = canvas.getBoundingClientRect();
      const k = zoom(canvas);
      const i = this.charts.hit(id, (event.clientX - r.left) / k, (event.clientY - r.top) / k);
      if (i < 0) {
        current = -1;
        this.hideTip();
      } else if (i !== current || this.tooltip.hidden) {
        current = i;
        this.showTip(figure, i);
      }
    };
    canvas.addEventListener('pointermove', pointer);
    canvas.addEventListener('pointerdown', pointer);
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !this.tooltip.contains(e.relatedTarget)) this.hideTip();
    });
    canvas.addEventListener('blur', () => this.hideTip());
    canvas.addEventListener('keydown', (event) => {
      const n = regions(this.charts.regions(id)).length;
      if (!n) return;
      const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      let next = null;
      if (event.key in moves) next = current < 0 ? 0 : (current + moves[event.key] + n) % n;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = n - 1;
      else if (event.key === 'Escape') {
        this.hideTip();
        return;
      }
      if (next === null) return;
      event.preventDefault();
      current = next;
      const row = this.showTip(figure, current);
      if (row) this.announce(row);
    });
  }
}

/** How far (CSS px) a figure is from the viewport: 0 on screen. */
function away(figure) {
  const r = figure.getBoundingClientRect();
  return r.bottom < 0 ? -r.bottom : Math.max(0, r.top - innerHeight);
}

/** The figures by how far they are from the viewport, those on screen first. */
function byDistance(figures) {
  const distance = new Map(figures.map((f) => [f, away(f)]));
  return [...figures].sort((a, b) => distance.get(a) - distance.get(b));
}

/** Gives the main thread back to the browser (input, rendering) and resumes after. */
export const yieldToBrowser = () => (globalThis.scheduler?.yield
  ? globalThis.scheduler.yield()
  : new Promise((resolve) => setTimeout(resolve, 0)));

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

/** CSS pixels of the canvas on screen per CSS pixel of the chart's layout. */
function zoom(canvas) {
  const layoutWidth = canvas.width / (window.devicePixelRatio || 1);
  return layoutWidth > 0 ? canvas.clientWidth / layoutWidth : 1;
}

/** Marks every chart drawn (or failed), for news sites, the tests and the benchmark. */
export function ready(count) {
  document.documentElement.dataset.chartsReady = String(count);
  performance.mark('charts-ready');
  document.dispatchEvent(new CustomEvent('charts-ready', { detail: { count } }));
}

/** Rewrites each figure's accessible texts (canvas label, image alt, caption) in `lang`. */
export function applyChartTexts(charts, figures, lang) {
  const t = { charts: [] };
  for (const figure of figures) {
    const id = figure.dataset.chart;
    let title;
    let subtitle;
    let description;
    try {
      [[title, subtitle, description]] = records(charts.texts(id));
    } catch {
      continue;
    }
    t.charts.push([id, title, subtitle, description]);
    figure.querySelector('canvas')?.setAttribute('aria-label', description);
    figure.querySelector('.fallback img')?.setAttribute('alt', description);
    const caption = figure.querySelector('figcaption');
    if (caption) caption.textContent = `${title}${lang === 'zh' ? '。' : '. '}${subtitle}`;
  }
  return t;
}

/** Saves `blob` as `name` through a temporary link. */
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
