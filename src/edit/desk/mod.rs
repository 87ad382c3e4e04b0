//! What the editor (`www/editor.html`) asks of the pipeline beyond validating and
//! drawing: the data file written the way the repository's files are, every problem of
//! a file as a list (malformed JSON included), the text's numbers marked by what the
//! file does with them, figures proposed from the text, and the review that says what
//! is left to fix and to confirm (see [`review`]). Plain functions, tested natively; the
//! editor's wasm edge (`src/edit/`) only converts them. Between keystrokes the editor
//! keeps a [`session::Session`]: the text read once, and one parse of the data file for
//! the review, the marks and the preview.

mod kept;
pub mod marked;
pub mod marks;
pub mod mismatch;
pub mod name;
pub mod patch;
pub mod placeholders;
pub mod propose;
pub mod retitle;
pub mod review;
pub mod session;
pub mod subtitles;
pub mod why;

pub use name::report_slug;

use crate::check::raw;
use crate::check::validate::partial::load_partial;
use crate::check::validate::Problem;
use crate::draft::{self, glossary::Glossary};
use crate::shared::charts::ChartKind;
use crate::shared::messages::{self as msg, words};
use crate::shared::model::{
    ChangeKind, FigureKind, Lang, Qualifier, SkipReason, Status, Vocabulary,
};

/// Every problem of data file `json`, in file order, as `check` lists them; a file that
/// is not JSON at all has its one problem.
pub fn problems(file: &str, json: &str) -> Vec<Problem> {
    match load_partial(file, json) {
        Ok(partial) => partial.error.map(|e| e.problems).unwrap_or_default(),
        Err(e) => e.problems,
    }
}

/// The closed lists of the data file, for the editor's choices: chart kinds, figure
/// kinds, change kinds, qualifiers, skip reasons and statuses, as JSON: each list an array of
/// `{"name", "zh", "en"}`, the name as the file writes it and the words a desk reads (a
/// chart kind also says whether the story page draws it, `"story"`: only those are
/// offered); and
/// `newChart`, the placeholder title of a chart the desk makes, and `toFill`, the
/// placeholder of a text nobody has written yet (a new chart's subtitle).
pub fn vocabulary() -> String {
    fn list<T: Copy>(
        all: &[(T, &'static str)],
        word: fn(T, Lang) -> &'static str,
    ) -> serde_json::Value {
        all.iter()
            .map(|&(k, name)| {
                serde_json::json!({ "name": name, "zh": word(k, Lang::Zh), "en": word(k, Lang::En) })
            })
            .collect()
    }
    let kinds: Vec<(ChartKind, &str)> = crate::shared::charts::ALL
        .iter()
        .map(|&k| (k, k.name()))
        .collect();
    let mut chart_kinds = list(&kinds, words::chart_kind);
    // Every kind is named (a file may hold one of the register's), and only those the
    // story page draws are offered.
    if let Some(all) = chart_kinds.as_array_mut() {
        for (entry, &(k, _)) in all.iter_mut().zip(&kinds) {
            entry["story"] = k.on_story_page().into();
        }
    }
    serde_json::json!({
        "chartKinds": chart_kinds,
        "figureKinds": list(FigureKind::NAMES, words::figure_kind),
        "changeKinds": list(ChangeKind::NAMES, words::change_kind),
        "qualifiers": list(Qualifier::NAMES, words::qualifier),
        "skipReasons": list(SkipReason::NAMES, words::skip_reason),
        "statuses": list(Status::NAMES, words::status),
        "newChart": msg::draft::DESK_NEW_CHART,
        "toFill": msg::draft::DRAFT_TO_FILL,
    })
    .to_string()
}

/// The bundled glossary, read once.
///
/// # Errors
///
/// The message of [`Glossary::bundled`] when the bundled glossary does not read.
pub fn glossary() -> Result<&'static Glossary, String> {
    static GLOSSARY: std::sync::OnceLock<Result<Glossary, String>> = std::sync::OnceLock::new();
    GLOSSARY
        .get_or_init(Glossary::bundled)
        .as_ref()
        .map_err(Clone::clone)
}

/// The lenient data file, for reading a file that may have problems.
fn lenient(json: &str) -> Result<raw::ReportFile, String> {
    serde_json::from_str(json.strip_prefix('\u{feff}').unwrap_or(json))
        .map_err(|e| msg::data::malformed_json(&e.to_string()).en)
}

/// The data file `make draft` writes for report `text`.
///
/// # Errors
///
/// The message of [`draft::draft`], or the serializer's.
pub fn draft_json(text: &str) -> Result<String, String> {
    draft::to_json(&draft::draft(text)?)
}

/// The lines of `text` with their numbers marked under data file `json`, as JSON.
///
/// # Errors
///
/// When `json` is not JSON, or the lines do not serialise.
pub fn marks_json(text: &str, json: &str) -> Result<String, String> {
    let lines = marks::marks(text, &lenient(json)?);
    serde_json::to_string(&lines).map_err(|e| e.to_string())
}

/// The figure the draft proposes for `number` of `sentence`, as JSON; its messages in
/// `lang` (`zh` or `en`), the interface's.
///
/// # Errors
///
/// When `json` is not JSON, the glossary does not read, `sentence` has no number `number`,
/// a figure holds it already, or the figure does not serialise.
pub fn propose_json(
    text: &str,
    json: &str,
    sentence: &str,
    number: &str,
    lang: &str,
) -> Result<String, String> {
    let asked = propose::Asked {
        sentence,
        number,
        lang: crate::shared::model::Lang::parse(lang),
    };
    let figure = propose::propose(text, &lenient(json)?, asked, glossary()?)?;
    serde_json::to_string(&figure).map_err(|e| e.to_string())
}

/// The name of the reason the draft gives for skipping `number` of `sentence` (see
/// [`propose::reason`]); `None` where it would not skip it.
///
/// # Errors
///
/// The message of [`Glossary::bundled`] when the bundled glossary does not read.
pub fn skip_reason(sentence: &str, number: &str) -> Result<Option<&'static str>, String> {
    Ok(propose::reason(sentence, number, glossary()?).map(SkipReason::name))
}

/// Why each undecided number of `asked` (one a line: sentence, number and reason or
/// nothing, parted by tabs: [`why::Asked::parse`]) is undecided, as JSON: for each,
/// `{"zh", "en"}` or `null` (see [`why::whys`]).
///
/// # Errors
///
/// When a line of `asked` is not such a line, or the bundled glossary does not read.
pub fn whys_json(asked: &str) -> Result<String, String> {
    let asked = why::Asked::parse(asked)?;
    serde_json::to_string(&why::whys(&asked, glossary()?)).map_err(|e| e.to_string())
}

/// The review of data file `json` (named `file`) against `text`, worded in `lang`
/// (`zh` or `en`), as JSON (see [`review::review`]).
///
/// # Errors
///
/// The serializer's message, should the review not serialise; the file's own problems are
/// in the review.
pub fn review_json(file: &str, text: &str, json: &str, lang: &str) -> Result<String, String> {
    let review = review::review(file, text, json, crate::shared::model::Lang::parse(lang));
    serde_json::to_string(&review).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const XIHU: &str = include_str!("../../../data/xihu-2024.json");

    #[test]
    fn the_problems_are_those_check_lists() {
        let broken = XIHU.replacen("\"kind\": \"cards\"", "\"kind\": \"card\"", 1);
        let listed = problems("x.json", &broken);
        let checked = crate::check::validate::load("x.json", &broken)
            .err()
            .map(|e| e.problems);
        assert_eq!(Some(listed.clone()), checked);
        let kind = crate::check::validate::Step::Key("kind".into());
        assert!(listed.iter().any(|p| p.path.steps().last() == Some(&kind)));
        assert!(problems("x.json", XIHU).is_empty());
    }

    #[test]
    fn a_file_that_is_not_json_has_one_problem_for_the_whole_file() {
        let listed = problems("x.json", "{");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].path, "");
    }
}
