// What the story page does only once a reader asks: the tools of a chart's 数据与下载
// disclosure (the PNG drawn at the reader's width, the embed codes and their copy
// buttons), the notes of the text's numbers that are on no chart, and the charts' tooltip
// layer (tip-layer.js). app.js loads this module at the first such use, or when a pointer
// or focus first comes onto a chart or a number, so that it is no part of the page's
// first load (issue 19, "our JS within budget"); it brings nothing of the wasm's glue
// (only its own copy of records.js's few lines), and app.js hands it what it needs.
// Their words are in the page, written by src/publish/disclosure.rs and
// src/publish/story_text.rs.
import { save } from './chart-page.js';

// The tooltip layer of the story page's charts (chart-tips.js loads it from here).
export { showTip, highlightFigure, zoom } from './tip-layer.js';

const $ = (root, sel) => root.querySelector(sel);

/**
 * The two embed codes of chart `id`, for the site at `base` (the scripts' folder): `names`
 * holds the chart's embed page (`data-embed`); the page names the host script
 * (`<html data-embed-script>`), both relative to `base`.
 */
export function embedCodes(id, title, height, names, base, lang) {
  const frame = new URL(names.embed, base).href;
  const script = new URL(document.documentElement.dataset.embedScript, base).href;
  return [
    `<iframe src="${frame}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${Math.ceil(height)}" frameborder="0" scrolling="no" loading="lazy"></iframe>\n<script type="module" src="${script}"></script>`,
    `<div data-report-chart="${id}"${lang === 'en' ? ' data-lang="en"' : ''}></div>\n<script type="module" src="${script}"></script>`,
  ];
}

/** Saves the chart of `figure` as a PNG at twice its width in pixels, drawn fresh by `set`. */
export function png(set, figure) {
  const link = $(figure, '.dl-png');
  const canvas = document.createElement('canvas');
  const width = $(figure, '.plot').clientWidth || 640;
  set.charts.draw(figure.dataset.chart, canvas, width, 2, set.theme());
  canvas.toBlob((blob) => blob && save(blob, link.getAttribute('download')), 'image/png');
}

/**
 * Writes the embed codes of `figure` with this site's address and the chart's height as
 * it is now (when the disclosure or the codes open, not at load: that would read every
 * chart's height).
 */
export function fill(figure, base, lang) {
  const details = $(figure, '.embed-code');
  if (!details) return;
  const areas = codeAreas(details);
  const title = $(figure, 'figcaption')?.textContent ?? figure.dataset.chart;
  const height = $(figure, 'canvas').clientHeight || 400;
  embedCodes(figure.dataset.chart, title, height, details.dataset, base, lang).forEach((code, i) => {
    if (areas[i]) areas[i].value = code;
  });
}

/**
 * The codes' textareas, made at the first use: the page has none (src/publish/disclosure.rs:
 * Chromium lays the page out again for every few textareas when its parsing ends).
 */
function codeAreas(details) {
  for (const label of details.querySelectorAll('label[data-rows]:not(:has(textarea))')) {
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.rows = label.dataset.rows;
    area.spellcheck = false;
    label.append(area);
  }
  return details.querySelectorAll('textarea');
}

/** Copies the code beside `button` (its codes written first, if they are not yet). */
export async function copy(figure, button, base, lang) {
  const details = $(figure, '.embed-code');
  const buttons = [...details.querySelectorAll('button')];
  const area = codeAreas(details)[buttons.indexOf(button)];
  if (!area) return;
  if (!area.value) fill(figure, base, lang);
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    document.execCommand?.('copy');
  }
  button.textContent = button.dataset.copied;
}

// --- notes ----------------------------------------------------------------------------
// A number of the text on no chart is a button that shows its note (app.js hands each of
// its events here, in order): in the charts' tooltip, below the number (above it where
// there is no room, or where below would cover a chart), never over it; said in the live
// region. Touch browsers never show a `title`.

/** The number whose note shows, and the chart set whose tooltip shows it. */
let noted = null;
let tips = null;

function place() {
  const tip = tips?.tooltip;
  if (!noted || !tip || tip.hidden) return;
  const r = noted.getBoundingClientRect();
  const m = 8;
  const bar = document.querySelector('.lang-switch')?.getBoundingClientRect().bottom ?? 0;
  const ceiling = Math.max(0, bar) + m;
  const [tw, th] = [tip.offsetWidth, tip.offsetHeight];
  const below = r.bottom + m;
  const above = r.top - th - m;
  const left = Math.max(m, Math.min(r.left, innerWidth - tw - m));
  // Below where it fits or has the more room, else above; but of the two, one that fits
  // and covers no chart (its title or canvas) wins: at 360 px the note below a number
  // near the end of a paragraph covered the title of the chart after it.
  const first = below + th <= innerHeight - m || innerHeight - r.bottom >= r.top - ceiling ? below : Math.max(ceiling, above);
  const charts = [...document.querySelectorAll('figure[data-chart]')].map((f) => f.getBoundingClientRect());
  const clear = (y) => y >= ceiling && y + th <= innerHeight - m
    && !charts.some((c) => c.top < y + th && y < c.bottom && c.left < left + tw && left < c.right);
  const top = [first, first === below ? above : below].find(clear) ?? first;
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

function hideNote() {
  if (!noted) return;
  noted.setAttribute('aria-expanded', 'false');
  noted.classList.remove('active');
  noted = null;
  tips.hideTip();
}

function showNote(mark) {
  const name = mark.getAttribute('aria-label') ?? '';
  // The title is the name, a stop, then the rest of the note (on no chart, the sentence).
  const rest = mark.title.slice(name.length).replace(/^(。|\. )/, '');
  const tip = tips.tooltip;
  tips.hideTip();
  tip.replaceChildren();
  for (const [cls, text] of [['tip-value', name], ['tip-source', rest]]) {
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    tip.append(p);
  }
  tip.hidden = false;
  noted = mark;
  mark.classList.add('active');
  mark.setAttribute('aria-expanded', 'true');
  place();
  tips.live.textContent = mark.title;
}

/**
 * One event of number `mark`'s note, shown in chart set `set`'s tooltip: 'show' (focus, a
 * tap or a click), 'toggle' (Enter or Space), 'escape' (hides its own note), 'hide' (it
 * lost focus).
 */
export function note(set, mark, what) {
  if (!tips) {
    addEventListener('scroll', place, { passive: true });
    addEventListener('resize', place, { passive: true });
  }
  tips = set;
  if (what === 'show' || (what === 'toggle' && noted !== mark)) showNote(mark);
  else if (what === 'hide' || noted === mark) hideNote();
}
