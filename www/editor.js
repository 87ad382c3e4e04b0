// The editor (issue 12): a desk turns a report's text into its charts in the browser.
// The whole pipeline runs in the editor's wasm (cargo feature `editor`): the draft, the
// validation with check-data's messages, the resolving and the story page's drawing.
// This file holds the page together; the logic is in Rust (src/edit/desk/, and the
// stateful Desk of src/edit/web/desk.rs that parses each version of the file once).
import init, * as wasm from './pkg/report_charts_editor.js';
import { UI } from './editor-words.js';
import { Store } from './editor-state.js';
import { Updates } from './editor-update.js';
import { el, annotate, nearest, focusKey, refocus, unreadable } from './editor-forms.js';
import { chartsPane, figurePane, metaPane, freshId } from './editor-panes.js';
import { Preview } from './editor-preview.js';
import { renderText, pressMarks, legend, offer } from './editor-text.js';
import { renderProblems, renderConfirm, placeOf } from './editor-status.js';
import { storageWorks, migrate, loadReport, freeSlug, keepAs } from './editor-store.js';
import { renderRecent, renderStorageAlert } from './editor-recent.js';
import { publish, saveJson, noteConfirmed, drafted, renderOne, runOne } from './editor-publish.js';
import { Link, draftIn } from './editor-link.js';
import { SETTLE_MS, Typing } from './editor-typing.js';

const $ = (id) => document.getElementById(id);
const UI_KEY = 'report-charts:editor-ui';
const messageOf = (e) => (e && e.message ? e.message : String(e));

let lang = 'zh';
try { lang = localStorage.getItem(UI_KEY) === 'en' ? 'en' : 'zh'; } catch { /* default */ }
let w = UI[lang];
let vocab = null;
// The one review of the file (problems, flags, what is left to confirm): see editor-status.js.
let review = { problems: [], figures_to_confirm: [], charts_to_confirm: [], to_confirm: '', done: false };
let marks = [];
// Whether the last write reached storage: while it does not, the page says so (issue 21 §2).
let storedOk = true;
// The interface language the text's marks were last laid out in.
let marksIn = null;
// The wasm's Desk for the report open: its text read once, the last file parsed once.
let desk = null;
let deskOf = null;
const measure = document.createElement('canvas');
// What the next update of the desk is sent: the items typed into, or the whole file.
const updates = new Updates();
const store = new Store(({ structural, key }) => {
  updates.note(key, structural);
  refresh(structural, !structural);
}, (ok) => {
  if (ok === storedOk) return;
  storedOk = ok;
  renderStorageAlert($('storage-alert'), ok, w, save);
});
const preview = new Preview($('preview'), $('preview-tools'), w, (i, figureId) => {
  const k = figureId ? (store.doc.figures || []).findIndex((f) => f.id === figureId) : -1;
  store.select({ chart: i, ...(k >= 0 ? { figure: k } : {}) });
  refresh(true);
});
preview.onOptions = () => { preview.invalidate(); refresh(false); };

const ui = {
  get lang() { return lang; },
  // Choosing a chart shows its figures: the figure form follows to its accent or first figure.
  selectChart(i) {
    const c = store.doc.charts?.[i];
    const fid = c?.accent || c?.figures?.[0];
    const k = (store.doc.figures || []).findIndex((f) => f.id === fid);
    store.select({ chart: i, figure: k >= 0 ? k : null });
    refresh(true);
    preview.reveal(i);
  },
  selectFigure(k) {
    const fid = store.doc.figures?.[k]?.id;
    const chart = (store.doc.charts || []).findIndex((c) => (c.figures || []).includes(fid));
    store.select({ figure: k, ...(chart >= 0 ? { chart } : {}) });
    refresh(true);
    $('figure-pane').scrollIntoView({ block: 'nearest' });
    if (chart >= 0) preview.reveal(chart);
  },
  isSelected: (m) => m.figure !== null && m.figure !== undefined && m.figure === store.sel.figure,
  words: (list, name) => vocab?.[list]?.find((v) => v.name === name)?.[lang] ?? name,
  // A figure as printed, to tell like-named figures apart: its value (or change) with its
  // unit, in the interface's language (800亿元 / 80 billion yuan).
  printed(f) {
    const unit = f?.unit || {};
    if (typeof f?.value === 'number') return wasm.value_printed(f.value, unit.zh || '', unit.en || '', lang);
    const c = f?.change;
    if (typeof c?.value !== 'number') return '';
    // A change counted in the figure's own unit (added, from) reads like a value.
    if (c.unit && c.unit === unit.zh) return wasm.value_printed(c.value, unit.zh, unit.en || '', lang);
    return wasm.change_printed(c.value, c.unit || '', lang);
  },
  // Confirming removes the draft's mark: one undo step, like every edit.
  confirmFigure(k) {
    noteConfirmed(store.confirmations, drafted(store.doc, (kind, _, j) => kind === 'figure' && j === k));
    store.edit(null, (d) => { delete d.figures[k].draft; });
  },
  confirmChart(i) {
    const ids = store.doc.charts?.[i]?.figures || [];
    noteConfirmed(store.confirmations, drafted(store.doc, (kind, x, j) => (kind === 'chart' ? j === i : ids.includes(x.id))));
    store.edit(null, (d) => {
      const c = d.charts[i];
      delete c.draft;
      for (const f of d.figures || []) if ((c.figures || []).includes(f.id)) delete f.draft;
    });
  },
  pickNumber(m, sentence, button) {
    if (m.status === 'charted' || m.status === 'figure') { ui.selectFigure(m.figure); return; }
    offer(button, m, sentence, w, vocab.skipReasons.map((r) => [r.name, r[lang]]), {
      add: () => addFigure(m, sentence),
      // An `unread` skip is the draft leaving the number to the desk: deciding replaces it.
      skip: (reason) => store.edit(null, (d) => {
        d.skips = d.skips || [];
        if (m.skip !== null && m.skip !== undefined) d.skips[m.skip].reason = reason;
        else d.skips.push({ number: m.number, sentence: sentence.text, reason });
      }),
      unskip: () => store.edit(null, (d) => { d.skips.splice(m.skip, 1); }),
    });
  },
};

function addFigure(m, sentence) {
  let figure;
  try {
    figure = JSON.parse(wasm.propose_figure(store.text, JSON.stringify(store.doc), sentence.text, m.number));
  } catch (e) {
    status(messageOf(e));
    return;
  }
  figure.id = (store.doc.figures || []).some((f) => f.id === figure.id) ? freshId(figure.id, store.doc.figures.map((f) => f.id)) : figure.id;
  store.edit(null, (d) => {
    d.figures = d.figures || [];
    // In the report's order: after the last figure of an earlier or the same sentence.
    const at = m.insert_at ?? d.figures.length;
    d.figures.splice(at, 0, figure);
    if (m.skip !== null && m.skip !== undefined) d.skips.splice(m.skip, 1);
    store.sel.figure = at;
  });
}

// The last status, by its words' key (and what follows them), or as words of the
// language (a function of the table and of the review), so that it follows the language
// switch and every update: a refusal to publish that counts problems counts them as
// they are now, and says nothing once they are gone (issue 21: no stale status).
let said = null;
function status(text, key = null) {
  said = key || typeof text === 'function' ? { key, rest: text } : null;
  const rest = typeof text === 'function' ? text(w, review) : text;
  const line = key ? `${w[key]}${rest}` : rest;
  if ($('status').textContent !== line) $('status').textContent = line;
}

/** The data file as JSON text, and the name its messages give it. */
const json = () => JSON.stringify(store.doc);
/** The names of report `slug`'s files, from the one module that owns them (src/publish/files.rs). */
const namesOf = (slug) => JSON.parse(wasm.file_names(slug));
const fileName = () => namesOf(store.slug).data;

// Typing: the update waits for the desk to pause, and is read in the worker
// (editor-typing.js). Leaving the field sends it at once; saving, publishing and any
// structural edit read the file on the page, at once, so that the status they act on is
// the file's as typed. Other redraws wait for one frame.
let pending = 0;
const link = new Link(new URL('editor-worker.js', import.meta.url));
const typing = new Typing(link, {
  store,
  updates,
  file: () => fileName(),
  json,
  langs: () => ({ words: lang, lang: preview.opts.lang }),
  redraw: () => redraw(false),
  show: showAnswer,
  busy,
});
function refresh(structural, typed = false) {
  if (!store.doc) return;
  if (typed) {
    typing.typed();
    return;
  }
  if (!structural) {
    if (!pending) pending = requestAnimationFrame(() => { pending = 0; redraw(false); });
    return;
  }
  if (pending) cancelAnimationFrame(pending);
  pending = 0;
  redraw(true);
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
function settleTyping() {
  if (typing.pending && store.doc) redraw(false);
}

/** The desk of the report open: made anew for another report, told when its text changes. */
function theDesk() {
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
  review = withTyped(update);
  // A keystroke mostly changes no problem: the lists and flags are laid out again only
  // when what they say changed (or the forms were), so that typing costs no layout.
  // A problem is named by its figure's label or chart's title: typing into one renames it.
  const places = review.problems.map((p) => placeOf(p.path, store.doc, w, lang));
  const now = JSON.stringify([lang, review.problems, places, review.to_confirm, review.to_decide, review.done]);
  if (structural || now !== reviewSaid) {
    renderProblems($('problems'), $('problems-h'), review, store.doc, w, lang, focusPath);
    renderConfirm($('confirm'), review, w, { next: nextToConfirm, all: confirmAll, decide: nextToDecide });
    // A status that reads the review says what it says now.
    if (said && typeof said.rest === 'function') status(said.rest, said.key);
  }
  if (structural) {
    $('charts').replaceChildren(chartsPane(store, w, vocab, ui));
    $('figure').replaceChildren(figurePane(store, w, vocab, ui));
    $('meta').replaceChildren(metaPane(store, w));
  }
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

/**
 * The desk's review with what the forms hold that the file cannot (a value typed that is
 * no number) among its problems: the list, the flags and 发布 all see it.
 */
function withTyped(update) {
  if (!unreadable.size) return update;
  const typed = [...unreadable].map(([path, u]) => ({ path, message: w.notANumber(u.text, u.last), about: 'file' }));
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
function confirmAll() {
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
    if (before && structural) pressMarks($('text'), marks, ui);
  } else if (structural) {
    pressMarks($('text'), marks, ui);
  }
}

/** Selects what `path` is in, and focuses its field. */
function focusPath(path) {
  const fig = path.match(/^figures\[(\d+)\]/);
  const chart = path.match(/^charts\[(\d+)\]/);
  if (fig) store.select({ figure: Number(fig[1]) });
  if (chart) store.select({ chart: Number(chart[1]) });
  if (path.startsWith('meta') || path.startsWith('sections')) $('meta-pane').open = true;
  refresh(true);
  const controls = new Map([...document.querySelectorAll('.edit-pane [data-path]')].map((c) => [c.dataset.path, c]));
  const control = nearest(controls, path);
  // An id's field is behind the advanced disclosure.
  control?.closest('details')?.setAttribute('open', '');
  if (control) {
    control.focus();
    control.scrollIntoView({ block: 'center' });
  }
  if (chart) preview.reveal(Number(chart[1]));
}

// --- opening, saving -------------------------------------------------------------------

/**
 * The data file the draft writes for `text`, as JSON text: in the worker, so that the
 * page answers meanwhile; on the page where a worker cannot run.
 */
const draftOf = (text) => draftIn(link, text, () => wasm.draft_data(text));

/**
 * The name of a pasted report nobody named: its place as the draft read it and the year
 * its title prints (guangxi-2026), with a suffix when a stored report has it already.
 */
function nameOf(doc) {
  const m = doc?.meta || {};
  const year = Number.isInteger(m.year) ? m.year : 0;
  return freeSlug(wasm.report_slug(m.place?.zh || '', m.title?.zh || '', year));
}

/**
 * Opens `slug` over its stored state: when that has edits not downloaded, they are kept
 * under another name of the recent list first (after asking). Null when the desk said no.
 */
function clearSlot(slug) {
  const kept = loadReport(slug);
  if (!kept || kept.changed <= kept.downloaded) return '';
  const as = freeSlug(slug);
  // eslint-disable-next-line no-alert
  if (!window.confirm(w.replaceAsk(slug, as))) return null;
  return keepAs(slug, as) ? w.keptAs(slug, as) : null;
}

/**
 * Starts editing `text` with data file `data` (JSON text), or drafts one when there is
 * none. `slug` null: the report is named after the draft's place and year.
 */
async function start(slug, text, data) {
  const failed = (message) => {
    // The open screen stays as it was: no status of a draft that did not happen.
    status('');
    return message;
  };
  let doc;
  if (data) {
    try {
      doc = JSON.parse(data);
    } catch {
      // In check-data's words: the file, where and what.
      const file = namesOf(slug).data;
      const check = new wasm.Desk(file, '', measure);
      const [{ path: where, message: what } = {}] = JSON.parse(check.update(data, lang, lang)).problems;
      check.free();
      return failed(`${w.notJson}${file}${where ? `${w.colon}${where}` : ''}${w.colon}${what}`);
    }
  } else {
    if (!text.trim()) return failed(w.noText);
    if (!wasm.draft_data) return failed(w.noDraft);
    try {
      status('', 'drafting');
      doc = JSON.parse(await draftOf(text));
    } catch (e) {
      return failed(messageOf(e));
    }
  }
  const name = slug || nameOf(doc);
  const keptAs = clearSlot(name);
  if (keptAs === null) return failed(w.kept(name));
  store.open(name, text, doc);
  await show();
  if (data) status(` ${name}${keptAs}`, 'opened');
  else status(keptAs, 'drafted');
  return null;
}

/** A moment for the page to answer: opening a long report is several tasks, none long. */
const yieldTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });

async function show() {
  // What was typed into another report's fields is no problem of this one.
  unreadable.clear();
  // The address no longer names a report: a reload resumes the one open now.
  if (location.search) history.replaceState(null, '', location.pathname);
  $('open').hidden = true;
  $('desk').hidden = false;
  // Another document: the desk reads it whole.
  updates.reset();
  deskTools(true);
  // Reading the text (the desk) and the first update of its file are tasks of their own.
  await yieldTask();
  theDesk();
  await yieldTask();
  refresh(true);
  // The worker that reads typing starts now, in a task of its own: started at the first
  // update of typing, it cost that keystroke some 5 ms of the page's time (measured on Xihu).
  await yieldTask();
  link.start();
}

/** What acts on the report open: hidden or disabled while the open screen shows. */
function deskTools(on) {
  $('confirm').hidden = !on;
  for (const id of ['undo', 'redo', 'save', 'publish']) if (!on) $(id).disabled = true;
  $('one-file').hidden = !on;
}

function showOpen() {
  renderRecent($('recent'), w, lang, reopen);
  deskTools(false);
  $('desk').hidden = true;
  $('open').hidden = false;
  $('open-text').focus();
}

async function readFile(input) {
  const f = input.files?.[0];
  return f ? { name: f.name, text: await f.text() } : null;
}

async function openFromForm() {
  // Opening a long text takes a moment: one opening at a time.
  $('open-go').disabled = true;
  try {
    await openForm();
  } finally {
    $('open-go').disabled = false;
  }
}

async function openForm() {
  const txt = await readFile($('open-txt'));
  const data = await readFile($('open-json'));
  const text = txt ? txt.text : $('open-text').value;
  const named = (data?.name || txt?.name || '').replace(/\.(txt|json)$/i, '');
  // Nobody named it: the draft's place and year will (never one shared default name).
  const slug = ($('open-slug').value.trim() || named).replace(/[^a-z0-9-]+/gi, '-').toLowerCase() || null;
  const error = await start(slug, text, data?.text);
  $('open-error').hidden = !error;
  $('open-error').textContent = error || '';
  // Opened: the form starts empty for the next report, so that no name carries over to it.
  if (!error) for (const id of ['open-text', 'open-slug', 'open-txt', 'open-json']) $(id).value = '';
}

/** `editor.html?report=SLUG`: the site's data/SLUG.txt and data/SLUG.json (if it has one). */
async function openFromSite(slug) {
  status('', 'loading');
  const get = async (name) => {
    const r = await fetch(new URL(name, document.baseURI));
    return r.ok ? r.text() : null;
  };
  const { open } = namesOf(slug);
  const [text, data] = await Promise.all([get(open.text), get(open.data)]);
  const error = await start(slug, text || '', data);
  if (error) {
    status(error);
    showOpen();
  }
}

/** Opens report `slug` as it was left: its document, selection and undo history. */
async function reopen(slug) {
  if (!store.resume(slug)) return;
  await show();
  status(` ${slug}`, 'resumed');
}

/** 发布: the publish check, then the whole site as a ZIP (editor-publish.js). */
async function publishSite() {
  refresh(true);
  $('publish').disabled = true;
  const progress = (done, total) => status(w.publishing(done, total));
  try {
    const r = await publish(store, { wasm, w, lang, review, confirmAll, progress });
    if (r.error) status(r.error);
    else status(` ${r.done}`, 'published');
  } finally {
    $('publish').disabled = false;
  }
}

/** A single file (editor-publish.js): a chart's PNG, its embed code, or the long image. */
async function publishOne(job) {
  settleTyping();
  status(w.loading);
  const r = await runOne(job, store, { wasm, w, lang });
  if (r.error) status(r.error);
  else if (r.copied !== undefined) status(`${r.copied ? w.copied : w.copyByHand}${r.done}`);
  else status(` ${r.done}`, 'saved');
}

/** Leaves the report for the open screen, asking first when its edits would be lost. */
function leave() {
  // eslint-disable-next-line no-alert
  if (!storedOk && store.unsaved && !window.confirm(w.leaveAsk)) return;
  showOpen();
}

function save() {
  settleTyping();
  const r = saveJson(store, wasm);
  if (r.error) status(r.error);
  else status(` ${r.done}`, 'saved');
}

// --- the page's words ------------------------------------------------------------------

function words() {
  w = UI[lang];
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = `${w.title} · report-charts`;
  const set = { 'ed-title': w.title, undo: w.undo, redo: w.redo, save: w.save, publish: w.publish, reopen: w.newReport, 'open-h': w.open,
    'open-text-l': w.paste, 'open-txt-l': w.textFile, 'open-json-l': w.dataFile, 'open-slug-l': w.slug, 'open-go': w.start,
    'text-h': w.text, 'meta-h': w.meta, 'charts-h': w.charts, 'figure-h': w.figures, 'preview-h': w.preview };
  set['one-file-h'] = w.oneFiles;
  for (const [id, t] of Object.entries(set)) $(id).textContent = t;
  $('open-slug').placeholder = w.slugAuto;
  if ($('one-file').open) renderOne($('one-tools'), store, w, publishOne);
  if (said) status(said.rest, said.key);
  $('ui-lang').textContent = w.lang;
  $('ui-lang').lang = w.langName;
  preview.renderTools(w);
  renderStorageAlert($('storage-alert'), storedOk, w, save);
  if (!$('open').hidden) renderRecent($('recent'), w, lang, reopen);
}

async function main() {
  words();
  $('ui-lang').addEventListener('click', () => {
    lang = lang === 'en' ? 'zh' : 'en';
    try { localStorage.setItem(UI_KEY, lang); } catch { /* this page only */ }
    words();
    refresh(true);
  });
  // Focus on another field ends the undo step of the field left. Buttons and links do
  // not (a problem's link leads back into the field it names), and a field redrawn under
  // the desk's fingers keeps its path, and so its step.
  document.addEventListener('focusin', (e) => {
    const path = e.target.dataset?.path;
    if (path !== undefined && path !== store.lastKey) {
      store.seal();
      typing.now();
    }
  });
  // The fields' forms are never sent: Enter in a field submits nothing.
  for (const id of ['meta', 'figure', 'charts']) $(id).addEventListener('submit', (e) => e.preventDefault());
  $('undo').addEventListener('click', () => store.undo());
  $('redo').addEventListener('click', () => store.redo());
  $('save').addEventListener('click', save);
  $('publish').addEventListener('click', publishSite);
  $('one-file').addEventListener('toggle', () => {
    if ($('one-file').open) renderOne($('one-tools'), store, w, publishOne);
  });
  $('reopen').addEventListener('click', leave);
  // Edits that are neither stored nor downloaded would go with the tab: the browser asks.
  window.addEventListener('beforeunload', (e) => {
    store.flush();
    if (!storedOk && store.unsaved) e.preventDefault();
  });
  // Typing is stored when the desk pauses: leaving or hiding the page stores it at once.
  window.addEventListener('pagehide', () => store.flush());
  document.addEventListener('visibilitychange', () => { if (document.hidden) store.flush(); });
  $('open-go').addEventListener('click', openFromForm);
  // A chosen file names the report (the data file's name first), unless the desk typed one.
  for (const id of ['open-txt', 'open-json']) {
    $(id).addEventListener('change', () => {
      const f = $('open-json').files?.[0] || $('open-txt').files?.[0];
      const slug = $('open-slug');
      if (f && (!slug.value || slug.dataset.auto)) {
        slug.value = f.name.replace(/\.(txt|json)$/i, '');
        slug.dataset.auto = '1';
      }
    });
  }
  $('open-slug').addEventListener('input', () => delete $('open-slug').dataset.auto);
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || $('desk').hidden) return;
    const key = e.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) store.redo(); else store.undo();
    } else if (key === 's') {
      e.preventDefault();
      save();
    }
  });
  try {
    await init({ module_or_path: new URL('pkg/report_charts_editor_bg.wasm', import.meta.url) });
  } catch (e) {
    status(messageOf(e));
    return;
  }
  vocab = JSON.parse(wasm.vocabulary());
  if (!storageWorks()) {
    storedOk = false;
    renderStorageAlert($('storage-alert'), false, w, save);
  }
  migrate();
  const slug = new URLSearchParams(location.search).get('report');
  const site = slug && /^[a-z0-9-]+$/.test(slug);
  // A report with a stored state opens as the desk left it, never replaced by the site's.
  if (store.resume(site ? slug : undefined)) {
    await show();
    status(` ${store.slug}`, 'resumed');
  } else if (site) {
    await openFromSite(slug);
  } else {
    showOpen();
  }
  document.body.dataset.ready = '1';
}

main();
