// The story page: language switch, live numbers, downloads and embed codes (their words are
// in the page, written by src/publish/disclosure.rs; the tools themselves are in
// story-tools.js), on top of the shared chart glue in charts.js.
import { load, ChartSet, showLoadError, ready, BASE, yieldToBrowser } from './charts.js';

// Each language has its own page, written whole at build time: index.html, en/index.html.
const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
const $ = (root, sel) => root.querySelector(sel);

// --- language switch -------------------------------------------------------------------
// The switch is a link to the other page; it takes the reader's place along: the block at
// the top of the window and how far into it, found again on the other page (the two have
// the same blocks in the same order, of other heights).
const PLACE = 'report-charts:place';
const BLOCKS = '.story-head, .part > h2, figure.chart, .story-foot';

function rememberPlace() {
  const blocks = [...document.querySelectorAll(BLOCKS)];
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > 0);
  if (i < 0) return;
  const r = blocks[i].getBoundingClientRect();
  try {
    sessionStorage.setItem(PLACE, JSON.stringify({ i, id: blocks[i].id, into: -r.top / Math.max(r.height, 1) }));
  } catch {
    // No storage (private mode, blocked): the other page opens at its top.
  }
}

/** Scrolls to the remembered place, if any, and says whether there was one; `done` forgets it. */
function restorePlace(done) {
  let place = null;
  try {
    place = JSON.parse(sessionStorage.getItem(PLACE));
    if (done) sessionStorage.removeItem(PLACE);
  } catch {
    return false;
  }
  const block = place && document.querySelectorAll(BLOCKS)[place.i];
  if (!block || block.id !== place.id || !Number.isFinite(place.into)) return false;
  const r = block.getBoundingClientRect();
  window.scrollTo(0, Math.max(0, window.scrollY + r.top + place.into * r.height));
  return true;
}

/** `?lang=en` on the Chinese page (and `?lang=zh` on the English one): go to that page. */
function followLangQuery() {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  const link = $(document, `.lang-switch a[hreflang="${asked === 'en' ? 'en' : 'zh-CN'}"]`);
  if (!asked || (asked === 'en') === (lang === 'en') || !link) return false;
  params.delete('lang');
  const url = new URL(link.href);
  url.search = params.toString();
  url.hash = location.hash;
  location.replace(url);
  return true;
}

// --- downloads and embed codes -------------------------------------------------------
// What the disclosure's tools do (the PNG drawn at the reader's width, the embed codes and
// their copy buttons) is in story-tools.js, which a reader's first use of one loads: it is
// no part of the first load. Here, what must be done at once: showing the tools that need
// script, the dark SVG offered on a dark page (before the link's own action), and a PNG
// link that must not follow its href.

let tools = null;
/** story-tools.js, imported once whatever the number of uses (it holds the tooltip layer too). */
const loadTools = () => (tools ??= import('./story-tools.js'));
/** Calls `use` with story-tools.js once it has loaded. */
const withTools = (use) => {
  // Unreachable (the reader went offline after the page loaded): the tool does nothing.
  loadTools().then(use, () => {});
};

function wireTools(set, figures) {
  // Embed codes need a served site; the one-file edition opened from disk has none.
  const served = location.protocol !== 'file:';
  for (const figure of figures) {
    const png = $(figure, '.dl-png');
    if (png) png.hidden = false;
    const codes = $(figure, '.embed-code');
    if (codes && served) codes.hidden = false;
  }
  // The SVG and CSV files were written at build time, in the page's language; the page
  // names the dark SVG too, offered when the page is dark.
  const light = new WeakMap();
  document.addEventListener('click', (e) => {
    const at = e.target instanceof Element ? e.target : null;
    const figure = at?.closest('figure[data-chart]');
    if (!figure) return;
    const svg = at.closest('.dl-svg');
    if (svg?.dataset.dark) {
      if (!light.has(svg)) light.set(svg, svg.getAttribute('href'));
      const href = set.theme() === 'dark' ? svg.dataset.dark : light.get(svg);
      svg.setAttribute('href', href);
      svg.download = href.split('/').pop();
    }
    if (at.closest('.dl-png')) {
      e.preventDefault();
      withTools((t) => t.png(set, figure));
    }
    const button = at.closest('.embed-code button');
    if (button && served) withTools((t) => t.copy(figure, button, BASE, lang));
  });
  // The codes are written when the disclosure or the codes open (toggle does not bubble).
  if (!served) return;
  document.addEventListener('toggle', (e) => {
    const details = e.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open || !details.matches('details.data, details.embed-code')) return;
    const figure = details.closest('figure[data-chart]');
    if (figure?.querySelector('.embed-code')) withTools((t) => t.fill(figure, BASE, lang));
  }, true);
}

// --- live numbers ---------------------------------------------------------------------
// Each number of the text that is a figure is a link to its chart (written by
// src/publish/story_text.rs). Focus or a tap brings the chart into view and highlights the
// figure on it with its tooltip; a mouse hover highlights it where the chart is in view
// (scrolling the page under a moving pointer would pull the text away from it). A number
// that takes focus is announced in the live region: label, value and change, and its
// chart's caption; one on no chart, its note (value and source).

function wireLiveNumbers(set) {
  /**
   * Shows the figure of `mark` on its chart, in the next frame: after the browser has
   * scrolled a focused mark into view, so that bringing the chart into view comes last.
   * `how` is 'hover' (only where the chart is in view), 'focus' (the chart into view, the
   * number kept in view) or 'tap' (a tap, click or Enter: the whole chart into view).
   * Returns whether the chart is there to show it on; `then` gets its tooltip row.
   */
  const shown = (mark, how, then = () => {}, still = () => true) => {
    const figure = document.getElementById(mark.getAttribute('href')?.slice(1) ?? '');
    // A chart still waiting to be drawn is drawn at once for a number that asks for it.
    if (how !== 'hover' && set.waiting.has(figure)) set.draw(figure);
    if (!figure?.classList.contains('drawn')) return false;
    if (how === 'hover') {
      const r = figure.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) return false;
    }
    // The tooltip layer first (loaded at the first number or chart a reader points at).
    set.withLayer(() => requestAnimationFrame(() => {
      // Focus or the pointer may have moved on within the frame: then nothing to show.
      if (!still()) return;
      const row = set.highlightFigure(figure, mark.dataset.figure, how === 'tap' ? { whole: true } : { keep: mark });
      for (const m of document.querySelectorAll('.fig.active')) m.classList.remove('active');
      if (!row) return;
      mark.classList.add('active');
      then(row, figure);
    }));
    return true;
  };
  // The number last clicked: the page scrolled its chart into view, away from under the
  // pointer, so its tooltip stays when the pointer leaves the number (until focus does).
  let pinned = null;
  // The number a pointer is pressing: its focus (which comes with the press) shows nothing,
  // the click does. Scrolling at the press would move the number from under the pointer
  // before its release, and the release elsewhere is no click.
  let pressed = null;
  // Said in the live region: the figure's label, value and change, and its chart's caption.
  const said = (row, figure) => set.announce(row, $(figure, 'figcaption')?.textContent ?? '');
  // On focus, which keeps the number in view: where its chart is still off screen, how to
  // bring it in (Enter), so that a keyboard reader hears why nothing moved.
  const focused = (row, figure) => {
    const r = figure.getBoundingClientRect();
    const enter = r.bottom <= 0 || r.top >= innerHeight ? document.querySelector('[data-enter]')?.dataset.enter : '';
    const caption = $(figure, 'figcaption')?.textContent ?? '';
    set.announce(row, enter ? `${caption} ${enter}` : caption);
  };
  const off = (mark) => {
    mark.classList.remove('active');
    set.hideTip();
  };
  for (const mark of document.querySelectorAll('a.fig[data-figure]')) {
    mark.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse') shown(mark, 'hover', undefined, () => mark.matches(':hover'));
    });
    mark.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && pinned !== mark && !set.tooltip.contains(e.relatedTarget)) off(mark);
    });
    mark.addEventListener('pointerdown', () => {
      pressed = mark;
    });
    mark.addEventListener('focus', () => {
      if (pressed === mark) {
        pressed = null;
        return;
      }
      shown(mark, 'focus', focused, () => document.activeElement === mark);
    });
    mark.addEventListener('blur', () => {
      pinned = null;
      pressed = null;
      off(mark);
    });
    // A tap, a click or Enter brings the whole chart into view with the figure shown on
    // it, instead of jumping there; without a drawn chart the link goes to the chart as it
    // does without script.
    mark.addEventListener('click', (e) => {
      pressed = null;
      if (!shown(mark, 'tap', said)) return;
      e.preventDefault();
      pinned = mark;
    });
  }
  // A number on no chart is a button that shows its note (src/publish/story_text.rs) on
  // focus, a tap, a click or Enter; Escape or leaving it hides it. story-tools.js shows
  // it, loaded at the first: its steps run in the order of the events, so that a number
  // left before the module came shows nothing.
  for (const mark of document.querySelectorAll('span.fig[data-figure]')) {
    const act = (what) => withTools((t) => t.note(set, mark, what));
    mark.addEventListener('focus', () => act('show'));
    mark.addEventListener('click', () => act('show'));
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        act('toggle');
      } else if (e.key === 'Escape') act('escape');
    });
    mark.addEventListener('blur', () => act('hide'));
  }
  // The browser leaves a focused element that is partly in view where it is, even under
  // the sticky language bar (the section list right above the lead graphic): below it.
  const bar = document.querySelector('.lang-switch');
  document.addEventListener('focusin', (e) => {
    const under = bar && !bar.contains(e.target) ? bar.getBoundingClientRect().bottom + 8 - e.target.getBoundingClientRect().top : 0;
    if (under > 0) window.scrollBy(0, -under);
  });
}

// --- start ----------------------------------------------------------------------------

/** Resolves once the whole page has been parsed (the module is async: it may run before). */
const parsed = new Promise((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', resolve, { once: true });
});

async function main() {
  // The page's first frame, which shows the first chart (its SVG is written into the
  // page), comes before any of the charts' work (issue 19): the module, when it arrives
  // while the page is parsed, runs between the parser's tasks, and the wasm's
  // instantiation and the data's decoding could follow there, before that paint (it came
  // 140–280 ms after that of the page without script, CPU 1× and 4×, s19x). The head's
  // preloads fetch both meanwhile; here, in the frame's callbacks, only their requests
  // are made: the work on what they bring comes in tasks after the paint.
  await new Promise(requestAnimationFrame);
  const loading = load(undefined, lang);
  // Its failure is handled below, maybe only once the page is parsed.
  loading.catch(() => {});
  // A language in the address, or a place kept by the language switch, needs the whole page.
  const place = (() => {
    try {
      return sessionStorage.getItem(PLACE) !== null;
    } catch {
      return false;
    }
  })();
  if (place || new URLSearchParams(location.search).has('lang')) await parsed;
  if (followLangQuery()) return;
  // A reader who switched language has seen the charts grow in on the other page.
  const switched = place && restorePlace(false);
  let charts;
  try {
    charts = await loading;
  } catch (e) {
    await parsed;
    showLoadError([...document.querySelectorAll('figure[data-chart]')], e, lang);
    ready(0);
    restorePlace(true);
    return;
  }
  // The wasm's instantiation and the data's decoding end the task they ran in (at CPU 4×
  // the two together with the first chart passed 50 ms, a long task; issue 19).
  await yieldToBrowser();
  // Its tooltip goes into the page's <main>.
  const set = new ChartSet(charts, [], document, { lang, motion: !switched, lazy: true, loadLayer: loadTools });
  // The module is async: the first chart is drawn as soon as the parser is past it, while
  // the rest of the article still arrives (issue 19: the first canvas had waited for the
  // whole parse).
  const first = document.querySelector('figure[data-chart]');
  if (first?.nextElementSibling) await set.add([first]);
  await parsed;
  document.querySelectorAll('.lang-switch a').forEach((a) => a.addEventListener('click', rememberPlace));
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  // The first screen's charts are drawn: `data-charts-shown`, the `charts-shown` mark.
  document.documentElement.dataset.chartsShown = await set.add(figures);
  performance.mark('charts-shown');
  // The charts further down are drawn in background tasks from now on, or when they come
  // near; `charts-ready` once every chart is.
  set.done = ready;
  set.settle();
  set.drawWhenIdle();
  // The canvases take their heights in the next frames, not those of the images they
  // replace: find the place again once they have.
  requestAnimationFrame(() => requestAnimationFrame(() => restorePlace(true)));
  wireTools(set, figures);
  wireLiveNumbers(set);
}

main();
