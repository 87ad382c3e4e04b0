// The tools of a chart's 数据与下载 disclosure on the story page: the PNG drawn at the
// reader's width, the embed codes and their copy buttons. app.js loads this module when a
// reader first uses one of them, so that it is no part of the page's first load (issue 19,
// "our JS within budget"); it imports nothing that app.js has, and app.js hands it what
// it needs. Their words are in the page, written by src/publish/disclosure.rs.
import { save } from './chart-page.js';

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
  const areas = details.querySelectorAll('textarea');
  const title = $(figure, 'figcaption')?.textContent ?? figure.dataset.chart;
  const height = $(figure, 'canvas').clientHeight || 400;
  embedCodes(figure.dataset.chart, title, height, details.dataset, base, lang).forEach((code, i) => {
    if (areas[i]) areas[i].value = code;
  });
}

/** Copies the code beside `button` (its codes written first, if they are not yet). */
export async function copy(figure, button, base, lang) {
  const details = $(figure, '.embed-code');
  const buttons = [...details.querySelectorAll('button')];
  const area = details.querySelectorAll('textarea')[buttons.indexOf(button)];
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
