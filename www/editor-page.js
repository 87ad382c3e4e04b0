// The editor's page, shared by its modules (editor.js wires them): the interface's
// language and words, the vocabulary, the last review, whether storage works, and the
// page's one store, preview, link to the worker and status line.
import * as wasm from './pkg/report_charts_editor.js';
import { UI } from './editor-words.js';
import { Store } from './editor-state.js';
import { Updates } from './editor-update.js';
import { Preview } from './editor-preview.js';
import { renderStorageAlert } from './editor-recent.js';
import { Link } from './editor-link.js';

export const $ = (id) => document.getElementById(id);
export const UI_KEY = 'report-charts:editor-ui';
export const messageOf = (e) => (e && e.message ? e.message : String(e));

export let lang = 'zh';
try { lang = localStorage.getItem(UI_KEY) === 'en' ? 'en' : 'zh'; } catch { /* default */ }
export let w = UI[lang];
export let vocab = null;
// The one review of the file (problems, flags, what is left to confirm): see editor-status.js.
export let review = { problems: [], blocking: 0, figures_to_confirm: [], charts_to_confirm: [], to_confirm: '', done: false };
// Whether the last write reached storage: while it does not, the page says so (issue 21 §2).
export let storedOk = true;
// How many undo steps the last write stored, of how many: fewer is said too.
export let storedKept = { stored: 0, of: 0 };
export const measure = document.createElement('canvas');

// What the page's store and preview call back: the update loop and saving, which import
// this module (editor.js sets them, so that no two modules import each other).
export const hooks = { refresh: () => {}, save: () => {} };

// Other modules read the state above as bindings; these set it.
export const setLang = (v) => { lang = v; };
export const setWords = (v) => { w = v; };
export const setVocab = (v) => { vocab = v; };
export const setReview = (v) => { review = v; };
export const setStoredOk = (v) => { storedOk = v; };

// What the next update of the desk is sent: the items typed into, or the whole file.
export const updates = new Updates();
// What these statuses say of the document (opened, resumed, downloaded, published) is
// stale once the desk edits it: the line then says nothing until the next event.
const STALE_AFTER_EDIT = new Set(['opened', 'resumed', 'saved', 'published']);
/**
 * Puts the revision of the report this tab holds, written or read and shown, on the
 * body (`data-rev`): what a test of two tabs waits on before one acts on the other's write.
 */
export function showRev() {
  document.body.dataset.rev = String(store.rev);
}

export const store = new Store(({ structural, at }) => {
  if (said && STALE_AFTER_EDIT.has(said.key)) status('');
  updates.note(at, structural);
  hooks.refresh(structural, !structural);
}, (ok, kept) => {
  showRev();
  // What the alert says: laid out again only when that changes.
  const says = (o, k) => (o ? (k.stored < k.of ? `${k.stored}/${k.of}` : '') : 'failed');
  const before = says(storedOk, storedKept);
  storedOk = ok;
  storedKept = { ...kept };
  if (says(ok, kept) !== before) renderStorageAlert($('storage-alert'), ok, storedKept, w, () => hooks.save());
});
export const preview = new Preview($('preview'), $('preview-tools'), w, (i, figureId) => {
  const k = figureId ? (store.doc.figures || []).findIndex((f) => f.id === figureId) : -1;
  store.select({ chart: i, ...(k >= 0 ? { figure: k } : {}) });
  hooks.refresh(true);
});
preview.onOptions = () => { preview.invalidate(); hooks.refresh(false); };
export const link = new Link(new URL('editor-worker.js', import.meta.url));

// The last status, by its words' key (and what follows them), or as words of the
// language (a function of the table and of the review), so that it follows the language
// switch and every update: a refusal to publish that counts problems counts them as
// they are now, and says nothing once they are gone (issue 21: no stale status).
export let said = null;
export function status(text, key = null) {
  said = key || typeof text === 'function' ? { key, rest: text } : null;
  const rest = typeof text === 'function' ? text(w, review) : text;
  const line = key ? `${w[key]}${rest}` : rest;
  if ($('status').textContent !== line) $('status').textContent = line;
}

/** The data file as JSON text, and the name its messages give it. */
export const json = () => JSON.stringify(store.doc);
/** The names of report `slug`'s files, from the one module that owns them (src/publish/files.rs). */
export const namesOf = (slug) => JSON.parse(wasm.file_names(slug));
export const fileName = () => namesOf(store.slug).data;
