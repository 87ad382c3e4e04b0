// The story page: language switch, data tables, downloads and embed codes, on top of
// the shared chart glue in charts.js.
import { load, ChartSet, showLoadError, ready, WORDS, applyChartTexts, save, BASE } from './charts.js';

let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
const $ = (root, sel) => root.querySelector(sel);

function setText(el, text) {
  if (el && text !== undefined) el.textContent = text;
}

function buildTable(set, figure, title) {
  const details = $(figure, 'details.data');
  if (!details) return;
  const [toggle, ...heads] = WORDS[lang].table;
  setText($(details, 'summary'), toggle);
  const table = $(details, 'table');
  setText($(table, 'caption'), title);
  $(table, 'thead tr').querySelectorAll('th').forEach((th, i) => setText(th, heads[i]));
  const body = $(table, 'tbody');
  body.replaceChildren();
  for (const row of set.rows(figure.dataset.chart)) {
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

/** Rewrites every text of the page in `lang`; the chart set redraws the canvases. */
function applyLanguage(set, figures) {
  const t = applyChartTexts(set.charts, figures, lang);
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
  const titles = new Map(t.charts.map((c) => [c[0], c[1]]));
  for (const figure of figures) {
    buildTable(set, figure, titles.get(figure.dataset.chart));
    labelTools(figure);
  }
  document.querySelectorAll('.lang-switch a').forEach((a) => {
    if (new URL(a.href).searchParams.get('lang') === lang) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  });
}

// --- downloads and embed codes -------------------------------------------------------

function labelTools(figure) {
  const w = WORDS[lang];
  setText($(figure, '.tools-label'), w.downloads);
  $(figure, '.dl-png')?.setAttribute('aria-label', w.png);
  $(figure, '.dl-svg')?.setAttribute('aria-label', w.svg);
  $(figure, '.dl-csv')?.setAttribute('aria-label', w.csv);
  const details = $(figure, '.embed-code');
  if (!details) return;
  setText($(details, 'summary'), w.embed);
  details.querySelectorAll('.code-label').forEach((l, i) => setText(l, [w.iframe, w.script][i]));
  details.querySelectorAll('button').forEach((b) => setText(b, w.copy));
}

/** The two embed codes of chart `id`, for a page served from `base`. */
export function embedCodes(id, title, height) {
  const frame = new URL(`embed/${id}.html`, BASE).href;
  const script = new URL('embed.js', BASE).href;
  return [
    `<iframe src="${frame}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${Math.ceil(height)}" frameborder="0" scrolling="no" loading="lazy"></iframe>\n<script type="module" src="${script}"></script>`,
    `<div data-report-chart="${id}"></div>\n<script type="module" src="${script}"></script>`,
  ];
}

function wireTools(set, figure) {
  const id = figure.dataset.chart;
  const png = $(figure, '.dl-png');
  if (png) {
    png.hidden = false;
    png.addEventListener('click', (e) => {
      e.preventDefault();
      // A PNG at twice the chart's width in pixels, drawn fresh, in the page's language.
      const canvas = document.createElement('canvas');
      const width = $(figure, '.plot').clientWidth || 640;
      set.charts.draw(id, canvas, width, 2, set.theme());
      canvas.toBlob((blob) => blob && save(blob, `${id}.png`), 'image/png');
    });
  }
  // The SVG and CSV files were written at build time, in both languages and themes.
  const en = () => (set.lang === 'en' ? '.en' : '');
  $(figure, '.dl-svg')?.addEventListener('click', (e) => {
    const name = `${id}${en()}${set.theme() === 'dark' ? '.dark' : ''}.svg`;
    e.currentTarget.href = new URL(`svg/${name}`, BASE).href;
    e.currentTarget.download = name;
  });
  $(figure, '.dl-csv')?.addEventListener('click', (e) => {
    const name = `${id}${en()}.csv`;
    e.currentTarget.href = new URL(`csv/${name}`, BASE).href;
    e.currentTarget.download = name;
  });
  const details = $(figure, '.embed-code');
  // Embed codes need a served site; the one-file edition opened from disk has none.
  if (!details || location.protocol === 'file:') return;
  details.hidden = false;
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('textarea')) return;
    const title = $(figure, 'figcaption')?.textContent ?? id;
    const height = $(figure, 'canvas').clientHeight || 400;
    embedCodes(id, title, height).forEach((code, i) => {
      const label = document.createElement('label');
      const name = document.createElement('span');
      name.className = 'code-label';
      const area = document.createElement('textarea');
      area.readOnly = true;
      area.rows = i === 0 ? 4 : 2;
      area.value = code;
      area.spellcheck = false;
      label.append(name, area);
      const button = document.createElement('button');
      button.type = 'button';
      button.addEventListener('click', async () => {
        area.select();
        try {
          await navigator.clipboard.writeText(code);
        } catch {
          document.execCommand?.('copy');
        }
        button.textContent = WORDS[lang].copied;
      });
      details.append(label, button);
    });
    labelTools(figure);
  });
  labelTools(figure);
}

// --- start ----------------------------------------------------------------------------

async function main() {
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  let charts;
  try {
    charts = await load(undefined, lang);
  } catch (e) {
    showLoadError(figures, e, lang);
    ready(0);
    return;
  }
  const set = new ChartSet(charts, figures, document, { lang });
  if (lang !== 'zh') applyLanguage(set, figures);
  const drawn = await set.start();
  ready(drawn);
  for (const f of figures) wireTools(set, f);
  document.querySelectorAll('.lang-switch a').forEach((a) => {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const next = new URL(a.href).searchParams.get('lang') === 'en' ? 'en' : 'zh';
      if (next === lang) return;
      lang = next;
      const url = new URL(location.href);
      url.searchParams.set('lang', lang);
      history.replaceState(null, '', url);
      set.setLang(lang).then(() => applyLanguage(set, figures), (err) => showLoadError(figures, err, lang));
    });
  });
}

main();
