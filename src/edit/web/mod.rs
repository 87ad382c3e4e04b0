//! The editor's free `#[wasm_bindgen]` functions: what needs no report open (formatting,
//! the vocabulary, the draft, a proposed figure). What keeps state between keystrokes is
//! [`desk::Desk`]. Converts types and errors only.

pub mod desk;

use crate::edit::js;
use crate::shared::model::Lang;
use wasm_bindgen::prelude::*;

/// Data file `json` formatted as the repository's files are (see [`crate::check::pretty`]).
///
/// # Errors
///
/// The malformed-JSON message when `json` is not JSON.
#[wasm_bindgen]
pub fn format_data(json: &str) -> Result<String, JsError> {
    crate::check::pretty(json).map_err(js)
}

/// The names of report `slug`'s files, as JSON (see [`crate::publish::files::editor_names`]):
/// the editor's script takes them from here and builds none.
#[wasm_bindgen]
pub fn file_names(slug: &str) -> String {
    crate::publish::files::editor_names(slug)
}

/// The article image of chart `id` in `lang` (`png/ID[.en].png`, as the site names it).
#[wasm_bindgen]
pub fn chart_png(id: &str, lang: &str) -> String {
    crate::publish::files::png(id, Lang::parse(lang))
}

/// The data file's closed lists (see [`crate::edit::desk::vocabulary`]).
#[wasm_bindgen]
pub fn vocabulary() -> String {
    crate::edit::desk::vocabulary()
}

/// Whether chart title `title`, in `lang`, still names label `old` as itself, `others`
/// the labels of the chart's figures (see [`crate::check::validate::title_for::names`]):
/// the one rule by which the editor remembers and forgets a chart's `title_for`, and
/// `check` reports its title.
#[wasm_bindgen]
pub fn title_names(title: &str, old: &str, others: Vec<String>, lang: &str) -> bool {
    let others: Vec<&str> = others.iter().map(String::as_str).collect();
    crate::check::validate::title_for::names(Lang::parse(lang), title, old, &others)
}

/// Drafted chart title `title`, in `lang`, after figure label `old` became `now`, `others`
/// the labels of the chart's other figures and `unit` the figure's unit in `lang` (see
/// [`crate::edit::desk::retitle::follow`]): the title that follows the relabel, or none
/// where it cannot be told that the title names the figure there.
#[wasm_bindgen]
pub fn title_follows(
    title: &str,
    old: &str,
    now: &str,
    others: Vec<String>,
    unit: &str,
    lang: &str,
) -> Option<String> {
    let others: Vec<&str> = others.iter().map(String::as_str).collect();
    crate::edit::desk::retitle::follow(title, (old, now), &others, unit, Lang::parse(lang))
}
