// The page's side of the editor's worker (editor-worker.js): one worker, started when a
// report opens (or at the first question, if sooner), that drafts pasted reports and
// reads what the desk types, so that
// neither is a long task on the page (issue 21 §4). Where no worker can run (a page
// opened from a file, a browser without module workers) or it fails, `ask` rejects with
// `NO_WORKER` and the page does the work itself.

/** The rejection of a question no worker can answer: the page answers it. */
export const NO_WORKER = Symbol('no worker');

export class Link {
  constructor(url) {
    this.url = url;
    this.worker = null;
    // False once the worker could not start or failed: then every question is the page's.
    this.usable = true;
    this.asked = 0;
    this.waiting = new Map();
  }

  /** Asks the worker `message` (an `id` is added); resolves to its answer. */
  ask(message) {
    const worker = this.start();
    if (!worker) return Promise.reject(NO_WORKER);
    this.asked += 1;
    const id = this.asked;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }

  /** The worker, started now if it was not; null where none can run. */
  start() {
    if (!this.usable) return null;
    if (this.worker) return this.worker;
    try {
      this.worker = new Worker(this.url, { type: 'module' });
    } catch {
      this.usable = false;
      return null;
    }
    this.worker.addEventListener('message', ({ data }) => {
      const waiting = this.waiting.get(data.id);
      if (!waiting) return;
      this.waiting.delete(data.id);
      if (data.error !== undefined) waiting.reject(new Error(data.error));
      else waiting.resolve(data);
    });
    // The worker's script or wasm did not load, or it died: the page answers from now on,
    // the questions asked meanwhile too.
    this.worker.addEventListener('error', (e) => {
      e.preventDefault();
      this.worker.terminate();
      this.worker = null;
      this.usable = false;
      for (const { reject } of this.waiting.values()) reject(NO_WORKER);
      this.waiting.clear();
    });
    return this.worker;
  }
}

/**
 * The data file the draft writes for `text`, as JSON text: in the worker, so that the page
 * answers meanwhile; by `here()` (on the page) where no worker can.
 */
export function draftIn(link, text, here) {
  return inWorker(link, { draft: text }, (r) => r.json, here);
}

/**
 * The file name of a pasted report nobody named, from `name` (its place, title and year),
 * by the drafter's wasm: in the worker, which drafted the report; by `here()` where no
 * worker can.
 */
export function nameIn(link, name, here) {
  return inWorker(link, { name }, (r) => r.slug, here);
}

/**
 * Why each undecided number of `asked` (a line each: sentence, number, reason, parted by
 * tabs) is undecided, as JSON, by the drafter's wasm: in the worker, off the page's thread; by `here()` where no
 * worker can.
 */
export function whysIn(link, asked, here) {
  return inWorker(link, { whys: asked }, (r) => r.whys, here);
}

/** `message`'s answer from the worker, read by `read`; by `here()` where no worker can. */
function inWorker(link, message, read, here) {
  return link.ask(message).then(read, (e) => {
    if (e === NO_WORKER) return here();
    throw e;
  });
}
