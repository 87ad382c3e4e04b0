// Shared by the reading-*.spec.js and a11y.spec.js: what a reader should be told about each
// figure, worked out here from the data file alone (an oracle independent of
// src/format.rs and src/spec.rs), and readers of what the page shows: tooltip, live
// region, canvas pixels, accessibility tree.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');
const { report } = require('./helpers');

const ROOT = path.join(__dirname, '..', '..');

let cached = null;

/** The data file as deployed (helpers.report), read once per worker. */
function data() {
  if (!cached) cached = report();
  return cached;
}

/** The report's full text with all whitespace removed, as sources are copied from it. */
function reportPlain() {
  return fs.readFileSync(path.join(ROOT, 'data', 'xihu-2024.txt'), 'utf8').replace(/\s+/g, '');
}

/** A number as the data gives it, in its shortest form (what Rust's `{}` prints too). */
const num = (v) => String(v);

/** A change exactly as the report prints it in Chinese: 增长4.3%, 由37个压缩为10个. */
function changeZh(f) {
  const c = f.change;
  const v = num(c.value);
  switch (c.kind) {
    case 'growth': return `增长${v}%`;
    case 'decline': return `下降${v}%`;
    case 'improve': return `改善${v}%`;
    case 'rise': return `提升${v}个百分点`;
    case 'above': return `高于${c.reference ? c.reference.zh : ''}${v}个百分点`;
    case 'added': return `新增${v}${c.unit}`;
    case 'from': return `由${v}${c.unit}压缩为${num(f.value)}${f.unit.zh}`;
    default: throw new Error(`${f.id}: unknown change kind ${c.kind}`);
  }
}

/** A value exactly as the report prints it: 突破800亿元, 2600余家, 2.1万余个, 达4.2亿元. */
function valueZh(f) {
  if (f.value === null || f.value === undefined) return null;
  const n = num(f.value);
  const unit = f.unit.zh;
  if (f.qualifier === '余') {
    // 余 goes after the magnitude character: 2.1万余个, else before the unit: 2600余家.
    return /^[万亿]/.test(unit) ? `${n}${unit[0]}余${unit.slice(1)}` : `${n}余${unit}`;
  }
  return `${f.qualifier || ''}${n}${unit}`;
}

const FULL_WIDTH = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * A source sentence as a reader is shown it: in Chinese text, the scan's ASCII marks
 * full-width (not a comma or colon between digits), paired ASCII quotes as “ ”.
 */
function shownZh(sentence) {
  if (!/[\u3400-\u9fff]/.test(sentence)) return sentence;
  const chars = [...sentence];
  const pairs = chars.filter((c) => c === '"').length % 2 === 0;
  let open = false;
  return chars.map((c, i) => {
    const digits = /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');
    if (c in FULL_WIDTH && !((c === ',' || c === ':') && digits)) return FULL_WIDTH[c];
    if (c === '"' && pairs) {
      open = !open;
      return open ? '“' : '”';
    }
    return c;
  }).join('');
}

/** One figure as the tooltip and the 数据与下载 table should show it in Chinese. */
function rowZh(f) {
  const value = valueZh(f);
  return {
    id: f.id,
    label: f.label.zh,
    value: value ?? (f.change ? changeZh(f) : ''),
    change: value !== null && f.change ? changeZh(f) : '',
    source: shownZh(f.source),
  };
}

/** The distinct sentences of chart `id`'s figures, as shown, in the figures' order. */
function chartSources(id, d = data()) {
  return [...new Set(chartFigures(id, d).map((f) => shownZh(f.source)))];
}

/**
 * The column heads of chart `id`'s data table in `lang`: the change column only when a
 * figure has a change beside its value, the source column only when the figures come
 * from more than one sentence.
 */
function tableHeads(id, lang, d = data()) {
  const words = lang === 'en' ? ['Item', 'Value', 'Change', 'Source (Chinese)'] : ['项目', '数值', '变化', '原文'];
  const figures = chartFigures(id, d);
  const heads = words.slice(0, 2);
  if (figures.some((f) => rowZh(f).change)) heads.push(words[2]);
  if (chartSources(id, d).length > 1) heads.push(words[3]);
  return heads;
}

/** The figures of chart `id` in the data's order (the order of the table and the label). */
function chartFigures(id, d = data()) {
  const chart = d.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id} in the data`);
  const byId = new Map(d.figures.map((f) => [f.id, f]));
  return chart.figures.map((fid) => {
    const f = byId.get(fid);
    if (!f) throw new Error(`chart ${id}: no figure ${fid}`);
    return f;
  });
}

/**
 * The figures of chart `id` in the order they are drawn, which is the order the arrow
 * keys walk: the data's order, except that small multiples draw one panel per unit
 * (in order of the unit's first appearance), so figures sharing a unit sit together.
 */
function drawnFigures(id, d = data()) {
  const chart = d.charts.find((c) => c.id === id);
  const figures = chartFigures(id, d);
  if (chart.kind !== 'multiples') return figures;
  const panels = new Map();
  for (const f of figures) {
    if (!panels.has(f.unit.zh)) panels.set(f.unit.zh, []);
    panels.get(f.unit.zh).push(f);
  }
  return [...panels.values()].flat();
}

/** What the live region should say for a row: 地区生产总值：突破800亿元，增长4.3%. */
const announcementZh = (r) => `${r.label}：${[r.value, r.change].filter(Boolean).join('，')}`;

/** The canvas's accessible name in Chinese: the title, then one sentence per figure. */
function describeZh(id, d = data()) {
  const chart = d.charts.find((c) => c.id === id);
  const sentences = chartFigures(id, d)
    .map(rowZh)
    .map((r) => `${r.label}：${[r.value, r.change].filter(Boolean).join('，')}。`);
  return `${chart.title.zh}。${sentences.join('')}`;
}

/** The tooltip as a reader sees it: hidden or not, its four lines, its box. */
function tooltip(page) {
  return page.evaluate(() => {
    const tips = [...document.querySelectorAll('.tooltip')];
    const tip = tips[0];
    const text = (cls) => tip?.querySelector(`.${cls}`)?.textContent ?? '';
    const r = tip?.getBoundingClientRect();
    return {
      count: tips.length,
      role: tip?.getAttribute('role') ?? null,
      hidden: !tip || tip.hidden || getComputedStyle(tip).display === 'none',
      label: text('tip-label'),
      value: text('tip-value'),
      change: text('tip-change'),
      source: text('tip-source'),
      // The sentence is marked Chinese; the prefix (原文： / Source sentence:) takes the page's language.
      sourceLang: tip?.querySelector('.tip-source [lang]')?.lang ?? '',
      box: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/** Texts of every polite live region on the page. */
function liveRegions(page) {
  return page.locator('[aria-live=polite]').evaluateAll((els) => els.map((e) => e.textContent));
}

/** A tooltip's four lines, for comparing with a row. */
const tipRow = (t) => ({ label: t.label, value: t.value, change: t.change, source: t.source });

/** What a tooltip should show for a row: its source behind 原文：. */
const expectedTip = (r, prefix = '原文：') => ({ label: r.label, value: r.value, change: r.change, source: prefix + r.source });

/**
 * A fingerprint of a chart canvas's pixels: backing-store size and an FNV-1a hash of its
 * RGBA data (read through a copy, as helpers.js does), with its share of ink.
 */
function canvasPrint(page, id) {
  return page.evaluate((chartId) => window.__readingPrint(chartId), id);
}

/** Installs `window.__readingPrint(id)` in every page of the context before its scripts. */
async function installPrinter(pageOrContext) {
  await pageOrContext.addInitScript(() => {
    window.__readingPrint = (chartId) => {
      const c = document.querySelector(`figure[data-chart="${chartId}"] canvas`);
      if (!c || c.width === 0 || c.height === 0) return { size: '0x0', hash: 0, ink: 0 };
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(c, 0, 0);
      const d = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
      let h = 0x811c9dc5;
      let ink = 0;
      for (let i = 0; i < d.length; i += 1) {
        h = Math.imul(h ^ d[i], 16777619) >>> 0;
        if (d[i] !== d[0]) ink += 1;
      }
      return { size: `${c.width}x${c.height}`, hash: h, ink: ink / d.length };
    };
  });
}

/**
 * Focuses chart `id`'s canvas, walks the keyboard to its region `index` (Home, then
 * ArrowRight), and returns the centre of the highlight drawn around it in viewport
 * pixels; then hides the tooltip again (Escape) and takes focus off the canvas.
 */
async function regionCentre(page, id, index) {
  const canvas = page.locator(`figure[data-chart="${id}"] canvas`);
  await canvas.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowRight');
  const mark = page.locator(`figure[data-chart="${id}"] .highlight`);
  await expect(mark).toHaveCount(1);
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center', inline: 'nearest' }));
  const box = await mark.boundingBox();
  await page.keyboard.press('Escape');
  await canvas.evaluate((c) => c.blur());
  expect((await tooltip(page)).hidden).toBe(true);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Chromium's own accessibility node for `selector`: role, name, description, ignored. */
async function axNode(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return null;
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const n = nodes[0];
    return {
      role: n.role?.value ?? null,
      name: n.name?.value ?? '',
      description: n.description?.value ?? '',
      ignored: Boolean(n.ignored),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * Items of the page (each with an `id` of a chart) in the data file's order: the story
 * page places each chart after its paragraph, so its order is the article's, not the file's.
 */
function inFileOrder(items, d = data()) {
  const at = new Map(d.charts.map((c, i) => [c.id, i]));
  return [...items].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

/** Clicks the language link named `name` and waits for that page to draw its charts. */
async function switchTo(page, name) {
  const lang = name === 'English' ? 'en' : 'zh-CN';
  await page.locator('.lang-switch a', { hasText: name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
}

module.exports = {
  inFileOrder,
  data,
  reportPlain,
  changeZh,
  valueZh,
  rowZh,
  shownZh,
  chartSources,
  tableHeads,
  chartFigures,
  drawnFigures,
  announcementZh,
  describeZh,
  tooltip,
  liveRegions,
  tipRow,
  expectedTip,
  canvasPrint,
  installPrinter,
  regionCentre,
  axNode,
  switchTo,
};
