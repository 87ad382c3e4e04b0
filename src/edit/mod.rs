//! The editor (`www/editor.html`): [`desk`], what the editor asks of the pipeline beyond
//! validating and drawing, in plain functions tested natively; and `web`, the editor's
//! wasm edge (cargo feature `editor`), which only converts types and errors. The story
//! page and the embeds never load this build. `press` (`src/edit/press.rs`, wasm only)
//! is the wasm edge of 发布 (cargo feature `publisher`): a wasm of its own, loaded when
//! the desk publishes. `drafter` (`src/edit/drafter.rs`, wasm only) is the wasm edge of
//! the draft (cargo feature `drafter`), loaded when the desk pastes a text, adds a number
//! of it, or opens an undecided one (the reason the draft would skip it for).

pub mod desk;
#[cfg(all(target_arch = "wasm32", feature = "drafter"))]
pub mod drafter;
#[cfg(all(target_arch = "wasm32", feature = "publisher"))]
pub mod press;
#[cfg(all(
    target_arch = "wasm32",
    not(any(feature = "publisher", feature = "drafter"))
))]
pub mod web;

/// A message of the pipeline as the error JavaScript receives: the one conversion of
/// every wasm edge of the editor (`web`, `press`, `drafter`).
#[cfg(target_arch = "wasm32")]
pub(crate) fn js(message: String) -> wasm_bindgen::JsError {
    wasm_bindgen::JsError::new(&message)
}
