// What the pages do around their charts (charts.js re-exports it): say when every chart
// is drawn, write the charts' accessible texts in a language, and save a download.
import { records } from './records.js';

/** Marks every chart drawn (or failed), for news sites, the tests and the benchmark. */
export function ready(count) {
  document.documentElement.dataset.chartsReady = String(count);
  performance.mark('charts-ready');
  document.dispatchEvent(new CustomEvent('charts-ready', { detail: { count } }));
}

/** Rewrites each figure's accessible texts (canvas label, image alt, caption) in `lang`. */
export function applyChartTexts(charts, figures, lang) {
  const t = { charts: [] };
  for (const figure of figures) {
    const id = figure.dataset.chart;
    let title;
    let subtitle;
    let description;
    try {
      [[title, subtitle, description]] = records(charts.texts(id));
    } catch {
      continue;
    }
    t.charts.push([id, title, subtitle, description]);
    figure.querySelector('canvas')?.setAttribute('aria-label', description);
    figure.querySelector('.fallback img')?.setAttribute('alt', description);
    const caption = figure.querySelector('figcaption');
    if (caption) caption.textContent = `${title}${lang === 'zh' ? '。' : '. '}${subtitle}`;
  }
  return t;
}

/** Saves `blob` as `name` through a temporary link. */
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
