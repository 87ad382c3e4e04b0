// The editor's document: the report's text and its data file as a JSON value, with the
// selection, undo and redo. Every change goes to the report's own place in storage at once
// (editor-store.js), so that a reload, a crash or a closed tab resumes where the desk was.
import {
  loadReport, loadHistory, saveReport, saveHistory, saveRev, currentSlug, storedRev, freeSlug,
} from './editor-store.js';
import { diff, apply } from './editor-history.js';

/**
 * The undo steps kept, in the page and across reloads (README, "Editor"): older ones go
 * first. Each is a patch (editor-history.js), so that two large reports' histories fit
 * the browser's storage; when storage is full all the same, fewer are stored and the
 * page says how many (`onStored`).
 */
export const UNDO_LIMIT = 500;
// Typing is stored once the desk pauses this long (and at once when the field or the
// page is left): writing the whole report at every keystroke is most of a keystroke's
// time on a provincial report.
const PAUSE_MS = 400;

/**
 * The one name of a JSON path's `steps` (`['charts', 3, 'title', 'zh']`), as check-data
 * prints it (`charts[3].title.zh`): the key of Maps, undo steps and the fields' `data-path`.
 * A name is never read back: the steps travel with it.
 */
export const key = (steps) => steps.map((s, n) => (typeof s === 'number' ? `[${s}]` : `${n ? '.' : ''}${s}`)).join('');

/** The value at `steps` of `doc`, or undefined. */
export function valueAt(doc, steps) {
  return steps.reduce((v, k) => (v == null ? undefined : v[k]), doc);
}

/** Sets (or, for `undefined`, deletes) the value at `steps`, making the objects on the way. */
export function setAt(doc, steps, value) {
  let v = doc;
  for (let i = 0; i < steps.length - 1; i += 1) {
    if (v[steps[i]] == null || typeof v[steps[i]] !== 'object') v[steps[i]] = typeof steps[i + 1] === 'number' ? [] : {};
    v = v[steps[i]];
  }
  const last = steps[steps.length - 1];
  if (value === undefined) {
    if (Array.isArray(v)) v.splice(last, 1);
    else delete v[last];
  } else {
    v[last] = value;
  }
}

/**
 * The items of `after` whose JSON differs from `before`'s: the report's texts (`['meta']`),
 * a figure or a chart by its place. Null when more changed: another top-level part, the
 * number of figures or charts (items moved), or an item's id (references renamed).
 */
export function changedItems(before, after) {
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const keys = new Set([...Object.keys(before || {}), ...Object.keys(after || {})]);
  const items = [];
  for (const k of keys) {
    const [a, b] = [before?.[k], after?.[k]];
    if (k === 'meta') {
      if (!same(a, b)) items.push(['meta']);
    } else if (k === 'figures' || k === 'charts') {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return null;
      for (let i = 0; i < a.length; i += 1) {
        if (same(a[i], b[i])) continue;
        if (a[i]?.id !== b[i]?.id) return null;
        items.push([k, i]);
      }
    } else if (!same(a, b)) {
      return null;
    }
  }
  return items;
}

export class Store {
  /**
   * `onChange({ structural, at })` redraws after an edit (`at`: the steps of the field's
   * path); `onStored(ok, kept)` hears whether the last write reached storage, and how many
   * undo steps it stored of how many, so that the page can say so when it did not store
   * them all.
   */
  constructor(onChange, onStored = () => {}) {
    // The document as it was when the open undo step began (typing in one field), as
    // JSON text (what the first keystroke of a step pays for), and read once it is needed.
    this.openBefore = null;
    this.openRead = null;
    // How many undo and redo steps the last write of the history stored, of how many.
    this.kept = { stored: 0, of: 0 };
    this.onChange = onChange;
    this.onStored = onStored;
    this.slug = '';
    this.text = '';
    this.doc = null;
    this.sel = { chart: null, figure: null };
    this.undoStack = [];
    this.redoStack = [];
    this.lastKey = null;
    this.historyChanged = false;
    // When the document last changed, and when the desk last downloaded it.
    this.changed = 0;
    this.downloaded = 0;
    // What the desk confirmed, by when (`{ id: 'figure:ID', at }`): the published README lists it.
    this.confirmations = [];
    this.writeLater = 0;
    // The revision of the stored report this tab's document follows (editor-store.js,
    // `revKey`); whether another tab stored a newer one over edits of this tab not yet
    // stored (nothing is stored then, until the desk chooses: `theirs`, `keepCopy`); and
    // whether the last write failed (its edits live in this page only).
    this.rev = 0;
    this.conflict = false;
    this.failed = false;
    /** Hears that another tab stored this report over edits of this tab (`conflict`). */
    this.onConflict = () => {};
  }

  /**
   * Edits of this tab that are in no storage: typing not yet stored, a write that failed,
   * or a write held back by another tab's (`conflict`). Another tab's version may not
   * replace them without asking the desk.
   */
  get unstored() { return this.doc !== null && (this.writeLater !== 0 || this.failed || this.conflict); }

  /** Edits not yet downloaded (Save): what a desk would lose with the browser's storage. */
  get unsaved() { return this.doc !== null && this.changed > this.downloaded; }

  /** Resumes report `slug` (the one open last without it) from storage; false when there is none. */
  resume(slug = currentSlug()) {
    // The report open now keeps its last keystrokes before another takes its place.
    this.flush();
    if (!this.load(slug)) return false;
    if (this.historyChanged) this.persist();
    else saveReport(this.state());
    return true;
  }

  /**
   * Reads report `slug`'s stored state and history into this tab, writing nothing, and
   * keeping `sel` when given (a tab that follows another keeps its own selection, where
   * it still names a chart and a figure). False when there is none.
   */
  load(slug, sel = null) {
    const saved = slug ? loadReport(slug) : null;
    if (!saved) return false;
    const history = loadHistory(slug, saved.doc);
    const fits = sel && (sel.chart ?? -1) < (saved.doc.charts || []).length && (sel.figure ?? -1) < (saved.doc.figures || []).length;
    clearTimeout(this.writeLater);
    Object.assign(this, {
      slug, text: saved.text || '', doc: saved.doc, sel: (fits ? sel : saved.sel) || { chart: null, figure: null },
      undoStack: history.undo, redoStack: history.redo,
      changed: saved.changed || 0, downloaded: saved.downloaded || 0,
      confirmations: Array.isArray(saved.confirmations) ? saved.confirmations : [],
      rev: storedRev(slug), conflict: false, failed: false, writeLater: 0,
    });
    this.lastKey = null;
    this.openBefore = null;
    this.openRead = null;
    this.historyChanged = history.old;
    this.kept = { stored: this.undoStack.length + this.redoStack.length, of: this.undoStack.length + this.redoStack.length };
    return true;
  }

  /**
   * Another tab stored this report: this tab, with nothing of its own unstored, reads it
   * (its document and its undo history, which lead back through both tabs' edits), and
   * says what changed: `{ items }`, the items (`['meta']`, `['figures', 3]`, …) whose
   * JSON changed, when nothing else did, or `{ whole: true }`. Null when it has edits
   * unstored: those are the desk's to weigh (`onConflict`).
   */
  follow() {
    if (this.unstored) {
      // Its write finds the other tab's revision, and asks the desk.
      this.persist();
      return null;
    }
    const { doc, text } = this;
    if (!this.load(this.slug, this.sel)) return null;
    const items = text === this.text ? changedItems(doc, this.doc) : null;
    return items ? { items } : { whole: true };
  }

  /** Drops this tab's edits held back by another tab's write, for the stored version. */
  theirs() {
    return this.load(this.slug, this.sel);
  }

  /**
   * Keeps this tab's version, held back by another tab's write, as a report of its own
   * (`slug-2` …), with its undo history; the other tab's stays under the name. The new name.
   */
  keepCopy() {
    this.slug = freeSlug(this.slug);
    this.rev = storedRev(this.slug);
    this.conflict = false;
    this.historyChanged = true;
    this.persist();
    return this.slug;
  }

  /**
   * Starts on a new report: its history starts empty. Nothing of it is changed yet: a
   * file opened as it is (the site's, or the desk's) and a fresh draft of a text are no
   * edits, and only an edit marks the report 有未下载的修改 (unsaved).
   */
  open(slug, text, doc) {
    this.flush();
    Object.assign(this, { slug, text, doc, sel: { chart: null, figure: null }, undoStack: [], redoStack: [] });
    this.lastKey = null;
    this.openBefore = null;
    this.openRead = null;
    this.historyChanged = true;
    this.changed = 0;
    this.downloaded = 0;
    this.confirmations = [];
    // The desk chose to open this over what was stored under the name (editor-open.js).
    this.rev = storedRev(slug);
    this.conflict = false;
    this.persist();
  }

  /** Notes that the desk downloaded the document as it is now. */
  markDownloaded() {
    this.downloaded = Math.max(Date.now(), this.changed);
    this.persist();
  }

  /**
   * Applies `change` to the document. Edits of the same field (`at`, its path's steps;
   * null for none) are one undo step until the field loses focus (`seal`): a step is what
   * the desk did in one visit to a field, however slowly the machine or the desk typed it.
   * `structural` edits redraw the forms.
   */
  edit(at, change, structural = true) {
    const named = at ? key(at) : null;
    if (named === null || named !== this.lastKey) {
      this.close();
      this.openBefore = JSON.stringify(this.doc);
      this.undoStack.push({ ops: [], sel: { ...this.sel } });
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      this.redoStack = [];
    }
    this.historyChanged = true;
    this.lastKey = named;
    change(this.doc);
    // A click is a step of its own; typing keeps its step open until the field is left.
    if (named === null) this.close();
    this.changed = Math.max(Date.now(), this.downloaded + 1);
    if (named !== null && !structural) this.persistSoon();
    else this.persist();
    this.onChange({ structural, at });
  }

  /** Ends the current undo step: the next edit, even of the same field, is a new one. */
  seal() {
    this.lastKey = null;
    this.flush();
    this.close();
  }

  /** The open step's patch as the document is now: what undoes it. */
  settle() {
    const top = this.undoStack[this.undoStack.length - 1];
    if (!this.openBefore || !top) return;
    // The patch holds the earlier document's values: read apart, nothing else changes them.
    this.openRead ??= JSON.parse(this.openBefore);
    top.ops = diff(this.doc, this.openRead);
  }

  /** Closes the open undo step, its patch made from what it changed. */
  close() {
    this.settle();
    this.openBefore = null;
    this.openRead = null;
  }

  /** Stores the typing once the desk pauses. */
  persistSoon() {
    clearTimeout(this.writeLater);
    this.writeLater = setTimeout(() => this.persist(), PAUSE_MS);
  }

  /** Stores at once what typing left unstored (the page is being left or hidden). */
  flush() {
    if (this.writeLater) this.persist();
  }

  select(sel) {
    this.sel = { ...this.sel, ...sel };
    this.persist();
  }

  undo() { this.step(this.undoStack, this.redoStack); }

  redo() { this.step(this.redoStack, this.undoStack); }

  step(from, to) {
    this.close();
    if (!from.length) return;
    const was = JSON.parse(JSON.stringify(this.doc));
    const { ops, sel } = from.pop();
    this.doc = apply(this.doc, ops);
    to.push({ ops: diff(this.doc, was), sel: { ...this.sel } });
    this.sel = sel || { chart: null, figure: null };
    this.lastKey = null;
    this.historyChanged = true;
    this.changed = Math.max(Date.now(), this.downloaded + 1);
    this.persist();
    this.onChange({ structural: true });
  }

  /** What is stored of the report (the history apart). */
  state() {
    const { slug, text, doc, sel, changed, downloaded, confirmations, rev } = this;
    return { slug, text, doc, sel, changed, downloaded, confirmations, rev };
  }

  /**
   * Writes the report to storage: the document always, the history when it changed,
   * dropping its oldest steps if it does not fit. Tells `onStored` whether it worked.
   */
  persist() {
    clearTimeout(this.writeLater);
    this.writeLater = 0;
    // Another tab stored the report since this one read or wrote it: this tab's edits
    // would overwrite that tab's. Nothing is written until the desk chooses.
    if (this.conflict || storedRev(this.slug) !== this.rev) {
      this.conflict = true;
      this.onConflict();
      return false;
    }
    this.rev += 1;
    const wrote = saveReport(this.state());
    let ok = wrote;
    if (ok && this.historyChanged) {
      this.settle();
      const stored = saveHistory(this.slug, this.undoStack, this.redoStack, UNDO_LIMIT);
      ok = stored !== null;
      if (ok) {
        this.historyChanged = false;
        this.kept = { stored, of: this.undoStack.length + this.redoStack.length };
      }
    }
    // The revision last: what another tab reads when it hears of it is all written.
    if (!wrote || !saveRev(this.slug, this.rev)) this.rev -= 1;
    this.failed = !ok;
    this.onStored(ok, this.kept);
    return ok;
  }
}
