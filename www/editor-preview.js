// The live preview: every chart of the data file drawn by the editor's wasm with the
// story page's drawing code, at phone (360 px) or desktop (848 px, the story column at
// 1280) width, in zh or en, light or dark. A broken chart shows its error box; the others draw.
import { el } from './editor-forms.js';

/** Plot widths of the story page: the whole phone screen, and its 880 px column less padding. */
export const WIDTHS = { phone: 360, desktop: 848 };

const isKebab = (id) => typeof id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

/** The id the resolved charts give chart `i`: its own, or `charts[i]` when that cannot name it. */
export function drawnId(charts, i) {
  const id = charts[i]?.id;
  const first = charts.findIndex((c) => c?.id === id);
  return isKebab(id) && first === i ? id : `charts[${i}]`;
}

export class Preview {
  constructor(root, tools, w, onPick) {
    this.root = root;
    this.tools = tools;
    this.w = w;
    this.onPick = onPick;
    this.opts = { width: 'desktop', lang: 'zh', theme: 'light' };
    this.measure = document.createElement('canvas');
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
      group('width', w.width, [['phone', w.phone], ['desktop', w.desktop]]),
      group('lang', w.previewLang, [['zh', '中文'], ['en', 'English']]),
      group('theme', w.theme, [['light', w.light], ['dark', w.dark]]));
  }

  /**
   * Draws every chart of `doc` (its JSON text `json`, named `file`); `Charts` is the
   * editor wasm's class. Problems are worded in `words`, the interface's language.
   * Returns the error for the whole file, if it could not be read.
   */
  draw(Charts, file, json, doc, selected, words) {
    const width = WIDTHS[this.opts.width];
    let charts;
    try {
      charts = Charts.from_json(file, json, this.opts.lang, words, this.measure);
    } catch (e) {
      this.root.replaceChildren(el('div', { class: 'chart-error', role: 'alert', text: e.message || String(e) }));
      return e;
    }
    this.charts?.free();
    this.charts = charts;
    this.root.dataset.theme = this.opts.theme;
    // Text is shaped by the language of its canvas, as on the story page of that language.
    this.root.lang = this.opts.lang === 'en' ? 'en' : 'zh-CN';
    this.root.style.setProperty('--pv-width', `${width}px`);
    const list = doc.charts || [];
    const figures = list.map((c, i) => el('figure', { class: `pv-chart${selected === i ? ' current' : ''}`, 'data-index': i, 'data-chart': drawnId(list, i) },
      el('figcaption', {}, el('button', { type: 'button', class: 'link', text: `${i + 1}. ${c?.title?.[this.opts.lang] || drawnId(list, i)}`, onclick: () => this.onPick(i, null) }))));
    this.root.replaceChildren(...figures);
    // Drawn once in the page, as the story page's canvases are: a canvas outside the
    // document sets its text otherwise.
    for (const fig of figures) {
      const i = Number(fig.dataset.index);
      const id = fig.dataset.chart;
      const canvas = el('canvas', { class: 'pv-canvas' });
      fig.append(canvas);
      try {
        charts.draw(id, canvas, width, window.devicePixelRatio || 1, this.opts.theme);
        canvas.addEventListener('click', (e) => this.pick(i, id, canvas, e));
      } catch (e) {
        canvas.remove();
        fig.append(el('div', { class: 'chart-error', role: 'alert', text: this.w.failed + (e.message || String(e)) }));
      }
    }
    return null;
  }

  /** A click on a drawn chart selects the chart and the figure under the pointer. */
  pick(i, id, canvas, e) {
    const r = canvas.getBoundingClientRect();
    const scale = WIDTHS[this.opts.width] / r.width;
    const hit = this.charts.hit(id, (e.clientX - r.left) * scale, (e.clientY - r.top) * scale);
    let figureId = null;
    if (hit >= 0) {
      const regions = this.charts.regions(id);
      const row = regions[hit * 5 + 4];
      const rows = this.charts.texts(id).split('\x1e').slice(1).map((t) => t.split('\x1f'));
      figureId = rows[row]?.[0] ?? null;
    }
    this.onPick(i, figureId);
  }

  /** Scrolls the preview to chart `i`. */
  reveal(i) {
    this.root.querySelector(`[data-index="${i}"]`)?.scrollIntoView({ block: 'nearest' });
  }
}
