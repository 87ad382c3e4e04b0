// What the desk's next update is sent (issue 21 §4, typing speed). Typing in a field of
// one item (the report's texts, a figure, a chart) changes that item alone: the update
// sends those items (Desk.patch, src/edit/desk/session.rs), not the whole file, so that a
// keystroke's update neither writes nor reads the whole file again. The desk still
// validates and reviews the whole file, so the problems list stays true. An id's field
// renames the charts' references too, and any other edit may change more than one item:
// then the whole file goes (Desk.update).
//
// Two desks read the report: the worker's reads what is typed (editor-typing.js), the
// page's every other edit, at once. Each keeps the last file it read, so the first update
// of a desk after the other one read is of the whole file, and that desk is told which
// marks the page shows (the other desk's), so that it sends its own only when they differ.
import { key, valueAt } from './editor-state.js';

/** The item (`['meta']`, `['figures', 3]`, `['charts', 0]`) a field's `at` is inside, or null. */
function itemOf(at) {
  const list = at[0] === 'figures' || at[0] === 'charts';
  const n = at[0] === 'meta' ? 1 : list && typeof at[1] === 'number' ? 2 : 0;
  return n && at.length > n ? at.slice(0, n) : null;
}

export class Updates {
  constructor() {
    this.items = new Map();
    this.whole = true;
    // Which desk read last: 'page' or 'worker'; the name of the marks the page shows.
    this.side = null;
    this.shown = '';
    // The whole file the page's desk read last: a new desk in the worker reads it first,
    // so that the desk's next edit may be sent as a patch of it.
    this.pageRead = null;
  }

  /** The page shows the marks of `update` (when it has any: a file that does not read has none). */
  showing(update) {
    if (update.marks_of) this.shown = update.marks_of;
  }

  /** Notes what an edit changed: one item typed into (`at`, its field's steps), or more. */
  note(at, structural) {
    const item = !structural && at && at[at.length - 1] !== 'id' ? itemOf(at) : null;
    if (item) this.items.set(key(item), item);
    else this.whole = true;
  }

  /** Notes that item `item` (`['figures', 3]`) changed whole: another tab wrote it. */
  noteItem(item) {
    this.items.set(key(item), item);
  }

  /** The next update reads the whole file (another document, or a new desk). */
  reset() {
    this.whole = true;
  }

  /**
   * What desk `side` is sent of `doc` as it is now: `{ places, items }` (the items typed
   * into since the last update: each its path's steps, and each item as JSON)
   * or `{ json }` (the whole file, `json()`),
   * with `shown` (the name of the marks the page shows) when the other desk read last.
   */
  take(side, doc, json) {
    const switched = this.side !== side;
    const shown = switched && this.shown ? { shown: this.shown } : {};
    const whole = this.whole || switched;
    const items = whole ? [] : [...this.items.values()].map((at) => ({ at, item: valueAt(doc, at) }));
    this.items = new Map();
    this.whole = false;
    this.side = side;
    const patchable = items.length && items.every((x) => x.item && typeof x.item === 'object');
    if (!patchable) return { json: json(), ...shown };
    return { places: items.map((x) => x.at), items: items.map((x) => JSON.stringify(x.item)), ...shown };
  }

  /** The page's desk's update (parsed) of `doc` as it is now: read at once, on the page. */
  of(desk, doc, json, words, lang) {
    const sent = this.take('page', doc, json);
    if (sent.shown) desk.shown_elsewhere(sent.shown);
    const patched = sent.json === undefined ? desk.patch(sent.places, sent.items, words, lang) : undefined;
    if (patched === undefined) this.pageRead = sent.json ?? json();
    return JSON.parse(patched ?? desk.update(this.pageRead, words, lang));
  }
}
