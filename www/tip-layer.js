// The tooltip layer of a chart set (chart-tips.js, ChartTips): the highlight of a figure and
// its tooltip, placed in view and clear of the sticky language bar, and the chart a live
// number brought into view held there. Not needed for a page's first paint: the story
// page loads it with story-tools.js at a reader's first pointer or focus on a chart or a
// number (issue 19, our JS within budget); the embeds import it at once. It imports
// nothing that brings the wasm's glue: the set hands it what it needs.
import { regions, rows } from './records.js';
import { holder } from './hold.js';

/** The tooltip rows of chart `id` of `set` (a set draws one language: its charts' only). */
function rowsOf(set, id) {
  if (!set.rowCache.has(id)) set.rowCache.set(id, rows(set.charts.texts(id)));
  return set.rowCache.get(id);
}

/**
 * What holds the chart a number brought into view where it was put, whatever changes
 * size around it, until the reader scrolls or its tooltip goes: under load a chart above
 * it may still be drawn after the scroll (a canvas is seldom as tall as the static SVG it
 * replaces), and the browser's scroll anchoring keeps the first element in view, often
 * that chart above, so the chart asked for would be pushed off screen from under its own
 * tooltip (hold.js). Made at the set's first highlight.
 */
function held(set) {
  set.hold ??= holder(set.home, (figure, top) => {
    const by = figure.getBoundingClientRect().top - top;
    if (Math.abs(by) >= 1) window.scrollBy(0, by);
  }, ['wheel', 'touchmove', 'keydown']);
  return set.hold;
}

/**
 * Highlights region `index` of a chart of `set` and shows its tooltip beside it, never
 * over `keep` (the number of the text that asked for it) where any place allows.
 */
export function showTip(set, figure, index, keep) {
  const id = figure.dataset.chart;
  const canvas = figure.querySelector('canvas');
  const all = regions(set.charts.regions(id));
  const box = all[index];
  const row = box && rowsOf(set, id)[box.row];
  if (!row) return null;
  const k = zoom(canvas);
  const plot = figure.querySelector('.plot');
  for (const f of set.figures) if (f !== figure) f.querySelector('.highlight')?.remove();
  let mark = plot.querySelector('.highlight');
  if (!mark) {
    mark = document.createElement('div');
    mark.className = 'highlight';
    plot.append(mark);
  }
  const [x, y, w, h] = [box.x, box.y, box.w, box.h].map((v) => v * k);
  mark.style.transform = `translate(${canvas.offsetLeft + x - 3}px, ${y - 3}px)`;
  mark.style.width = `${w + 6}px`;
  mark.style.height = `${h + 6}px`;

  const { words } = set;
  const tip = set.tooltip;
  tip.replaceChildren();
  const add = (cls, text) => {
    if (!text) return null;
    const el = document.createElement('p');
    el.className = cls;
    el.textContent = text;
    tip.append(el);
    return el;
  };
  add('tip-label', row.label);
  add('tip-value', row.value);
  add('tip-change', row.change);
  // The source sentence is Chinese whatever the page's language; its prefix is not.
  const source = add('tip-source', words.source);
  const sentence = document.createElement('span');
  sentence.lang = 'zh-CN';
  sentence.textContent = row.source;
  source.append(sentence);
  // On the story page, back to the figure's first number in the text.
  const back = set.root.getElementById?.(`t-${row.id}`);
  // Its words ride on the section list (src/publish/story_text.rs, `script_words`).
  const words_ = set.root.querySelector?.('[data-back]')?.dataset;
  if (back && words_?.back) {
    const p = document.createElement('p');
    p.className = 'tip-back';
    const a = document.createElement('a');
    a.href = `#t-${row.id}`;
    a.textContent = words_.back;
    a.addEventListener('click', () => set.hideTip());
    p.append(a);
    tip.append(p);
  }
  tip.hidden = false;

  // Beside the region if it fits, else below or above it; always inside the viewport
  // (a 320 px phone too), below the sticky language bar, and never over the region it
  // describes, nor over the chart's title, when there is room: above a region of the
  // plot's first row (a one-card chart's card) means above the whole chart.
  const r = canvas.getBoundingClientRect();
  const tw = tip.offsetWidth;
  const th = tip.offsetHeight;
  const m = 8;
  const ceiling = barBottom(set.root) + m;
  const region = { left: r.left + x, top: r.top + y, right: r.left + x + w, bottom: r.top + y + h };
  const fits = ([l, t]) => l >= m && t >= ceiling && l + tw <= innerWidth - m && t + th <= innerHeight - m;
  const under = Math.min(region.left, innerWidth - tw - m);
  // The chart's head (title, subtitle) ends where its first region starts: a tooltip
  // above the region that would reach into it goes above the whole chart.
  const head = r.top + Math.min(...all.map((b) => b.y)) * k;
  const above = region.top - th - 8;
  const candidates = [
    [region.right + 12, region.top],
    [region.left - tw - 12, region.top],
    [under, region.bottom + 8],
    [under, above < head ? r.top - th - m : above],
    // Below the plot's last row: a card of a grid's last row whose neighbour runs lower.
    [under, r.top + Math.max(...all.map((b) => b.y + b.h)) * k + 8],
  ];
  // Over none of the chart's other figures where a place allows it: beside the last of
  // a row of cards, the place to its left covers its neighbours' numbers.
  const others = all.filter((b) => b !== box).map((b) => ({
    left: r.left + b.x * k, top: r.top + b.y * k, right: r.left + (b.x + b.w) * k, bottom: r.top + (b.y + b.h) * k,
  }));
  const over = (o, [l, t]) => l < o.right && o.left < l + tw && t < o.bottom && o.top < t + th;
  const clear = (c) => !others.some((o) => over(o, c));
  // Never over the focused number (the tester's H4: above its chart meant over it, its
  // paragraph and heading): any place clear of it first, else just below it.
  const kept = keep?.getBoundingClientRect();
  const free = (c) => !kept || !over(kept, c);
  if (kept) candidates.push([under, kept.bottom + m]);
  // None fits whole: below or above the region, on the side with more room.
  const roomier = innerHeight - region.bottom >= region.top - ceiling ? candidates[2] : candidates[3];
  let [left, top] = candidates.find((c) => fits(c) && clear(c) && free(c))
    ?? candidates.find((c) => fits(c) && free(c)) ?? candidates.find(fits) ?? roomier;
  left = Math.max(m, Math.min(left, innerWidth - tw - m));
  top = Math.max(ceiling, Math.min(top, innerHeight - th - m));
  // Rounded down the page: a place at a card's top (554.3 px) never rounds up over the
  // title that ends there.
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.ceil(top)}px)`;
  return row;
}

/**
 * Highlights figure `id` on chart `figure` with its tooltip, scrolling the chart into
 * view first; returns its tooltip row, or null where the chart does not draw that
 * figure. `options.keep` (a number that took focus) is never scrolled under the
 * language bar or out of view; `options.whole` (a number tapped, clicked or entered)
 * brings the whole chart into view below the bar, the number left behind.
 */
export function highlightFigure(set, figure, id, options = {}) {
  if (!figure.classList.contains('drawn')) return null;
  const row = rowsOf(set, figure.dataset.chart).findIndex((r) => r.id === id);
  const regions = set.charts.regions(figure.dataset.chart);
  let index = -1;
  for (let i = 0; i < regions.length / 5; i += 1) {
    if (regions[i * 5 + 4] === row) {
      index = i;
      break;
    }
  }
  if (row < 0 || index < 0) return null;
  // Instant, not smooth: the tooltip is placed from where the chart is now.
  const canvas = figure.querySelector('canvas');
  const k = zoom(canvas);
  const box = canvas.getBoundingClientRect();
  const top = box.top + regions[index * 5 + 1] * k;
  const region = { top, bottom: top + regions[index * 5 + 3] * k };
  const by = options.whole
    ? wholeScroll(withRow(figure, box), region, set.root) ?? wholeScroll(box, region, set.root)
    : keptScroll(box, region, options.keep);
  if (by) window.scrollBy(0, by);
  const shown = showTip(set, figure, index, options.keep);
  held(set)(shown && figure);
  return shown;
}

/**
 * Where the page's sticky language bar ends in the viewport (0 without one, or with it
 * scrolled away): nothing is brought into view or placed under it.
 */
function barBottom(root) {
  const bar = root.querySelector?.('.lang-switch');
  return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

/** The height the sticky bar covers once the page scrolls under it, and a margin. */
function barHeight(root) {
  const bar = root.querySelector?.('.lang-switch');
  return (bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0) + 16;
}

/**
 * The chart `figure` with its 数据与下载 row (its summary; not the open table under it),
 * from the figure's top: what a tap brings into view, so that the row is never left
 * under the screen's edge (tester s-test25's F13). `canvas` is the canvas's box.
 */
function withRow(figure, canvas) {
  const top = Math.min(figure.getBoundingClientRect().top, canvas.top);
  const row = figure.querySelector('details.data > summary');
  const bottom = Math.max(canvas.bottom, row ? row.getBoundingClientRect().bottom : canvas.bottom);
  return { top, bottom, whole: true };
}

/**
 * How far to scroll so that the whole chart (`box`) stands below the sticky bar; a chart
 * taller than the screen from its title down, or, where the figure's `region` would then
 * be left below the screen, with the region at the screen's foot. For the chart with its
 * row (`box.whole`), null where it is taller than the screen: the chart alone is then
 * brought in.
 */
function wholeScroll(box, region, root) {
  const high = barHeight(root);
  const low = innerHeight - 16;
  if (box.top >= high && box.bottom <= low) return 0;
  if (box.whole && box.bottom - box.top > low - high) return null;
  if (box.bottom - box.top <= low - high) return box.top < high ? box.top - high : box.bottom - low;
  if (region.bottom - (box.top - high) <= low) return box.top - high;
  return region.top >= high && region.bottom <= low ? 0 : region.bottom - low;
}

/**
 * How far to scroll so that the figure's `region` of the chart (`box`) is in view, never
 * so far that `keep` (the focused number) goes up under the language bar or down out of
 * view: the lead graphic stands far above the numbers it draws. Upwards, the chart from
 * its title where the region still fits, so that no part of it is left under the bar for
 * the next focus.
 */
function keptScroll(box, region, keep) {
  const kept = keep?.getBoundingClientRect();
  const room = kept ? kept.top - 72 : Infinity;
  const up = region.bottom - box.top + 88 <= innerHeight ? box.top - 72 : region.top - 72;
  if (region.bottom > innerHeight - 16) return Math.max(0, Math.min(region.bottom - innerHeight + 16, room));
  if (region.top < 72) return Math.min(0, Math.max(up, kept ? kept.bottom - innerHeight + 16 : -Infinity));
  return 0;
}

/** CSS pixels of the canvas on screen per CSS pixel of the chart's layout. */
export function zoom(canvas) {
  const layoutWidth = canvas.width / (window.devicePixelRatio || 1);
  return layoutWidth > 0 ? canvas.clientWidth / layoutWidth : 1;
}
