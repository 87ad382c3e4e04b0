//! The draft at the wasm edge, in a wasm of its own (cargo feature `drafter`): the editor
//! loads it the first time the desk pastes a text, adds a number of the text or opens an
//! undecided one, so that the editor's own wasm, loaded at every visit, does not carry the
//! draft's chart proposals and ids (about 40 KB gzip), nor its sentence reader and
//! glossaries (77 KB gzip on 2026-12-07). Converts types and errors only.

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

/// The name of the reason the draft gives for skipping `number` of `sentence`, or none
/// (see [`crate::edit::desk::skip_reason`]): the reason the editor offers first for an
/// undecided number, asked here so that the editor's own wasm does not carry the draft's
/// sentence reader.
///
/// # Errors
///
/// As [`crate::edit::desk::skip_reason`].
#[wasm_bindgen]
pub fn skip_reason(sentence: &str, number: &str) -> Result<Option<String>, JsError> {
    crate::edit::desk::skip_reason(sentence, number)
        .map(|r| r.map(str::to_string))
        .map_err(js)
}

/// Why each undecided number of `asked` (a line each: sentence, number, reason, parted by
/// tabs) is undecided, in both languages (see
/// [`crate::edit::desk::whys_json`]): the text pane's tooltips and the choices say it,
/// asked here so that the editor's own wasm does not carry the draft's sentence reader.
///
/// # Errors
///
/// As [`crate::edit::desk::whys_json`].
#[wasm_bindgen]
pub fn undecided_whys(asked: &str) -> Result<String, JsError> {
    crate::edit::desk::whys_json(asked).map_err(js)
}

/// The file name of a pasted report named by nobody, from its place, its title and the
/// year the draft read (see [`crate::edit::desk::report_slug`]). Here, not in the editor's
/// own wasm: a place the glossary does not list is named by its pinyin, whose tables (some
/// 145 KB raw) only the draft needs besides, and a report nobody named is a pasted one, which
/// the drafter has drafted.
#[wasm_bindgen]
pub fn report_slug(place: &str, title: &str, year: i32) -> String {
    crate::edit::desk::report_slug(place, title, i64::from(year))
}
