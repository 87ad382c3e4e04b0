//! What build time and read time share: the model's types, the chart spec, layout, the
//! chart kinds, the theme and drawing on any plotters backend. For the build-time stages
//! only (and the editor), what the draft, `check` and `publish` all need: how the report
//! prints a number (`format`) and the word lists labels are read by (`words`). Nothing
//! the reader's wasm holds parses, validates or formats a number: that is done before,
//! at build time.

pub mod charts;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod format;
pub mod layout;
mod measure;
pub mod messages;
pub mod model;
pub mod render;
mod shift;
pub mod spec;
pub mod theme;
pub mod trig;
pub mod view;
pub mod wire;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod words;
mod wrap;
