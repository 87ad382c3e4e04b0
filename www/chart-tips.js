// The tooltip of a set of charts (charts.js, ChartSet): its element and live region, a
// chart's pointer, touch and keys. What they show (the highlight of a figure, its tooltip
// placed in view) is the tooltip layer, tip-layer.js, which the set has from the start
// (`options.layer`, the embeds) or loads at a reader's first pointer or focus on a chart
// or a number (`options.loadLayer`, the story page: with story-tools.js). Hit testing and
// texts come from Rust.
import { regions } from './records.js';
import { WORDS } from './chart-load.js';

/** The tooltip and live region of the charts inside `root`, in language `lang`. */
export class ChartTips {
  constructor(charts, root, lang, options = {}) {
    this.charts = charts;
    this.figures = [];
    this.root = root;
    this.lang = lang === 'en' ? 'en' : 'zh';
    this.words = WORDS[this.lang];
    this.rowCache = new Map();
    this.layer = options.layer ?? null;
    this.loadLayer = options.loadLayer ?? null;
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    // Inside the page's main landmark, so nothing on screen is outside a landmark.
    this.home = root.querySelector('main') ?? root.body ?? root;
    this.home.append(this.tooltip);
    this.live = document.createElement('p');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.home.append(this.live);
    // What holds a chart in view (tip-layer.js), made at the first highlight.
    this.hold = null;
  }

  /**
   * Calls `use` with the tooltip layer: at once when the set has it, else once it has
   * loaded, in the order asked (a layer that cannot load, offline, shows nothing).
   */
  withLayer(use) {
    if (this.layer) {
      use(this.layer);
      return;
    }
    if (!this.loadLayer) return;
    this.loading ??= this.loadLayer().then((layer) => {
      this.layer = layer;
      return layer;
    });
    this.loading.then(use, () => {});
  }

  hideTip() {
    this.hold?.(null);
    this.tooltip.hidden = true;
    for (const f of this.figures) f.querySelector('.highlight')?.remove();
  }

  /** Highlights region `index` of a chart with its tooltip; null until the layer is there. */
  showTip(figure, index) {
    return this.layer ? this.layer.showTip(this, figure, index) : null;
  }

  /**
   * Highlights figure `id` on chart `figure` with its tooltip, scrolling the chart into
   * view first (tip-layer.js, highlightFigure); null where the chart does not draw that
   * figure, or until the layer is there.
   */
  highlightFigure(figure, id, options = {}) {
    return this.layer ? this.layer.highlightFigure(this, figure, id, options) : null;
  }

  /** Says a figure's label, value and change in the live region; then `after`, if any. */
  announce(row, after = '') {
    const w = this.words;
    const said = row.label + w.sep + [row.value, row.change].filter(Boolean).join(w.comma);
    this.live.textContent = after ? `${said}${w.stop}${after}` : said;
  }

  /** Pointer, touch and keyboard for one chart. */
  wire(figure) {
    const canvas = figure.querySelector('canvas');
    const id = figure.dataset.chart;
    let current = -1;
    const pointer = (event) => this.withLayer((layer) => {
      const r = canvas.getBoundingClientRect();
      const k = layer.zoom(canvas);
      const i = this.charts.hit(id, (event.clientX - r.left) / k, (event.clientY - r.top) / k);
      if (i < 0) {
        current = -1;
        this.hideTip();
      } else if (i !== current || this.tooltip.hidden) {
        current = i;
        this.showTip(figure, i);
      }
    });
    // The layer starts loading as the pointer or focus comes onto the chart.
    const warm = () => this.withLayer(() => {});
    canvas.addEventListener('pointerenter', warm);
    canvas.addEventListener('focus', warm);
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
      this.withLayer(() => {
        const row = this.showTip(figure, next);
        if (row) this.announce(row);
      });
    });
  }
}
