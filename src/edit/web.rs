//! The editor's `#[wasm_bindgen]` edge: the full pipeline (parse, validate with every
//! message, resolve) in front of the reader's drawing. Converts types and errors only.

use crate::model::Lang;
use crate::theme::ThemeName;
use crate::validate::load_partial;
use crate::web::Charts;
use crate::{resolve, View};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
impl Charts {
    /// Reads and validates the data file `json`, named `file` in messages, and resolves
    /// it in `lang`, to measure text on `measure`. Charts with problems show them in their
    /// place, worded in `words` (the interface's language); malformed JSON is an error for
    /// the whole file.
    pub fn from_json(
        file: &str,
        json: &str,
        lang: &str,
        words: &str,
        measure: HtmlCanvasElement,
    ) -> Result<Charts, JsError> {
        let words = Lang::parse(words);
        let partial = load_partial(file, json).map_err(|e| JsError::new(&e.problems_in(words)))?;
        let lang = Lang::parse(lang);
        let resolved = resolve::resolved_in(&partial.report, &partial.broken, file, lang, words);
        Ok(Charts::with(resolved, Some(measure)).keeping(partial.report))
    }

    /// Chart `id` as a standalone SVG document `width` CSS pixels wide, for downloads.
    pub fn svg(&self, id: &str, width: f64, theme: &str) -> Result<String, JsError> {
        let report = self
            .report()
            .ok_or_else(|| JsError::new(&crate::messages::no_such_chart(id)))?;
        let view = View {
            width,
            lang: self.lang(),
            theme: ThemeName::parse(theme),
        };
        crate::svg(report, id, view).map_err(|e| JsError::new(&e))
    }

    /// Chart `id`'s data as CSV (UTF-8 with a byte-order mark), for downloads.
    pub fn csv(&self, id: &str) -> Result<String, JsError> {
        let report = self.report();
        let chart = report
            .and_then(|r| r.chart(id).map(|c| (r, c)))
            .ok_or_else(|| JsError::new(&crate::messages::no_such_chart(id)))?;
        Ok(resolve::csv(chart.0, chart.1, self.lang()))
    }
}

/// Data file `json` formatted as the repository's files are (see [`crate::build::desk::pretty`]).
#[wasm_bindgen]
pub fn format_data(json: &str) -> Result<String, JsError> {
    crate::build::desk::pretty(json).map_err(|e| JsError::new(&e))
}

/// The data file's closed lists (see [`crate::build::desk::vocabulary`]).
#[wasm_bindgen]
pub fn vocabulary() -> String {
    crate::build::desk::vocabulary()
}

/// The data file `make draft` writes for report `text` (see [`crate::build::desk::draft_json`]).
#[wasm_bindgen]
pub fn draft_data(text: &str) -> Result<String, JsError> {
    crate::build::desk::draft_json(text).map_err(|e| JsError::new(&e))
}

/// The lines of `text` with their numbers marked under data file `json`, as JSON.
#[wasm_bindgen]
pub fn text_marks(text: &str, json: &str) -> Result<String, JsError> {
    crate::build::desk::marks_json(text, json).map_err(|e| JsError::new(&e))
}

/// The figure the draft proposes for `number` of `sentence`, as JSON.
#[wasm_bindgen]
pub fn propose_figure(
    text: &str,
    json: &str,
    sentence: &str,
    number: &str,
) -> Result<String, JsError> {
    crate::build::desk::propose_json(text, json, sentence, number).map_err(|e| JsError::new(&e))
}

/// Everything that keeps data file `json` (named `file`) from being done, against the
/// report's `text`, worded in `lang`, as JSON (see [`crate::build::desk::review`]): the
/// problems list, the fields' flags and the count to confirm all read it.
#[wasm_bindgen]
pub fn review(file: &str, text: &str, json: &str, lang: &str) -> Result<String, JsError> {
    crate::build::desk::review_json(file, text, json, lang).map_err(|e| JsError::new(&e))
}

/// The site of report `slug` (data file `json`, text `text`) as a ZIP archive, with
/// `readme` as its README.txt (see [`crate::build::publish::site_zip`]). While the data
/// file has a problem nothing is written: the error lists every one, worded in `lang`.
#[wasm_bindgen]
pub fn publish_zip(
    slug: &str,
    json: &str,
    text: &str,
    readme: &str,
    lang: &str,
) -> Result<Vec<u8>, JsError> {
    let publication = crate::build::publish::Publication {
        slug,
        json,
        text,
        readme,
    };
    crate::build::publish::site_zip(&publication, Lang::parse(lang)).map_err(|e| JsError::new(&e))
}
