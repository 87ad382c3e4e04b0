// The editor's document: the report's text and its data file as a JSON value, with the
// selection, undo and redo. Every change goes to localStorage at once, so that a reload,
// a crash or a closed tab resumes where the desk was.

const KEY = 'report-charts:editor';
// The undo history apart: typing into a field rewrites the document, not the history.
const HISTORY = 'report-charts:editor-history';
// Undo steps kept across reloads; older ones are dropped first when storage is full.
const KEEP = 60;

/** Splits a JSON path as check-data prints it (`charts[3].title.zh`) into keys. */
export function splitPath(path) {
  const keys = [];
  for (const part of path.split('.')) {
    const m = part.match(/^([^[]*)((?:\[\d+\])*)$/);
    if (!m) return keys;
    if (m[1]) keys.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(i[1]));
  }
  return keys;
}

/** The value at `path` of `doc`, or undefined. */
export function valueAt(doc, path) {
  return splitPath(path).reduce((v, k) => (v == null ? undefined : v[k]), doc);
}

/** Sets (or, for `undefined`, deletes) the value at `path`, making the objects on the way. */
export function setAt(doc, path, value) {
  const keys = splitPath(path);
  let v = doc;
  for (let i = 0; i < keys.length - 1; i += 1) {
    if (v[keys[i]] == null || typeof v[keys[i]] !== 'object') v[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
    v = v[keys[i]];
  }
  const last = keys[keys.length - 1];
  if (value === undefined) {
    if (Array.isArray(v)) v.splice(last, 1);
    else delete v[last];
  } else {
    v[last] = value;
  }
}

export class Store {
  constructor(onChange) {
    this.onChange = onChange;
    this.slug = '';
    this.text = '';
    this.doc = null;
    this.sel = { chart: null, figure: null };
    this.undoStack = [];
    this.redoStack = [];
    this.lastKey = null;
    this.historyChanged = false;
  }

  /** Resumes the last session from storage; false when there is none. */
  resume() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(KEY));
    } catch {
      return false;
    }
    if (!saved || typeof saved.doc !== 'object' || saved.doc === null) return false;
    let history = null;
    try {
      history = JSON.parse(localStorage.getItem(HISTORY));
    } catch {
      // A session without its history still resumes.
    }
    Object.assign(this, {
      slug: saved.slug || 'report', text: saved.text || '', doc: saved.doc,
      sel: saved.sel || { chart: null, figure: null },
      undoStack: history?.undo || [], redoStack: history?.redo || [],
    });
    return true;
  }

  /** Starts on a new report: its history starts empty. */
  open(slug, text, doc) {
    Object.assign(this, { slug, text, doc, sel: { chart: null, figure: null }, undoStack: [], redoStack: [] });
    this.lastKey = null;
    this.historyChanged = true;
    this.persist();
  }

  /** Forgets the session (the desk opens another report). */
  close() {
    this.doc = null;
    try {
      localStorage.removeItem(KEY);
      localStorage.removeItem(HISTORY);
    } catch {
      // Nothing stored.
    }
  }

  /**
   * Applies `change` to the document. Edits of the same `key` (one field typed into)
   * are one undo step until the field loses focus (`seal`): a step is what the desk did
   * in one visit to a field, however slowly the machine or the desk typed it.
   * `structural` edits redraw the forms.
   */
  edit(key, change, structural = true) {
    if (key === null || key !== this.lastKey) {
      this.undoStack.push(JSON.stringify({ doc: this.doc, sel: this.sel }));
      if (this.undoStack.length > KEEP * 4) this.undoStack.shift();
      this.redoStack = [];
      this.historyChanged = true;
    }
    this.lastKey = key;
    change(this.doc);
    this.persist();
    this.onChange({ structural });
  }

  /** Ends the current undo step: the next edit, even of the same field, is a new one. */
  seal() {
    this.lastKey = null;
  }

  select(sel) {
    this.sel = { ...this.sel, ...sel };
    this.persist();
  }

  undo() { this.step(this.undoStack, this.redoStack); }

  redo() { this.step(this.redoStack, this.undoStack); }

  step(from, to) {
    if (!from.length) return;
    to.push(JSON.stringify({ doc: this.doc, sel: this.sel }));
    const { doc, sel } = JSON.parse(from.pop());
    this.doc = doc;
    this.sel = sel;
    this.lastKey = null;
    this.historyChanged = true;
    this.persist();
    this.onChange({ structural: true });
  }

  /**
   * Writes the session to storage: the document always, the history when it changed,
   * dropping its oldest steps if it does not fit.
   */
  persist() {
    try {
      localStorage.setItem(KEY, JSON.stringify({ slug: this.slug, text: this.text, doc: this.doc, sel: this.sel }));
    } catch {
      return false;
    }
    if (!this.historyChanged) return true;
    for (let keep = KEEP; ; keep = Math.floor(keep / 2)) {
      try {
        localStorage.setItem(HISTORY, JSON.stringify({ undo: this.undoStack.slice(-keep), redo: this.redoStack.slice(-keep) }));
        this.historyChanged = false;
        return true;
      } catch {
        if (keep === 0) return false;
      }
    }
  }
}
