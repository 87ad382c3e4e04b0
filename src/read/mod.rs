//! Read time: what runs in the reader's browser. The wasm edge and the canvas surface;
//! they lay out and draw specs that build time resolved, and hit-test what was drawn.

pub mod canvas;
// The drafter's wasm (feature `drafter`) draws nothing: without the reader's `Charts` and
// its exports, it does not carry the layouts, the renderer and the decoder.
#[cfg(not(feature = "drafter"))]
pub mod web;

// Talc instead of the default dlmalloc: 2.5 KB less of the reader's wasm after gzip
// (measured with twiggy), for an allocator that is also faster. Its realloc-in-place is
// left out for size: a chart's vectors are built once per layout.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
