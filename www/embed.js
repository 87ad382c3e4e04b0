// The host script: include it once per article, from wherever this site is served.
//   <iframe src=".../embed/ID.html" …></iframe>  → it sets each frame's height.
//   <div data-report-chart="ID"></div>          → it draws the chart inline, in a shadow
//                                                   root the host page's CSS cannot reach.
import { load, ChartSet, showLoadError, BASE, applyChartTexts, READER_WASM } from './charts.js';
import * as layer from './tip-layer.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// The one name this script knows: the list of the report's files that the build writes
// beside it (MANIFEST in src/publish/files.rs). Every other name comes from that list.
const MANIFEST = 'files.json';
let manifest = null;

/** The report's file names, fetched once: `{ forwarder, zh: { data, charts: { ID: … } }, en }`. */
function names() {
  manifest ??= fetch(new URL(MANIFEST, BASE)).then((r) => {
    if (!r.ok) throw new Error(`${MANIFEST}: HTTP ${r.status}`);
    return r.json();
  });
  return manifest;
}

/** Our embed pages by address (without query), and the forwarder's address. */
async function ourFrames() {
  const n = await names();
  const pages = new Map();
  for (const lang of ['zh', 'en']) {
    for (const [id, files] of Object.entries(n[lang]?.charts ?? {})) pages.set(new URL(files.embed, BASE).href, id);
  }
  return { pages, forwarder: n.forwarder ? new URL(n.forwarder, BASE).href : null };
}

/** The chart id an iframe shows, if it is one of ours. */
function frameChart(frame, ours) {
  let src;
  try {
    src = new URL(frame.src, location.href);
  } catch {
    return null;
  }
  const address = src.origin + src.pathname;
  // The forwarder (embed.html?chart=ID) sends the frame on to the chart's page; the frame
  // keeps the src it was given.
  if (address === ours.forwarder) {
    const id = src.searchParams.get('chart') || '';
    return ID.test(id) ? { id, origin: src.origin } : null;
  }
  const id = ours.pages.get(address);
  return id ? { id, origin: src.origin } : null;
}

// Height messages: only from one of our frames, from its own origin (or "null" when the
// frame is sandboxed without allow-same-origin), about the chart it shows.
window.addEventListener('message', async (event) => {
  const d = event.data;
  if (!d || typeof d !== 'object') return;
  const ours = d.type === 'report-charts:resize';
  const amp = d.sentinel === 'amp' && d.type === 'embed-size';
  if (!ours && !amp) return;
  const height = Number(d.height);
  if (!Number.isFinite(height) || height <= 0 || height > 20000) return;
  let known;
  try {
    known = await ourFrames();
  } catch {
    return;
  }
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    const chart = frameChart(frame, known);
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

/** Builds the figure of chart `id` from its `files` (static SVG first, then the canvas). */
function figureFor(id, files) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chart = id;
  const plot = document.createElement('div');
  plot.className = 'plot';
  const picture = document.createElement('picture');
  picture.className = 'fallback';
  const narrow = document.createElement('source');
  narrow.media = '(max-width: 520px)';
  narrow.srcset = new URL(files.narrow, BASE).href;
  const img = document.createElement('img');
  img.src = new URL(files.svg, BASE).href;
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
  let lang = host.dataset.lang === 'en' ? 'en' : 'zh';
  const theme = ['light', 'dark'].includes(host.dataset.theme) ? host.dataset.theme : 'auto';
  const root = host.attachShadow({ mode: 'open' });
  let all;
  try {
    all = await names();
  } catch {
    all = null;
  }
  // A report without English draws in Chinese what data-lang="en" asks for.
  if (!all?.[lang]) lang = 'zh';
  const n = all?.[lang];
  // Only the report's own charts (never a key such as `constructor`).
  const files = n?.charts && Object.hasOwn(n.charts, id) ? n.charts[id] : null;
  if (!files) return;
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL(all.style, BASE).href;
  const figure = figureFor(id, files);
  root.append(style, figure);
  try {
    // A chart may name its own charts file (an indicator's page has one per indicator),
    // and the list the wasm that draws it (the indicators' charts need the register's).
    const charts = await load(BASE, lang, files.data ?? n.data, all.wasm ?? READER_WASM);
    applyChartTexts(charts, [figure], lang);
    // Draw once the stylesheet has sized the plot.
    if (!style.sheet) await new Promise((r) => style.addEventListener('load', r, { once: true }));
    new ChartSet(charts, [figure], root, { lang, theme, layer }).start();
  } catch (e) {
    showLoadError([figure], e, lang);
    staticTexts(figure, files.embed);
  }
}

/**
 * Without the chart program, the alt text and caption come from the chart's own embed
 * page, which the build wrote with them: the static SVG is never left unlabelled.
 */
async function staticTexts(figure, embed) {
  try {
    const response = await fetch(new URL(embed, BASE));
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
async function askFrames() {
  const frames = [...document.querySelectorAll('iframe')].filter((f) => !f.dataset.reportChartAsked);
  if (!frames.length) return;
  let ours;
  try {
    ours = await ourFrames();
  } catch {
    return;
  }
  for (const frame of frames) {
    if (!frameChart(frame, ours) || frame.dataset.reportChartAsked) continue;
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
