// The draft of a pasted report, and of a number of its text the desk adds, by a wasm of
// its own (src/edit/drafter.rs), loaded the first time either happens: the editor's own
// wasm, loaded at every visit, stays well under its cap without the draft.
import initDraft, * as glue from './pkg/report_charts_draft.js';
import { lazyWasm } from './editor-lazy.js';

/** The drafter's wasm, loaded once. */
export const drafter = lazyWasm(initDraft, glue, 'pkg/report_charts_draft_bg.wasm');
