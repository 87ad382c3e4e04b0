// The story page's glue: loads the wasm and the data, paints each chart's canvas over
// its static SVG, and repaints on resize, pixel-ratio change and theme change.
// All chart logic is in Rust; this file only finds elements and passes sizes.
import init, { Charts } from './pkg/report_charts.js';

const DATA = 'data/xihu-2024.json';
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const theme = () => (darkQuery.matches ? 'dark' : 'light');
const TEXT = {
  zh: { failed: '此图表无法显示：', load: '图表数据无法载入：' },
  en: { failed: 'This chart cannot be shown: ', load: 'The chart data could not be loaded: ' },
}[lang];

/** Puts an error box above a chart's plot, keeping the static SVG visible. */
function showError(figure, message) {
  let box = figure.querySelector('.chart-error');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart-error';
    box.setAttribute('role', 'alert');
    figure.querySelector('.plot').before(box);
  }
  box.textContent = message;
}

/** Draws one chart at its container's width; returns true when it drew. */
function draw(charts, figure) {
  const canvas = figure.querySelector('canvas');
  const width = figure.querySelector('.plot').clientWidth;
  if (width <= 0) return false;
  try {
    charts.draw(figure.dataset.chart, canvas, width, window.devicePixelRatio || 1, lang, theme());
  } catch (e) {
    showError(figure, TEXT.failed + (e && e.message ? e.message : String(e)));
    canvas.hidden = true;
    figure.classList.remove('drawn');
    return false;
  }
  canvas.hidden = false;
  figure.classList.add('drawn');
  figure.querySelector('.chart-error')?.remove();
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

async function main() {
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  let charts;
  try {
    const [, text] = await Promise.all([init(), loadData()]);
    charts = new Charts(DATA, text);
  } catch (e) {
    for (const f of figures) showError(f, TEXT.load + (e && e.message ? e.message : String(e)));
    ready(0);
    return;
  }

  let drawn = 0;
  for (const figure of figures) {
    if (draw(charts, figure)) drawn += 1;
    if (drawn === 1) performance.mark('first-chart');
  }
  ready(drawn);

  // Repaint only the charts whose width changed, once per frame.
  const widths = new Map(figures.map((f) => [f, f.querySelector('.plot').clientWidth]));
  const pending = new Set();
  let frame = 0;
  const flush = () => {
    frame = 0;
    for (const f of pending) draw(charts, f);
    pending.clear();
  };
  const schedule = (list) => {
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
  for (const f of figures) observer.observe(f.querySelector('.plot'));

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
}

main();
