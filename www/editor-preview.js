// The live preview: every chart of the data file drawn by the editor's wasm (the desk's
// last update, src/edit/web/desk.rs) with the story page's drawing code, in zh or en, light
// or dark, at the width it is shown: a phone's 360 px, the pane's width (up to the story
// column's 848 px), or the story column's full 848 px with scrolling. Never scaled.
// A broken chart shows its error box; the others draw. Only the charts an update changed
// are drawn again, into the canvases they had: those in view at once, the others when
// the page is idle.
import { el } from './editor-forms.js';
import { regions, rows } from './records.js';
import { holder } from './hold.js';

/** Plot widths of the story page: the whole phone screen, and its 880 px column less padding. */
export const WIDTHS = { phone: 360, full: 848 };
// The charts in view drawn in one task at most for this long (then the next task).
const BUDGET_MS = 12;

export class Preview {
  constructor(root, tools, w, onPick) {
    this.root = root;
    this.tools = tools;
    this.w = w;
    this.onPick = onPick;
    this.opts = { width: 'desktop', lang: 'zh', theme: 'light' };
    // Said under the tools while the preview in English is drawn in Chinese, the report's
    // English not complete (the desk's update, `english_missing`).
    this.note = el('p', { class: 'pv-note', id: 'pv-english', role: 'status', hidden: true });
    tools.after(this.note);
    this.missing = 0;
    /** Per chart of the file, by its place: its figure, canvas, id if any, and whether it needs drawing. */
    this.slots = [];
    this.idle = 0;
    this.soon = 0;
    this.drawnWidth = 0;
    // Charts in (or near) view are drawn at once; the others when the page is idle.
    this.inView = new Set();
    this.seen = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) this.inView.add(e.target);
        else this.inView.delete(e.target);
      }
      this.flush();
    }, { rootMargin: '200px 0px' });
    // The pane's width is the desktop preview's: a new width draws every chart again.
    // It is read here, when it changes, never at a keystroke (which would force a layout).
    this.inner = null;
    new ResizeObserver(([entry]) => {
      this.inner = entry.contentRect.width;
      if (this.desk && this.width() !== this.drawnWidth) this.redrawAll();
    }).observe(root);
    // The chart `reveal` scrolled to is kept in view while the charts find their size
    // (scrolled to again when the pane's height changes), until the desk scrolls, types
    // or points elsewhere, or another is revealed.
    this.keep = holder(root, (figure) => {
      if (!inView(figure)) figure.scrollIntoView({ block: 'nearest' });
    }, ['wheel', 'touchmove', 'keydown', 'pointerdown']);
  }

  /** The radio groups of width, language and theme. */
  renderTools(w, opts = this.opts) {
    this.w = w;
    this.opts = opts;
    const group = (name, legend, choices) => el('fieldset', { class: 'seg' }, el('legend', { text: legend }),
      ...choices.map(([value, text]) => el('label', {},
        el('input', {
          type: 'radio', name: `pv-${name}`, value, checked: this.opts[name] === value,
          onchange: () => { this.opts[name] = value; this.onOptions?.(this.opts); },
        }), ` ${text}`)));
    this.tools.replaceChildren(
      group('width', w.width, [['phone', w.phone], ['desktop', w.desktop], ['full', w.fullWidth]]),
      group('lang', w.previewLang, [['zh', '中文'], ['en', 'English']]),
      group('theme', w.theme, [['light', w.light], ['dark', w.dark]]));
    this.sayEnglish();
  }

  /** The note that the English is not complete, while the preview in English draws Chinese. */
  sayEnglish() {
    const on = this.opts.lang === 'en' && this.missing > 0;
    const text = on ? this.w.englishMissing(this.missing) : '';
    if (this.note.hidden !== !on) this.note.hidden = !on;
    if (this.note.textContent !== text) this.note.textContent = text;
  }

  /** The width charts are drawn at, in CSS px: the option's, or the pane's (at most the story column's). */
  width() {
    if (WIDTHS[this.opts.width]) return WIDTHS[this.opts.width];
    if (this.inner === null) {
      const style = getComputedStyle(this.root);
      this.inner = this.root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    }
    return Math.max(200, Math.min(WIDTHS.full, Math.floor(this.inner)));
  }

  /**
   * Shows the desk's `update` (src/edit/desk/session.rs) of `doc`: its charts by their
   * places in the file, drawing again those that changed. `desk` draws them.
   */
  show(desk, update, doc, selected) {
    this.desk = desk;
    // Written only when they change: even the same value restyles the whole preview.
    if (this.root.dataset.theme !== this.opts.theme) this.root.dataset.theme = this.opts.theme;
    // A report whose English is not complete is drawn in Chinese, and the note says why:
    // never blank English titles and labels, or ids in their place.
    this.missing = update.english_missing || 0;
    this.sayEnglish();
    const shown = this.opts.lang === 'en' && !this.missing ? 'en' : 'zh';
    // Text is shaped by the language of its canvas, as on the story page of that language.
    const lang = shown === 'en' ? 'en' : 'zh-CN';
    if (this.root.lang !== lang) this.root.lang = lang;
    if (update.error) {
      this.clear();
      this.root.replaceChildren(el('div', { class: 'chart-error', role: 'alert', text: update.error }));
      return;
    }
    const ids = update.charts.map((c) => c.id ?? null);
    if (ids.length !== this.slots.length || ids.some((id, i) => this.slots[i].id !== id)) this.build(ids);
    else update.charts.forEach((c, i) => { if (c.changed) this.slots[i].dirty = true; });
    const list = doc.charts || [];
    this.slots.forEach((s, i) => {
      const title = list[i]?.title;
      const caption = `${i + 1}. ${title?.[shown] || title?.zh || ''}`;
      if (s.caption.textContent !== caption) s.caption.textContent = caption;
      if (s.figure.classList.contains('current') !== (selected === i)) s.figure.classList.toggle('current', selected === i);
    });
    this.flush();
  }

  /** Whether `update` has the charts shown, by place and id: none added, removed or renamed. */
  holds(update) {
    const charts = update.charts || [];
    return charts.length === this.slots.length && charts.every((c, i) => (c.id ?? null) === this.slots[i].id);
  }

  /** Whether charts wait for bytes not read yet (the preview is busy meanwhile). */
  hold(on) {
    this.held = on;
    if (on && this.root.getAttribute('aria-busy') !== 'true') this.root.setAttribute('aria-busy', 'true');
  }

  /** Draws again the charts whose place `changed` flags (1), as a desk's `show` gives them. */
  redraw(changed) {
    this.slots.forEach((s, i) => { if (changed[i] === 1) s.dirty = true; });
    this.flush();
  }

  /** Draws every chart again (another width). */
  redrawAll() {
    this.invalidate();
    this.flush();
  }

  /** Every chart is to be drawn again at the next update (another theme or language). */
  invalidate() {
    for (const s of this.slots) s.dirty = true;
    if (this.slots.length) this.root.setAttribute('aria-busy', 'true');
  }

  /** Forgets the charts. */
  clear() {
    for (const s of this.slots) this.seen.unobserve(s.figure);
    this.slots = [];
    this.inView.clear();
    this.root.setAttribute('aria-busy', 'false');
  }

  /** One figure and canvas per chart, in file order; the desk draws each by its place. */
  build(ids) {
    this.clear();
    this.slots = ids.map((id, i) => {
      const caption = el('button', { type: 'button', class: 'link', onclick: () => this.onPick(i, null) });
      const canvas = el('canvas', { class: 'pv-canvas' });
      canvas.addEventListener('click', (e) => this.pick(i, e));
      const figure = el('figure', { class: 'pv-chart', 'data-index': i, ...(id ? { 'data-chart': id } : {}) }, el('figcaption', {}, caption), canvas);
      return { index: i, id, figure, caption, canvas, dirty: true, error: null };
    });
    this.root.replaceChildren(...this.slots.map((s) => s.figure));
    for (const s of this.slots) this.seen.observe(s.figure);
  }

  /** Draws the charts that need it: those in view first, the others one at a time when idle. */
  flush() {
    if (!this.desk) return;
    const width = this.width();
    if (width !== this.drawnWidth) {
      for (const s of this.slots) s.dirty = true;
      this.drawnWidth = width;
    }
    // Those in view at once, but never one long task: past a budget the rest follow in
    // tasks of their own, so that the page answers between them (a report opening draws
    // a screenful of charts; a keystroke, the one chart of its figure).
    const until = performance.now() + BUDGET_MS;
    for (const s of this.slots) {
      if (!s.dirty || !this.inView.has(s.figure)) continue;
      if (performance.now() > until) {
        if (!this.soon) this.soon = setTimeout(() => { this.soon = 0; this.flush(); }, 0);
        break;
      }
      this.draw(s, width);
    }
    // Busy while a chart waits to be drawn again (a test, or a screen reader, can tell).
    const busy = String(Boolean(this.held) || this.slots.some((s) => s.dirty));
    if (this.root.getAttribute('aria-busy') !== busy) this.root.setAttribute('aria-busy', busy);
    if (this.soon) return;
    if (!this.idle && this.slots.some((s) => s.dirty)) {
      const later = window.requestIdleCallback || ((f) => setTimeout(() => f({ timeRemaining: () => 8, didTimeout: true }), 50));
      this.idle = later((deadline) => {
        this.idle = 0;
        // One chart, then more while the idle moment has room for another (a chart takes
        // a few ms; one started at its very end would make it a long task). A page whose
        // idle moments are all short (a caret, an animation, a busy machine's late
        // callbacks) still draws them, one a moment: waiting for a long one, the charts
        // out of view were never drawn (editor.spec.js under STRESS_TIMERS=600).
        let room = true;
        for (const s of this.slots) {
          if (!room) break;
          if (!s.dirty) continue;
          this.draw(s, this.width());
          room = deadline.timeRemaining() >= 15;
        }
        this.flush();
      }, { timeout: 250 });
    }
  }

  /** Draws one chart into its own canvas, or puts its error box in its place. */
  draw(s, width) {
    s.dirty = false;
    try {
      this.desk.draw(s.index, s.canvas, width, window.devicePixelRatio || 1, this.opts.theme);
      s.canvas.style.width = `${width}px`;
      s.canvas.hidden = false;
      s.error?.remove();
      s.error = null;
    } catch (e) {
      s.canvas.hidden = true;
      if (!s.error) {
        s.error = el('div', { class: 'chart-error', role: 'alert' });
        s.figure.append(s.error);
      }
      // The page words the box from the review, at the chart's fields (brokenSays); the
      // wasm's message, which names the file and its JSON path, only where it cannot.
      s.error.textContent = this.w.failed + (this.brokenSays?.(s.index) || e.message || String(e));
    }
  }

  /** A click on a drawn chart selects the chart and the figure under the pointer. */
  pick(i, e) {
    const s = this.slots[i];
    if (!s) return;
    const r = s.canvas.getBoundingClientRect();
    const scale = r.width ? this.drawnWidth / r.width : 1;
    const hit = this.desk.hit(s.index, (e.clientX - r.left) * scale, (e.clientY - r.top) * scale);
    let figureId = null;
    if (hit >= 0) {
      const box = regions(this.desk.regions(s.index))[hit];
      figureId = rows(this.desk.texts(s.index))[box?.row]?.id ?? null;
    }
    this.onPick(i, figureId);
  }

  /**
   * Scrolls the preview to chart `i`, and keeps it in view. A chart out of view is laid out
   * at an estimated height (`content-visibility: auto` in editor.css) until it comes near
   * the view: the scroll lands by that estimate, and the chart, and those drawn around it,
   * take their real size only after it. The ResizeObserver above scrolls again then.
   */
  reveal(i) {
    const figure = this.slots[i]?.figure;
    figure?.scrollIntoView({ block: 'nearest' });
    this.keep(figure);
  }
}

/** Whether `el` is wholly inside the boxes of the elements that scroll it, and the window's. */
function inView(el) {
  const r = el.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.scrollHeight > p.clientHeight && /auto|scroll/.test(getComputedStyle(p).overflowY)) {
      const b = p.getBoundingClientRect();
      top = Math.max(top, b.top);
      bottom = Math.min(bottom, b.bottom);
    }
  }
  // A chart taller than its pane is in view when it fills it.
  return (r.top >= top - 1 && r.bottom <= bottom + 1) || (r.top <= top + 1 && r.bottom >= bottom - 1);
}
