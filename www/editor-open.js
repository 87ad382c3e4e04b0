// Opening a report (pasted, from files, from the site, or resumed), saving and publishing it.
import * as wasm from './pkg/report_charts_editor.js';
import {
  $, messageOf, lang, w, review, storedOk, measure, updates, store, link, status, namesOf, showRev,
} from './editor-page.js';
import { refresh, settleTyping, theDesk, confirmAll, followItems } from './editor-show.js';
import { unreadable } from './editor-forms.js';
import { loadReport, freeSlug, keepAs, storedRev } from './editor-store.js';
import { renderRecent, renderConflict } from './editor-recent.js';
import { publish, saveJson, runOne } from './editor-publish.js';
import { drafter } from './editor-drafter.js';
import { draftIn, nameIn } from './editor-link.js';
import { key } from './editor-state.js';

/**
 * The data file the draft writes for `text`, as JSON text: in the worker, so that the
 * page answers meanwhile; on the page where a worker cannot run. Either way by the
 * drafter's wasm (editor-drafter.js).
 */
const draftOf = (text) => draftIn(link, text, async () => (await drafter()).draft_data(text));

/**
 * The name of a pasted report nobody named: its place as the draft read it and the year
 * its title prints (guangxi-2026), with a suffix when a stored report has it already.
 * By the drafter's wasm, which drafted it (editor-link.js).
 */
async function nameOf(doc) {
  const m = doc?.meta || {};
  const year = Number.isInteger(m.year) ? m.year : 0;
  const name = [m.place?.zh || '', m.title?.zh || '', year];
  return freeSlug(await nameIn(link, name, async () => (await drafter()).report_slug(...name)));
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
/** Characters of a text long enough to ask before drafting it (start). */
const LONG_TEXT = 60_000;

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
      const [{ path = [], message: what } = {}] = JSON.parse(check.update(data, lang, lang)).problems;
      const where = key(path);
      check.free();
      return failed(`${w.notJson}${file}${where ? `${w.colon}${where}` : ''}${w.colon}${what}`);
    }
  } else {
    if (!text.trim()) return failed(w.noText);
    // More than twice the longest work report (a province's, some 26,000 characters):
    // most likely several texts pasted at once, whose draft would take minutes and
    // leave thousands of numbers to confirm. The desk decides.
    // eslint-disable-next-line no-alert
    if (text.length > LONG_TEXT && !window.confirm(w.longAsk(text.length))) return failed(w.notDrafted);
    try {
      status('', 'drafting');
      doc = JSON.parse(await draftOf(text));
    } catch (e) {
      return failed(messageOf(e));
    }
  }
  const name = slug || await nameOf(doc);
  const keptAs = clearSlot(name);
  if (keptAs === null) return failed(w.kept(name));
  store.open(name, text, doc);
  await show();
  if (data) status(` ${name}${keptAs}`, 'opened');
  // What is left to confirm, as it is now: the line follows every confirm (issue 18).
  else status((words, r) => `${words.drafted(r)}${keptAs}`);
  return null;
}

/** A moment for the page to answer: opening a long report is several tasks, none long. */
const yieldTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });

export async function show() {
  // What was typed into another report's fields is no problem of this one.
  unreadable.clear();
  // The address no longer names a report: a reload resumes the one open now.
  if (location.search) history.replaceState(null, '', location.pathname);
  $('open').hidden = true;
  $('desk').hidden = false;
  // Another document: the desk reads it whole.
  updates.reset();
  conflict();
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

export function showOpen() {
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

export async function openFromForm() {
  // Opening a long text takes a moment: one opening at a time.
  $('open-go').disabled = true;
  try {
    await openForm();
  } finally {
    $('open-go').disabled = false;
  }
}

async function openForm() {
  // What went wrong with the last attempt is no word on this one.
  $('open-error').hidden = true;
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
  if (!error) {
    for (const id of ['open-text', 'open-slug', 'open-txt', 'open-json']) $(id).value = '';
    // The file buttons' names beside them follow (a value set by script fires no event).
    for (const id of ['open-txt', 'open-json']) $(id).dispatchEvent(new Event('change'));
  }
}

/** `editor.html?report=SLUG`: the site's data/SLUG.txt and data/SLUG.json (if it has one). */
export async function openFromSite(slug) {
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
export async function reopen(slug) {
  if (!store.resume(slug)) return;
  await show();
  status(` ${slug}`, 'resumed');
}

/** 发布: the publish check, then the whole site as a ZIP (editor-publish.js). */
export async function publishSite() {
  refresh(true);
  $('publish').disabled = true;
  const progress = (done, total) => status(w.publishing(done, total));
  try {
    const r = await publish(store, { wasm, w, lang, review, confirmAll, progress });
    if (r.error) status(r.error);
    // 已发布：name, Published: name: the words end in their colon and its space.
    else status(r.done, 'published');
  } finally {
    $('publish').disabled = false;
  }
}

/** A single file (editor-publish.js): a chart's PNG, its embed code, or the long image. */
export async function publishOne(job) {
  settleTyping();
  status(w.loading);
  const r = await runOne(job, store, { wasm, w, lang });
  if (r.error) status(r.error);
  else if (r.copied !== undefined) status(`${r.copied ? w.copied : w.copyByHand}${r.done}`);
  else status(` ${r.done}`, 'saved');
}

/** Leaves the report for the open screen, asking first when its edits would be lost. */
export function leave() {
  // eslint-disable-next-line no-alert
  if ((!storedOk || store.conflict) && store.unsaved && !window.confirm(w.leaveAsk)) return;
  showOpen();
}

export function save() {
  settleTyping();
  const r = saveJson(store, wasm);
  if (r.error) status(r.error);
  else status(` ${r.done}`, 'saved');
}

/**
 * Another tab stored the report open here (the storage event of its revision, or this tab
 * shown again): this tab reads it when it has nothing of its own unstored, and says so;
 * else the desk chooses (`conflict`). Two tabs of one report never overwrite each other's
 * edits silently.
 *
 * What that costs this tab (the other one types, and stores at each pause): only the
 * revision is read at each write, and nothing more while this tab is hidden (it reads
 * once when shown again, all the other's writes at once). Shown, it reads the stored
 * report and takes the items that changed as it takes typing (`followItems`): the
 * worker reads them, not the page. Only another text, or items added, removed or
 * renamed, are read whole on the page (`show`).
 */
export async function otherTab() {
  if ($('desk').hidden || !store.doc || document.hidden || storedRev(store.slug) === store.rev) return;
  const changed = store.follow();
  if (!changed) return;
  if (changed.items) followItems(changed.items);
  else await show();
  status('', 'followed');
  showRev();
}

/** Shows the desk's choice while another tab's write holds this tab's edits back, or hides it. */
export function conflict() {
  renderConflict($('conflict-alert'), store.conflict, w, {
    theirs: async () => {
      store.theirs();
      await show();
      status('', 'followed');
      showRev();
    },
    copy: async () => {
      const slug = store.keepCopy();
      await show();
      status((words) => words.copyKept(slug));
    },
    save,
  });
}
