//! The draft at the wasm edge, in a wasm of its own (cargo feature `drafter`): the editor
//! loads it the first time the desk pastes a text or adds a number of the text, so that
//! the editor's own wasm, loaded at every visit, does not carry the draft's chart
//! proposals and ids (about 40 KB gzip). Converts types and errors only.

use crate::edit::js;
use wasm_bindgen::prelude::*;

/// The data file `make draft` writes for report `text` (see [`crate::edit::desk::draft_json`]).
///
/// # Errors
///
/// As [`crate::edit::desk::draft_json`].
#[wasm_bindgen]
pub fn draft_data(text: &str) -> Result<String, JsError> {
    crate::edit::desk::draft_json(text).map_err(js)
}

/// The figure the draft proposes for `number` of `sentence`, as JSON; its messages in
/// the interface's `lang` (`zh` or `en`).
///
/// # Errors
///
/// As [`crate::edit::desk::propose_json`].
#[wasm_bindgen]
pub fn propose_figure(
    text: &str,
    json: &str,
    sentence: &str,
    number: &str,
    lang: &str,
) -> Result<String, JsError> {
    crate::edit::desk::propose_json(text, json, sentence, number, lang).map_err(js)
}
