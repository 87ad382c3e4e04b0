// The iframe embed page (embed/ID.html, embed/ID.en.html in English, or
// embed.html?chart=ID which forwards there):
// one chart at the frame's full width, telling the host page its height.
import { load, ChartSet, showLoadError, ready, applyChartTexts, chartsFile } from './charts.js';
import * as layer from './tip-layer.js';

const params = new URLSearchParams(location.search);
// embed/ID.en.html is English; ?lang= chooses on either page. A report without English
// names no English charts: ?lang=en shows its Chinese chart, never an error (s-test22).
const lang = (params.get('lang') || document.documentElement.lang) === 'en' && chartsFile('en') ? 'en' : 'zh';
const theme = ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto';
const figure = document.querySelector('figure[data-chart]');

// The height last told to the host page, also written as `<html data-height>`: what the
// host has been told, which the page tests wait for.
let told = 0;

/**
 * Tells the host page how tall the chart is (our protocol and AMP's embed-size) when that
 * changed since it was last told, or when the host asks (`asked`: it may have missed it).
 */
function postHeight(asked) {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === told && asked !== true) return;
  told = height;
  document.documentElement.dataset.height = String(height);
  window.parent.postMessage({ type: 'report-charts:resize', chart: figure.dataset.chart, height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

// The host script may start after this frame has already told its height (its module
// graph is larger): it then asks, and the frame answers.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'report-charts:ask-height' && figure) postHeight(true);
});

/**
 * embed.html?chart=ID: forwards to the chart's own page, keeping the options. The page
 * names the list of the report's files (`data-files`), which names the chart's page.
 */
async function forward() {
  const id = params.get('chart') || '';
  let page = null;
  try {
    const response = await fetch(document.documentElement.dataset.files);
    const charts = response.ok ? (await response.json()).zh?.charts : null;
    if (charts && Object.hasOwn(charts, id)) page = charts[id].embed;
  } catch {
    page = null;
  }
  if (!page || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    document.querySelector('.embed-missing')?.removeAttribute('hidden');
    return;
  }
  params.delete('chart');
  const rest = params.toString();
  location.replace(`${page}${rest ? `?${rest}` : ''}`);
}

async function main() {
  if (!figure) {
    await forward();
    return;
  }
  if (theme !== 'auto') document.documentElement.dataset.theme = theme;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  new ResizeObserver(postHeight).observe(document.documentElement);
  let charts;
  try {
    charts = await load(undefined, lang);
  } catch (e) {
    showLoadError([figure], e, lang);
    ready(0);
    postHeight();
    return;
  }
  if (lang !== 'zh') {
    const t = applyChartTexts(charts, [figure], lang);
    const title = t.charts.find((c) => c[0] === figure.dataset.chart)?.[1];
    if (title) {
      document.title = title;
      const h1 = document.querySelector('h1');
      if (h1) h1.textContent = title;
    }
  }
  const set = new ChartSet(charts, [figure], document, { lang, theme, onDraw: postHeight, layer });
  ready(await set.start());
  postHeight();
}

main();
