// The draft of a pasted report, of a number of its text the desk adds, and the reason it
// would skip a number the desk opens, by a wasm of its own (src/edit/drafter.rs), loaded
// the first time one happens: the editor's own wasm, loaded at every visit, stays well
// under its cap without the draft's sentence reader.
import initDraft, * as glue from './pkg/report_charts_draft.js';
import { lazyWasm } from './editor-lazy.js';

/** The drafter's wasm, loaded once. */
export const drafter = lazyWasm(initDraft, glue, 'pkg/report_charts_draft_bg.wasm');
