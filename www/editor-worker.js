// The draft of a pasted report, off the page's thread: drafting a provincial report takes
// the editor's wasm a few hundred milliseconds, which on the page would be one long task
// (issue 21 §4, "opening never blocks"). The worker loads the same wasm and answers
// `{ id, text }` with `{ id, json }` (the data file `make draft` writes) or `{ id, error }`.
import init, { draft_data } from './pkg/report_charts_editor.js';

const ready = init({ module_or_path: new URL('pkg/report_charts_editor_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ id: data.id, json: draft_data(data.text) });
  } catch (e) {
    self.postMessage({ id: data.id, error: e && e.message ? e.message : String(e) });
  }
};
