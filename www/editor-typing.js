// What typing costs the page (issue 21 §4: under a frame per keystroke, on the largest
// report). The field shows each character at once; the desk's update (the items typed
// into patched in, the whole file checked, the changed charts resolved) runs once the desk
// pauses (SETTLE_MS after the last keystroke, and at least every MAX_WAIT_MS while the
// keys keep coming), in the worker's desk (editor-link.js, editor-worker.js). The page
// only shows its answer and draws the charts it changed.
//
// Nothing typed is lost or left unshown: one update is asked at a time, and what is typed
// meanwhile goes in the next, asked as soon as the answer comes. Every update the page's
// own desk reads (a structural edit, saving, publishing) is newer than any answer awaited
// then, which is dropped. Where no worker runs, the page's desk reads what was typed.
import { NO_WORKER } from './editor-link.js';

/** How long the desk pauses before its typing is read. */
export const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;

export class Typing {
  /**
   * `page` is what the editor lends: `{ store, updates, file(), json(), langs() }` (the
   * report open, what the next update is sent, the data file's name and JSON text, and
   * `{ words, lang }`), `redraw()` (the page's desk reads the file now), `show(answer)`
   * and `busy(on)` (whether the status waits for an update).
   */
  constructor(link, page) {
    this.link = link;
    this.page = page;
    this.later = 0;
    this.since = 0;
    this.asking = false;
    this.again = false;
    // Counts the updates the page's desk read: an answer asked before the last is old.
    this.epoch = 0;
    // What the worker's desk was last sent: `{ file, text }`.
    this.sentOf = null;
    // When the last key came (performance.now()).
    this.lastKey = null;
  }

  /** Something was typed (already in the store): the update waits for the desk to pause. */
  typed() {
    this.lastKey = performance.now();
    this.page.busy(true);
    clearTimeout(this.later);
    if (!this.since) this.since = performance.now();
    const wait = Math.min(SETTLE_MS, Math.max(0, this.since + MAX_WAIT_MS - performance.now()));
    this.later = setTimeout(() => this.send(), wait);
  }

  /** Sends what was typed at once (the desk left the field). */
  now() {
    if (this.later) this.send();
  }

  /** Whether something typed is not shown yet. */
  get pending() {
    return Boolean(this.later || this.asking || this.again);
  }

  /** Whether the desk is typing: a key came less than the pause ago. */
  get typing() {
    return performance.now() - (this.lastKey ?? -Infinity) < SETTLE_MS;
  }

  /** Whether an update is still to come after the one shown now. */
  get waiting() {
    return Boolean(this.later || this.again);
  }

  /** The page's desk reads the file now: what typing waits for is in that update. */
  overtaken() {
    this.epoch += 1;
    this.again = false;
    clearTimeout(this.later);
    this.later = 0;
    this.since = 0;
  }

  /** Asks the worker's desk for the update of what was typed; shows its answer. */
  send() {
    clearTimeout(this.later);
    this.later = 0;
    this.since = 0;
    const { store, updates } = this.page;
    if (!store.doc) return;
    if (this.asking) {
      this.again = true;
      return;
    }
    if (!this.link.usable) {
      this.page.redraw();
      return;
    }
    const file = this.page.file();
    const message = { ...updates.take('worker', store.doc, this.page.json), ...this.page.langs() };
    if (this.sentOf?.file !== file || this.sentOf?.text !== store.text) {
      Object.assign(message, { file, text: store.text, seed: updates.pageRead ?? undefined });
    }
    this.sentOf = { file, text: store.text };
    this.asking = true;
    const asked = this.epoch;
    this.link.ask(message).then((answer) => {
      this.asking = false;
      if (asked !== this.epoch) return;
      if (answer.whole) {
        // The worker's desk could not patch its file: the whole file, at once.
        updates.reset();
        this.again = true;
      } else {
        this.page.show(answer);
      }
    }, (e) => {
      this.asking = false;
      // The worker failed, or is gone: the next desk to read reads the whole file.
      if (e !== NO_WORKER) this.sentOf = null;
      updates.reset();
      if (asked === this.epoch) this.page.redraw();
    }).finally(() => {
      if (!this.again) return;
      this.again = false;
      this.send();
    });
  }
}
