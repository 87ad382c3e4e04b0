// The story page's glue: loads the wasm and the data, paints each chart's canvas over
// its static SVG, repaints on resize, pixel-ratio and theme changes, and wires the
// tooltips, keyboard navigation and language switch. All chart logic, hit testing
// included, is in Rust; this file only finds elements, passes sizes and writes text.
import init, { Charts } from './pkg/report_charts.js';

const DATA = 'data/xihu-2024.json';
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const theme = () => (darkQuery.matches ? 'dark' : 'light');
const WORDS = {
  zh: {
    failed: '此图表无法显示：', load: '图表数据无法载入：', source: '原文：',
    table: ['查看数据', '项目', '数值', '变化', '原文'], sep: '：', comma: '，',
  },
  en: {
    failed: 'This chart cannot be shown: ', load: 'The chart data could not be loaded: ',
    source: 'Source sentence: ', table: ['Show data', 'Item', 'Value', 'Change', 'Source (Chinese)'],
    sep: ': ', comma: ', ',
  },
};
let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';

const $ = (root, sel) => root.querySelector(sel);
const messageOf = (e) => (e && e.message ? e.message : String(e));

/** Puts an error box above a chart's plot, keeping the static SVG visible. */
function showError(figure, message) {
  let box = $(figure, '.chart-error');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart-error';
    box.setAttribute('role', 'alert');
    $(figure, '.plot').before(box);
  }
  box.textContent = message;
}

/** Draws one chart at its container's width; returns true when it drew. */
function draw(charts, figure) {
  const canvas = $(figure, 'canvas');
  const width = $(figure, '.plot').clientWidth;
  if (width <= 0) return false;
  try {
    charts.draw(figure.dataset.chart, canvas, width, window.devicePixelRatio || 1, lang, theme());
  } catch (e) {
    showError(figure, WORDS[lang].failed + messageOf(e));
    canvas.hidden = true;
    figure.classList.remove('drawn');
    return false;
  }
  canvas.hidden = false;
  figure.classList.add('drawn');
  $(figure, '.chart-error')?.remove();
  return true;
}

async function loadData() {
  const response = await fetch(DATA);
  if (!response.ok) throw new Error(`${DATA}: HTTP ${response.status}`);
  return response.text();
}

function ready(count) {
  document.documentElement.dataset.chartsReady = String(count);
  performance.mark('charts-ready');
  document.dispatchEvent(new CustomEvent('charts-ready', { detail: { count } }));
}

// --- tooltips, highlight and keyboard -------------------------------------------------

const tooltip = document.createElement('div');
tooltip.className = 'tooltip';
tooltip.setAttribute('role', 'tooltip');
tooltip.id = 'chart-tooltip';
tooltip.hidden = true;

function rowsOf(charts, id) {
  const key = `${id}:${lang}`;
  rowsOf.cache ??= new Map();
  if (!rowsOf.cache.has(key)) rowsOf.cache.set(key, JSON.parse(charts.rows(id, lang)));
  return rowsOf.cache.get(key);
}

/** CSS pixels of the canvas on screen per CSS pixel of the chart's layout. */
function zoom(canvas) {
  const layoutWidth = canvas.width / (window.devicePixelRatio || 1);
  return layoutWidth > 0 ? canvas.clientWidth / layoutWidth : 1;
}

function hideTip() {
  tooltip.hidden = true;
  document.querySelectorAll('.highlight').forEach((h) => h.remove());
}

/** Highlights region `index` of a chart and shows its tooltip beside it. */
function showTip(charts, figure, index) {
  const id = figure.dataset.chart;
  const canvas = $(figure, 'canvas');
  const box = charts.hit_box(id, index);
  const figureId = charts.hit_figure(id, index);
  const row = rowsOf(charts, id).find((r) => r.id === figureId);
  if (!box.length || !row) return null;
  const k = zoom(canvas);
  const plot = $(figure, '.plot');
  let mark = $(plot, '.highlight');
  if (!mark) {
    document.querySelectorAll('.highlight').forEach((h) => h.remove());
    mark = document.createElement('div');
    mark.className = 'highlight';
    plot.append(mark);
  }
  const [x, y, w, h] = [...box].map((v) => v * k);
  mark.style.transform = `translate(${canvas.offsetLeft + x - 3}px, ${y - 3}px)`;
  mark.style.width = `${w + 6}px`;
  mark.style.height = `${h + 6}px`;

  const words = WORDS[lang];
  tooltip.replaceChildren();
  const add = (cls, text, attrs = {}) => {
    if (!text) return;
    const el = document.createElement('p');
    el.className = cls;
    el.textContent = text;
    for (const [a, v] of Object.entries(attrs)) el.setAttribute(a, v);
    tooltip.append(el);
  };
  add('tip-label', row.label);
  add('tip-value', row.value);
  add('tip-change', row.change);
  add('tip-source', words.source + row.source, { lang: 'zh-CN' });
  tooltip.hidden = false;

  // Beside the region if it fits, else below or above it; always inside the viewport,
  // on a 320 px phone too, and never over the region it describes when there is room.
  const r = canvas.getBoundingClientRect();
  const tw = tooltip.offsetWidth;
  const th = tooltip.offsetHeight;
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
  tooltip.style.transform = `translate(${Math.round(left + scrollX)}px, ${Math.round(top + scrollY)}px)`;
  return row;
}

function announce(row) {
  const w = WORDS[lang];
  $(document, '#live').textContent = row.label + w.sep + [row.value, row.change].filter(Boolean).join(w.comma);
}

function wire(charts, figure) {
  const canvas = $(figure, 'canvas');
  const id = figure.dataset.chart;
  let current = -1;
  const at = (event) => {
    const r = canvas.getBoundingClientRect();
    const k = zoom(canvas);
    return charts.hit(id, (event.clientX - r.left) / k, (event.clientY - r.top) / k);
  };
  const pointer = (event) => {
    const i = at(event);
    if (i < 0) {
      current = -1;
      hideTip();
    } else if (i !== current || tooltip.hidden) {
      current = i;
      showTip(charts, figure, i);
    }
  };
  canvas.addEventListener('pointermove', pointer);
  canvas.addEventListener('pointerdown', pointer);
  canvas.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse') hideTip();
  });
  canvas.addEventListener('focus', () => {
    canvas.setAttribute('aria-describedby', `table-${id} chart-tooltip`);
  });
  canvas.addEventListener('blur', hideTip);
  canvas.addEventListener('keydown', (event) => {
    const n = charts.hit_count(id);
    if (!n) return;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next = null;
    if (event.key in moves) next = current < 0 ? 0 : (current + moves[event.key] + n) % n;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = n - 1;
    else if (event.key === 'Escape') {
      hideTip();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    current = next;
    const row = showTip(charts, figure, current);
    if (row) announce(row);
  });
}

// --- language -------------------------------------------------------------------------

function setText(el, text) {
  if (el && text !== undefined) el.textContent = text;
}

function buildTable(charts, figure, title) {
  const id = figure.dataset.chart;
  const details = $(figure, 'details.data');
  if (!details) return;
  const [toggle, ...heads] = WORDS[lang].table;
  setText($(details, 'summary'), toggle);
  const table = $(details, 'table');
  setText($(table, 'caption'), title);
  $(table, 'thead tr').querySelectorAll('th').forEach((th, i) => setText(th, heads[i]));
  const body = $(table, 'tbody');
  body.replaceChildren();
  for (const row of rowsOf(charts, id)) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.label;
    tr.append(th);
    for (const [text, l] of [[row.value], [row.change], [row.source, 'zh-CN']]) {
      const td = document.createElement('td');
      td.textContent = text;
      if (l) td.lang = l;
      tr.append(td);
    }
    body.append(tr);
  }
}

/** Rewrites every text of the page in `lang`; the caller redraws the charts. */
function applyLanguage(charts, figures) {
  const t = JSON.parse(charts.page_text(lang));
  document.documentElement.lang = t.lang;
  document.title = t.title;
  setText($(document, 'h1'), t.title);
  setText($(document, '.deck'), t.deck);
  setText($(document, '.kicker'), t.kicker);
  setText($(document, '.byline'), t.byline);
  setText($(document, '.story-foot .source'), t.source);
  setText($(document, '.story-foot .credit'), t.credit);
  for (const [id, short, title] of t.sections) {
    const h2 = document.getElementById(`h-${id}`);
    if (!h2) continue;
    setText($(h2, '.short'), short);
    setText($(h2, '.title'), title);
  }
  const byId = new Map(t.charts.map((c) => [c[0], c]));
  for (const figure of figures) {
    const c = byId.get(figure.dataset.chart);
    if (!c) continue;
    const [, title, subtitle, description] = c;
    $(figure, 'canvas').setAttribute('aria-label', description);
    $(figure, '.fallback img')?.setAttribute('alt', description);
    setText($(figure, 'figcaption'), `${title}${lang === 'zh' ? '。' : '. '}${subtitle}`);
    buildTable(charts, figure, title);
  }
  document.querySelectorAll('.lang-switch a').forEach((a) => {
    const on = new URL(a.href).searchParams.get('lang') === lang;
    if (on) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  });
}

// --- start ----------------------------------------------------------------------------

async function main() {
  document.body.append(tooltip);
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  let charts;
  try {
    const [, text] = await Promise.all([init(), loadData()]);
    charts = new Charts(DATA, text);
  } catch (e) {
    for (const f of figures) showError(f, WORDS[lang].load + messageOf(e));
    ready(0);
    return;
  }
  if (lang !== 'zh') applyLanguage(charts, figures);

  let drawn = 0;
  for (const figure of figures) {
    if (draw(charts, figure)) drawn += 1;
    if (drawn === 1) performance.mark('first-chart');
    wire(charts, figure);
  }
  ready(drawn);

  // Repaint only the charts whose width changed, once per frame.
  const widths = new Map(figures.map((f) => [f, $(f, '.plot').clientWidth]));
  const pending = new Set();
  let frame = 0;
  const flush = () => {
    frame = 0;
    for (const f of pending) draw(charts, f);
    pending.clear();
  };
  const schedule = (list) => {
    hideTip();
    for (const f of list) pending.add(f);
    if (!frame) frame = requestAnimationFrame(flush);
  };
  const observer = new ResizeObserver((entries) => {
    const changed = [];
    for (const entry of entries) {
      const figure = entry.target.closest('figure');
      const width = entry.target.clientWidth;
      if (widths.get(figure) !== width) {
        widths.set(figure, width);
        changed.push(figure);
      }
    }
    if (changed.length) schedule(changed);
  });
  for (const f of figures) observer.observe($(f, '.plot'));

  // A new pixel ratio (zoom, a move to another screen) or theme repaints everything.
  const watchRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
      'change',
      () => {
        schedule(figures);
        watchRatio();
      },
      { once: true },
    );
  };
  watchRatio();
  darkQuery.addEventListener('change', () => schedule(figures));
  document.fonts?.addEventListener?.('loadingdone', () => {
    charts.fonts_changed();
    schedule(figures);
  });
  document.addEventListener('pointerdown', (e) => {
    if (!(e.target instanceof HTMLCanvasElement)) hideTip();
  });
  document.querySelectorAll('.lang-switch a').forEach((a) => {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const next = new URL(a.href).searchParams.get('lang') === 'en' ? 'en' : 'zh';
      if (next === lang) return;
      lang = next;
      const url = new URL(location.href);
      url.searchParams.set('lang', lang);
      history.replaceState(null, '', url);
      hideTip();
      applyLanguage(charts, figures);
      schedule(figures);
    });
  });
}

main();
