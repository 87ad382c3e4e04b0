// The editor's update loop: the desk's update of the file (in the worker while the desk
// types, on the page otherwise) shown as the problems list, the flags, the forms, the
// text's marks and the preview.
import * as wasm from './pkg/report_charts_editor.js';
import {
  $, lang, w, vocab, review, setReview, said, measure, updates, store, preview, link, status, json, fileName,
} from './editor-page.js';
import { ui } from './editor-ui.js';
import { el, annotate, nearest, focusKey, refocus, unreadable, replaceForms } from './editor-forms.js';
import { chartsPane, figurePane, metaPane, relist } from './editor-panes.js';
import { renderText, pressMarks, legend, explainMarks } from './editor-text.js';
import { explain } from './editor-whys.js';
import { renderProblems, renderConfirm, placeOf } from './editor-status.js';
import { setAt } from './editor-state.js';
import { retitled } from './editor-retitle.js';
import { noteConfirmed, drafted } from './editor-publish.js';
import { SETTLE_MS, Typing } from './editor-typing.js';

// A broken chart's box says what is wrong as the problems list does: at its fields, in
// the desk's words and language, never as the path of a JSON file the desk never saw
// (README, Editor: tester s-test24 F8).
preview.brokenSays = (i) => review.problems
  .filter((p) => p.path[0] === 'charts' && p.path[1] === i)
  .map((p) => `${placeOf(p.path, store.doc, w, lang)} ${p.message}`)
  .join('\n');

let marks = [];
// The interface language the text's marks were last laid out in.
let marksIn = null;
// The wasm's Desk for the report open: its text read once, the last file parsed once.
let desk = null;
let deskOf = null;

// Typing: the update waits for the desk to pause, and is read in the worker
// (editor-typing.js). Leaving the field sends it at once; saving, publishing and any
// structural edit read the file on the page, at once, so that the status they act on is
// the file's as typed. Other redraws wait for one frame.
let pending = 0;
export const typing = new Typing(link, {
  store,
  updates,
  file: () => fileName(),
  json,
  langs: () => ({ words: lang, lang: preview.opts.lang }),
  redraw: () => redraw(false),
  show: showAnswer,
  busy,
});
export function refresh(structural, typed = false) {
  if (!store.doc) return;
  if (typed) {
    typing.typed();
    return;
  }
  if (!structural) {
    if (!pending) pending = requestAnimationFrame(() => { pending = 0; redraw(false); });
    return;
  }
  // A field left by pressing a button (a label typed, then 新建图表 at once) edits the file
  // as it blurs; laid out again then, the forms would replace, or move, the button under
  // the pressed pointer, and its click would be lost. The forms wait for the release: the
  // button's own click lays them out, else the next task does.
  if (press.down) {
    press.later = true;
    return;
  }
  press.later = false;
  if (pending) cancelAnimationFrame(pending);
  pending = 0;
  redraw(true);
}

// A button pressed and not yet released, and whether a structural redraw waits for it.
const press = { down: false, later: false };
document.addEventListener('pointerdown', (e) => {
  press.down = e.button === 0 && Boolean(e.target.closest?.('button'));
}, true);
for (const type of ['pointerup', 'pointercancel']) {
  document.addEventListener(type, () => {
    if (!press.down) return;
    press.down = false;
    // After the click this release makes, which may have redrawn already, or left the
    // desk (新建报告): then there is nothing to lay out.
    setTimeout(() => {
      if (press.later && !$('desk').hidden) refresh(true);
      press.later = false;
    });
  }, true);
}

/** Whether what the status shows waits for an update: a test, or a screen reader, can tell. */
function busy(on) {
  const pane = $('problems-pane');
  if (pane.getAttribute('aria-busy') !== String(on)) pane.setAttribute('aria-busy', String(on));
}

// The charts' bytes of a worker's answer the page's desk has not read yet: while the desk
// types, an answer shows its status (the list, the flags, the marks) and leaves its charts
// until the keys stop (the next answer, or SETTLE_MS without a key), so that no keystroke
// also pays for decoding and drawing charts (issue 21 §4). The newest bytes are the whole
// resolved file; read at last, the desk compares them with the charts it drew, so every
// chart changed meanwhile is drawn again. A reading on the page replaces them (redraw).
let unread = null;
let unreadLater = 0;

/**
 * Shows the worker's `answer`: its update, and its charts for the page's desk to draw
 * (none sent when none changed: the page's desk holds them already).
 */
function showAnswer(answer) {
  const update = JSON.parse(answer.json);
  // The lines whose marks changed, on the marks the page shows (editor-worker.js); marks
  // of another base (which the worker is told of, so this is a safety net) are read on
  // the page, whole.
  const delta = update.marks_delta;
  if (delta) {
    if (delta.base !== updates.shown || marksIn !== lang || marks.length !== delta.n) {
      redraw(false);
      return;
    }
    update.marks = marks.slice();
    for (const [i, line] of delta.lines) update.marks[i] = line;
  }
  // A file that does not read has no charts: the bytes wait for one that does.
  unread = answer.wire ?? unread;
  clearTimeout(unreadLater);
  unreadLater = 0;
  if (!update.error && unread && typing.typing && preview.holds(update)) {
    for (const c of update.charts) c.changed = false;
    preview.hold(true);
    unreadLater = setTimeout(readUnread, SETTLE_MS);
  } else if (!update.error && unread) {
    const changed = theDesk().show(unread);
    unread = null;
    preview.hold(false);
    update.charts.forEach((c, i) => { c.changed = changed[i] === 1; });
  }
  present(update, false);
}

/** Draws the charts an answer left while the desk typed, once the keys stopped. */
function readUnread() {
  unreadLater = 0;
  if (!unread) return;
  // Still typing, or an answer on its way (which reads them): not yet.
  if (typing.typing || typing.pending) {
    unreadLater = setTimeout(readUnread, SETTLE_MS);
    return;
  }
  const changed = theDesk().show(unread);
  unread = null;
  preview.hold(false);
  preview.redraw(changed);
}

/** Redraws at once what typing left to redraw (before anything reads the review). */
export function settleTyping() {
  if (typing.pending && store.doc) redraw(false);
}

/** The desk of the report open: made anew for another report, told when its text changes. */
export function theDesk() {
  if (!desk || deskOf.file !== fileName()) {
    desk?.free();
    desk = new wasm.Desk(fileName(), store.text, measure);
    updates.reset();
  } else if (deskOf.text !== store.text) {
    desk.set_text(store.text);
  }
  deskOf = { file: fileName(), text: store.text };
  return desk;
}

// What the problems list and the flags last said, to lay them out again only when that changes.
let reviewSaid = null;

/** Reads the file on the page, at once, and shows it: what the worker was asked is older. */
function redraw(structural) {
  typing.overtaken();
  unread = null;
  clearTimeout(unreadLater);
  unreadLater = 0;
  preview.hold(false);
  // One update of the desk (of the items typed into, or of the whole file): the review,
  // the marks and the preview's charts.
  present(updates.of(theDesk(), store.doc, json, lang, preview.opts.lang), structural);
}

/** Shows the desk's `update`: the status, the forms (after a structural edit), the marks, the preview. */
function present(update, structural) {
  const focused = structural ? focusKey(document.activeElement) : null;
  busy(typing.waiting);
  updates.showing(update);
  setReview(withTyped(update));
  // A keystroke mostly changes no problem: the lists and flags are laid out again only
  // when what they say changed (or the forms were), so that typing costs no layout.
  // A problem is named by its figure's label or chart's title: typing into one renames it.
  const places = review.problems.map((p) => placeOf(p.path, store.doc, w, lang));
  const now = JSON.stringify([lang, review.problems, places, review.to_confirm, review.to_decide, review.done, review.retitles]);
  if (structural || now !== reviewSaid) {
    renderProblems($('problems'), $('problems-h'), review, store.doc, w, lang, focusPath, retitle);
    renderConfirm($('confirm'), review, w, { next: nextToConfirm, all: confirmAll, decide: nextToDecide });
    // A status that reads the review says what it says now.
    if (said && typeof said.rest === 'function') status(said.rest, said.key);
  }
  if (structural) {
    ui.printedAll = theDesk().printed(lang);
    layForms();
  } else relist($('charts'), store, w, ui);
  if (structural || now !== reviewSaid) {
    annotate($('charts'), review.problems);
    annotate($('figure'), review.problems);
    annotate($('meta'), review.problems);
  }
  reviewSaid = now;
  renderMarks(update.marks, structural);
  preview.show(theDesk(), update, store.doc, store.sel.chart);
  if (structural) refocus(focused);
  $('undo').disabled = !store.undoStack.length;
  $('redo').disabled = !store.redoStack.length;
  $('save').disabled = false;
  $('publish').disabled = false;
}

/** Lays out the forms of the report's texts, the selected figure and the charts. */
function layForms() {
  replaceForms(() => {
    $('charts').replaceChildren(chartsPane(store, w, vocab, ui));
    $('figure').replaceChildren(figurePane(store, w, vocab, ui));
    $('meta').replaceChildren(metaPane(store, w));
  });
}

/**
 * Shows what another tab changed of the report: `items` (`Store.follow`), its text the
 * same. As for typing, the worker's desk reads those items, off the page's thread, and the
 * page shows its answer and draws the charts it changed; the forms, which may show any of
 * them, are laid out again now, the field in focus kept.
 */
export function followItems(items) {
  for (const item of items) updates.noteItem(item);
  const focused = focusKey(document.activeElement);
  layForms();
  for (const id of ['charts', 'figure', 'meta']) annotate($(id), review.problems);
  refocus(focused);
  typing.send();
}

/**
 * The desk's review with what the forms hold that the file cannot (a value typed that is
 * no number) among its problems: the list, the flags and 发布 all see it.
 */
function withTyped(update) {
  if (!unreadable.size) return update;
  const typed = [...unreadable.values()].map((u) => ({ path: u.at, message: w.notANumber(u.text, u.last), about: 'file' }));
  return { ...update, problems: [...update.problems, ...typed], done: false };
}

/** Selects the next figure the desk has not confirmed, after the selected one. */
function nextToConfirm() {
  settleTyping();
  const left = review.figures_to_confirm;
  const k = left.find((x) => x > (store.sel.figure ?? -1)) ?? left[0];
  if (k !== undefined) ui.selectFigure(k);
  $('figure-pane').querySelector('#confirm-figure')?.focus({ preventScroll: true });
}

// The last undecided number reached by 处理下一个, by its place among the text's numbers
// (the same after a decision: a decision changes a number's colour, not the numbers).
let decidedAt = -1;

/** Opens the choices of the next undecided number of the text, after the last one reached. */
function nextToDecide() {
  settleTyping();
  const all = [...$('text').querySelectorAll('.num')];
  const open = all.filter((b) => b.classList.contains('undecided'));
  const next = open.find((b) => all.indexOf(b) > decidedAt) || open[0];
  if (!next) return;
  decidedAt = all.indexOf(next);
  next.scrollIntoView({ block: 'center' });
  next.click();
}

/** Confirms every figure and chart at once: one undo step. */
export function confirmAll() {
  noteConfirmed(store.confirmations, drafted(store.doc), 'all');
  store.edit(null, (d) => {
    for (const x of [...(d.figures || []), ...(d.charts || [])]) delete x.draft;
  });
}

/**
 * Lays the text out again when its marks changed (`fresh`, from the desk's update); after
 * another structural edit it only presses the selected figure's numbers.
 */
function renderMarks(fresh, structural) {
  if (!store.text) {
    $('text').replaceChildren(el('pre', { class: 'plain', text: '' }));
    return;
  }
  if (fresh || marksIn !== lang) {
    // The same text in the same words: only the lines whose marks changed are laid out.
    const before = marksIn === lang ? marks : null;
    marks = fresh || marks;
    marksIn = lang;
    renderText($('text'), marks, w, ui, before);
    $('legend').replaceChildren(...legend(w, marks));
    // Why each undecided number is, once the drafter says: on the marks shown then.
    explain(marks, () => explainMarks($('text'), marks, w, ui));
    if (before && structural) pressMarks($('text'), marks, ui);
  } else if (structural) {
    pressMarks($('text'), marks, ui);
  }
}

/** Writes the title at `steps` as `title`: the one-click fix of a title at fault, one undo step. */
function retitle(steps, title) {
  store.edit(steps, (doc) => {
    setAt(doc, steps, title);
    const [list, i, , lang] = steps;
    if (list === 'charts' && doc.charts?.[i]) retitled(doc, doc.charts[i], lang);
  }, true);
}

/** Selects what the path `steps` is in, and focuses its field. */
function focusPath(steps) {
  const [list, i] = steps;
  const chart = list === 'charts' && typeof i === 'number' ? i : null;
  if (list === 'figures' && typeof i === 'number') store.select({ figure: i });
  if (chart !== null) store.select({ chart });
  if (list === 'meta' || list === 'sections') $('meta-pane').open = true;
  refresh(true);
  const controls = new Map([...document.querySelectorAll('.edit-pane [data-path]')].map((c) => [c.dataset.path, c]));
  const control = nearest(controls, steps);
  // An id's field is behind the advanced disclosure.
  control?.closest('details')?.setAttribute('open', '');
  if (control) {
    control.focus();
    control.scrollIntoView({ block: 'center' });
  }
  if (chart !== null) preview.reveal(chart);
}
