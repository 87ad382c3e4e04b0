// What the desk's next update is sent (issue 21 §4, typing speed). Typing in a field of
// one item (the report's texts, a figure, a chart) changes that item alone: the update
// sends those items (Desk.patch, src/edit/desk/session.rs), not the whole file, so that a
// keystroke's update neither writes nor reads the whole file again. The desk still
// validates and reviews the whole file, so the problems list stays true. An id's field
// renames the charts' references too, and any other edit may change more than one item:
// then the whole file goes (Desk.update).
import { valueAt } from './editor-state.js';

const ITEM = /^(meta|figures\[\d+\]|charts\[\d+\])\./;

export class Updates {
  constructor() {
    this.items = new Set();
    this.whole = true;
  }

  /** Notes what an edit changed: one item typed into (`key`, its field's path), or more. */
  note(key, structural) {
    const item = !structural && key && !key.endsWith('.id') ? key.match(ITEM)?.[1] : null;
    if (item) this.items.add(item);
    else this.whole = true;
  }

  /** The next update reads the whole file (another document, or a new desk). */
  reset() {
    this.whole = true;
  }

  /**
   * The desk's update (parsed) of `doc` as it is now: the items typed into since the
   * last one, or the whole file `json()` when more changed or the desk cannot patch.
   */
  of(desk, doc, json, words, lang) {
    const items = this.whole ? [] : [...this.items].map((at) => ({ at, item: valueAt(doc, at) }));
    this.items = new Set();
    this.whole = false;
    const patchable = items.length && items.every((x) => x.item && typeof x.item === 'object');
    const sent = patchable ? desk.patch(items.map((x) => x.at), items.map((x) => JSON.stringify(x.item)), words, lang) : undefined;
    return JSON.parse(sent ?? desk.update(json(), words, lang));
  }
}
