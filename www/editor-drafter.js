// The draft of a pasted report, and of a number of its text the desk adds, by a wasm of
// its own (src/edit/drafter.rs), loaded the first time either happens: the editor's own
// wasm, loaded at every visit, stays well under its cap without the draft.
import initDraft, * as glue from './pkg/report_charts_draft.js';

let ready = null;

/** The drafter's wasm, loaded once. */
export function drafter() {
  ready ??= initDraft({ module_or_path: new URL('pkg/report_charts_draft_bg.wasm', import.meta.url) }).then(() => glue);
  return ready;
}
