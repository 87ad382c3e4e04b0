// The host script: include it once per article, from wherever this site is served.
//   <iframe src=".../embed/ID.html" …></iframe>  → it sets each frame's height.
//   <div data-report-chart="ID"></div>          → it draws the chart inline, in a shadow
//                                                   root the host page's CSS cannot reach.
import { load, ChartSet, showLoadError, BASE, applyChartTexts } from './charts.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMBED_PATH = new URL('embed/', BASE).href;
const EMBED_PAGE = new URL('embed.html', BASE).href;

/** The chart id an iframe shows, if it is one of ours. */
function frameChart(frame) {
  let src;
  try {
    src = new URL(frame.src, location.href);
  } catch {
    return null;
  }
  // embed.html?chart=ID forwards to embed/ID.html; the frame keeps the src it was given.
  if (src.origin + src.pathname === EMBED_PAGE) {
    const id = src.searchParams.get('chart') || '';
    return ID.test(id) ? { id, origin: src.origin } : null;
  }
  if (!src.href.startsWith(EMBED_PATH)) return null;
  // embed/ID.html, or embed/ID.en.html in English.
  const m = /^([a-z0-9-]+)(?:\.en)?\.html$/.exec(src.pathname.split('/').pop() || '');
  return m ? { id: m[1], origin: src.origin } : null;
}

// Height messages: only from one of our frames, from its own origin (or "null" when the
// frame is sandboxed without allow-same-origin), about the chart it shows.
window.addEventListener('message', (event) => {
  const d = event.data;
  if (!d || typeof d !== 'object') return;
  const ours = d.type === 'report-charts:resize';
  const amp = d.sentinel === 'amp' && d.type === 'embed-size';
  if (!ours && !amp) return;
  const height = Number(d.height);
  if (!Number.isFinite(height) || height <= 0 || height > 20000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    const chart = frameChart(frame);
    if (!chart) return;
    const opaque = frame.sandbox.length > 0 && !frame.sandbox.contains('allow-same-origin');
    if (event.origin !== chart.origin && !(opaque && event.origin === 'null')) return;
    if (ours && d.chart !== chart.id) return;
    frame.style.height = `${Math.ceil(height)}px`;
    frame.style.border = '0';
    frame.dataset.reportChartHeight = String(Math.ceil(height));
    return;
  }
});

/** Builds the figure of chart `id` in `lang` inside `root`: static SVG first, then the canvas. */
function figureFor(id, lang) {
  const l = lang === 'en' ? '.en' : '';
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chart = id;
  const plot = document.createElement('div');
  plot.className = 'plot';
  const picture = document.createElement('picture');
  picture.className = 'fallback';
  const narrow = document.createElement('source');
  narrow.media = '(max-width: 520px)';
  narrow.srcset = new URL(`svg/${id}${l}.narrow.svg`, BASE).href;
  const img = document.createElement('img');
  img.src = new URL(`svg/${id}${l}.svg`, BASE).href;
  img.alt = '';
  img.loading = 'lazy';
  picture.append(narrow, img);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.tabIndex = 0;
  canvas.hidden = true;
  plot.append(picture, canvas);
  const caption = document.createElement('figcaption');
  caption.className = 'visually-hidden';
  figure.append(plot, caption);
  return figure;
}

async function mount(host) {
  if (host.shadowRoot || host.dataset.reportChartMounted) return;
  const id = host.dataset.reportChart;
  if (!ID.test(id || '')) return;
  host.dataset.reportChartMounted = 'true';
  const lang = host.dataset.lang === 'en' ? 'en' : 'zh';
  const theme = ['light', 'dark'].includes(host.dataset.theme) ? host.dataset.theme : 'auto';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('style.css', BASE).href;
  const figure = figureFor(id, lang);
  root.append(style, figure);
  try {
    const charts = await load(BASE, lang);
    applyChartTexts(charts, [figure], lang);
    // Draw once the stylesheet has sized the plot.
    if (!style.sheet) await new Promise((r) => style.addEventListener('load', r, { once: true }));
    new ChartSet(charts, [figure], root, { lang, theme }).start();
  } catch (e) {
    showLoadError([figure], e, lang);
    staticTexts(figure, id, lang);
  }
}

/**
 * Without the chart program, the alt text and caption come from the chart's own embed
 * page, which the build wrote with them: the static SVG is never left unlabelled.
 */
async function staticTexts(figure, id, lang) {
  try {
    const response = await fetch(new URL(`embed/${id}${lang === 'en' ? '.en' : ''}.html`, BASE));
    if (!response.ok) return;
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const alt = doc.querySelector('.fallback img')?.getAttribute('alt');
    const caption = doc.querySelector('figcaption')?.textContent;
    if (alt) figure.querySelector('.fallback img').alt = alt;
    if (caption) figure.querySelector('figcaption').textContent = caption;
  } catch {
    // The SVG itself carries its title; nothing more to do offline.
  }
}

/** Asks each of our frames for its height: it may have told it before this script ran. */
function askFrames() {
  for (const frame of document.querySelectorAll('iframe')) {
    if (!frameChart(frame) || frame.dataset.reportChartAsked) continue;
    frame.dataset.reportChartAsked = 'true';
    const ask = () => frame.contentWindow?.postMessage({ type: 'report-charts:ask-height' }, '*');
    frame.addEventListener('load', ask);
    ask();
  }
}

function mountAll() {
  document.querySelectorAll('[data-report-chart]').forEach(mount);
  askFrames();
}

mountAll();
new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
