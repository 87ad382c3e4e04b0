// The editor's storage (issue 21 §2, "Nothing lost"): every report keeps its own saved
// state under its slug, so that opening another report never overwrites one; a list of
// the recent reports reopens each. Writes report whether they succeeded: a full storage
// or a browser without one (private mode) must be said to the desk, never swallowed.

import { fromSnapshots } from './editor-history.js';

const PREFIX = 'report-charts:editor';
/** The report the desk had open last: a reload resumes it. */
const CURRENT = `${PREFIX}:current`;
/** The recent reports, newest first: `[{ slug, title, at, unsaved }]`. */
const RECENT = `${PREFIX}:recent`;
/** The single slot of the editor before reports had their own (read once, then moved). */
const LEGACY = PREFIX;
// Reports listed; the states of older ones stay stored until the desk forgets them.
const LISTED = 30;

/** The key of report `slug`'s document, text and selection. */
export const reportKey = (slug) => `${PREFIX}:report:${slug}`;
/** The key of report `slug`'s undo history, apart: typing rewrites the document only. */
export const historyKey = (slug) => `${PREFIX}:history:${slug}`;
/**
 * The key of report `slug`'s revision, apart and short: a number that every write of the
 * report raises, so that a tab finds, cheaply and before it writes, that another tab of
 * the same report wrote since (two tabs of one report, where the last write won silently).
 */
export const revKey = (slug) => `${PREFIX}:rev:${slug}`;

/** The revision of report `slug` as stored now: 0 for none (or one stored before revisions). */
export function storedRev(slug) {
  try {
    const rev = Number(localStorage.getItem(revKey(slug)));
    return Number.isSafeInteger(rev) && rev > 0 ? rev : 0;
  } catch {
    return 0;
  }
}

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key));
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser stores anything at all (private modes may refuse every write). */
export function storageWorks() {
  const probe = `${PREFIX}:probe`;
  try {
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** Moves the editor's old single slot to its report's own place, once. */
export function migrate() {
  const old = read(LEGACY);
  if (!old || typeof old.doc !== 'object' || old.doc === null) return;
  const slug = old.slug || 'report';
  if (read(reportKey(slug))) return;
  const history = read(`${PREFIX}-history`);
  if (!write(reportKey(slug), { ...old, slug, changed: Date.now(), downloaded: 0 })) return;
  if (history) write(historyKey(slug), history);
  remember(slug, old.doc, true);
  write(CURRENT, slug);
  try {
    localStorage.removeItem(LEGACY);
    localStorage.removeItem(`${PREFIX}-history`);
  } catch {
    // Left where it was: it is read only when the report has no state of its own.
  }
}

/** Report `slug`'s stored state `{ slug, text, doc, sel, changed, downloaded }`, or null. */
export function loadReport(slug) {
  const saved = read(reportKey(slug));
  return saved && typeof saved.doc === 'object' && saved.doc !== null ? saved : null;
}

/**
 * Report `slug`'s stored undo history `{ undo, redo }` (patches, editor-history.js), or
 * empty stacks; one stored by an older editor as whole snapshots is read into patches
 * from `doc`, the document it leads back from.
 */
export function loadHistory(slug, doc) {
  const h = read(historyKey(slug));
  const stack = (s) => {
    if (!Array.isArray(s)) return [];
    if (s.every((x) => typeof x === 'string')) return fromSnapshots(s, doc);
    return s.filter((x) => x && Array.isArray(x.ops));
  };
  // Snapshots are written again as patches at the next write (`old`).
  const old = [h?.undo, h?.redo].some((s) => Array.isArray(s) && s.length && typeof s[0] === 'string');
  return { undo: stack(h?.undo), redo: stack(h?.redo), old };
}

/**
 * Stores report `slug`'s revision: written after its state and history, since another
 * tab reads them when it hears of this key, and the browser tells it of each key's
 * change in the order they were written. False when it did not fit.
 */
export const saveRev = (slug, rev) => write(revKey(slug), rev);

/** Stores a report's state, and lists it first among the recent; false when it did not fit. */
export function saveReport(state) {
  const ok = write(reportKey(state.slug), state);
  if (ok) {
    remember(state.slug, state.doc, state.changed > state.downloaded);
    write(CURRENT, state.slug);
  }
  return ok;
}

/**
 * Stores a report's undo history (at most `keep` steps each way), dropping its oldest
 * steps until it fits: how many steps it stored, or null when not even none fit.
 */
export function saveHistory(slug, undo, redo, keep) {
  for (let k = keep; ; k = Math.floor(k / 2)) {
    const u = undo.slice(-k);
    const r = redo.slice(-k);
    if (k === 0) {
      u.length = 0;
      r.length = 0;
    }
    if (write(historyKey(slug), { v: 2, undo: u, redo: r })) return u.length + r.length;
    if (k === 0) return null;
  }
}

/** The slug of the report open last, or null. */
export const currentSlug = () => {
  const slug = read(CURRENT);
  return typeof slug === 'string' && loadReport(slug) ? slug : null;
};

function listed() {
  const list = read(RECENT);
  return Array.isArray(list) ? list.filter((r) => r && typeof r.slug === 'string') : [];
}

/** The recent reports, newest first, that still have a stored state. */
export function recent() {
  return listed().filter((r) => {
    try {
      return localStorage.getItem(reportKey(r.slug)) !== null;
    } catch {
      return false;
    }
  });
}

function titleOf(doc) {
  const t = doc?.meta?.title;
  return typeof t === 'string' ? t : (t?.zh || t?.en || '');
}

function remember(slug, doc, unsaved) {
  // The list as written (not checked against the states): this runs at every keystroke.
  const rest = listed().filter((r) => r.slug !== slug);
  write(RECENT, [{ slug, title: titleOf(doc), at: Date.now(), unsaved }, ...rest].slice(0, LISTED));
}

/** Forgets report `slug`: its state, its history and its place in the list. */
export function forget(slug) {
  try {
    localStorage.removeItem(reportKey(slug));
    localStorage.removeItem(historyKey(slug));
    localStorage.removeItem(revKey(slug));
  } catch {
    return;
  }
  write(RECENT, listed().filter((r) => r.slug !== slug));
}

/** `slug`, or `slug-2`, `slug-3` … : the first name no stored report has. */
export function freeSlug(slug) {
  if (!loadReport(slug)) return slug;
  for (let n = 2; ; n += 1) if (!loadReport(`${slug}-${n}`)) return `${slug}-${n}`;
}

/**
 * Keeps report `slug`'s stored state (its document, text, history and confirmations)
 * under the name `kept` too, listed among the recent: what opening another report under
 * the same name would replace stays recoverable. False when storage refused it.
 */
export function keepAs(slug, kept) {
  const saved = loadReport(slug);
  if (!saved || !write(reportKey(kept), { ...saved, slug: kept })) return false;
  const history = read(historyKey(slug));
  if (history) write(historyKey(kept), history);
  write(revKey(kept), storedRev(slug));
  remember(kept, saved.doc, true);
  return true;
}

