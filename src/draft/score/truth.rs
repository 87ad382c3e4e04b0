//! A truth list (`tests/truth/README.md`): the figures a careful reader finds in one real
//! text, written by hand. Read with typed serde, then checked against the text: every
//! problem names the file and the JSON path, as `check` does for a data file.

use crate::check::validate::{DataError, JsonPath, Problem};
use crate::shared::messages as msg;
use crate::shared::model::{Status, Vocabulary};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

/// Which half of the truth-listed texts a list belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Half {
    /// Rules of the draft may be written from these texts' misses.
    Tune,
    /// These texts measure the draft on text it was not tuned to.
    Test,
    /// Texts held out of every round before this half was first measured: their lists
    /// were written blind to the draft after its rules were, so their first score is the
    /// draft's on text nobody had read for it (`tests/truth/README.md`, "Halves").
    Fresh,
}

impl Half {
    /// Every half, in the order the score prints them.
    pub const ALL: [Half; 3] = [Half::Tune, Half::Test, Half::Fresh];

    /// As the list and the ratchet write it.
    pub fn name(self) -> &'static str {
        match self {
            Half::Tune => "tune",
            Half::Test => "test",
            Half::Fresh => "fresh",
        }
    }
}

/// A figure's status as a truth list writes it: the model's [`Status`], read strictly (a
/// word the list does not have is an error, not kept for later as a data file keeps it).
fn status<'de, D: Deserializer<'de>>(d: D) -> Result<Status, D::Error> {
    let word = String::deserialize(d)?;
    Status::from_name(&word).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "unknown status `{word}`, expected one of {}",
            Status::names().join(", ")
        ))
    })
}

/// A heading of the text, as printed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Heading {
    /// 1 for 一、/第一部分, 2 for （一）, 3 for 1. or a bold lead.
    pub level: u8,
    /// The heading without the paragraph that runs on after it.
    pub text: String,
}

/// A change (or a comparison) of a truth figure.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthChange {
    /// `growth`, `decline`, `above`, `below`, `pull` … as the data file names it.
    pub kind: String,
    /// As printed.
    pub value: f64,
    /// `%`, `个百分点`, or the figure's unit.
    #[serde(default)]
    pub unit: String,
    /// The upper end of a range.
    pub to: Option<f64>,
    /// 左右, 以上 … of the change.
    pub qualifier: Option<String>,
    /// What it is compared with.
    pub reference: Option<String>,
    /// `true` for an average a year (年均增长5.7%), as the data file says it.
    pub yearly: Option<bool>,
}

/// A figure a reader finds in the text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthFigure {
    /// A verbatim piece of one sentence holding every number of the figure.
    pub quote: String,
    /// Which occurrence of `quote` (from 1) when it is not unique.
    pub nth: Option<usize>,
    /// What is counted.
    pub label: String,
    /// As printed, or null.
    pub value: Option<f64>,
    /// The upper end of a range.
    pub to: Option<f64>,
    /// `zh` as printed; "" without a value.
    #[serde(default)]
    pub unit: String,
    /// 突破, 超, 余, 左右 … as printed.
    pub qualifier: Option<String>,
    /// The change the text gives with it.
    pub change: Option<TruthChange>,
    /// A second change: a comparison or a contribution.
    pub compare: Option<TruthChange>,
    /// Result, target or limit.
    #[serde(default, deserialize_with = "status")]
    pub status: Status,
    /// Where the figure is not for the report's year, as printed.
    pub period: Option<String>,
    /// `true` for a value that is an average a year (城镇新增就业年均超过70万人), as the
    /// data file's figure says it; read only in a list marked `yearly_amounts`.
    pub yearly: Option<bool>,
}

/// A number of the text that is not a figure.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthSkip {
    /// A verbatim piece of the text holding the number.
    pub quote: String,
    /// Which occurrence of `quote` (from 1) when it is not unique.
    pub nth: Option<usize>,
    /// The number as printed.
    pub number: String,
    /// Why it is not a figure.
    pub reason: String,
}

/// One text's truth list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthList {
    /// The text's file name, `SLUG.txt`.
    pub text: String,
    /// Tune or test.
    pub half: Half,
    /// Every heading, as printed.
    #[serde(default)]
    pub headings: Vec<Heading>,
    /// Every figure.
    pub figures: Vec<TruthFigure>,
    /// Every other number.
    #[serde(default)]
    pub skips: Vec<TruthSkip>,
    /// The list has been read for values that are an average a year (`yearly` on a
    /// figure): only then does the score compare a figure's `yearly`, so that a list not
    /// yet read never counts the draft's 年均 as wrong.
    #[serde(default)]
    pub yearly_amounts: bool,
}

/// `text` without its whitespace, as quotes and sources are written, and without the
/// zero-width characters a web page leaves, which the draft's sources never hold: a quote
/// is compared as its reader sees it. Full-width digits count as ASCII ones
/// (`printed::half_width_digits`): a list quotes ８．５％ as printed, while the draft's
/// sources hold the digits it read, 8.5％.
pub fn strip(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|&c| !c.is_whitespace() && !crate::draft::leftovers::invisible(c))
        .collect();
    crate::check::printed::half_width_digits(&visible)
}

/// The byte offset of the `nth` (from 1) occurrence of `quote` in `text`.
pub fn occurrence(text: &str, quote: &str, nth: usize) -> Option<usize> {
    if quote.is_empty() || nth == 0 {
        return None;
    }
    text.match_indices(quote).nth(nth - 1).map(|(at, _)| at)
}

fn one_problem(file: &str, path: JsonPath, message: msg::Message) -> DataError {
    DataError {
        file: file.to_string(),
        problems: vec![Problem {
            path,
            message,
            line: None,
        }],
    }
}

/// Reads the truth list `json` of file `file` (named in messages).
///
/// # Errors
///
/// A [`DataError`] naming the file, the JSON path and what is wrong.
pub fn parse(file: &str, json: &str) -> Result<TruthList, DataError> {
    parse_json(file, json)
}

/// Reads `json` as a `T`, or says where (file, JSON path) and what is wrong.
///
/// # Errors
///
/// A [`DataError`] naming the file, the JSON path and what is wrong.
pub fn parse_json<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, DataError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let de = &mut serde_json::Deserializer::from_str(json);
    let list: T = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = JsonPath::from(e.path());
        let inner = e.into_inner();
        let message = match inner.classify() {
            serde_json::error::Category::Data => msg::data::wrong_type(&inner.to_string()),
            _ => msg::data::malformed_json(&inner.to_string()),
        };
        one_problem(file, path, message)
    })?;
    de.end().map_err(|e| {
        one_problem(
            file,
            JsonPath::root(),
            msg::data::malformed_json(&e.to_string()),
        )
    })?;
    Ok(list)
}

/// Checks that the list belongs to `slug` and that every quote and heading is in `text`:
/// one the text does not hold would silently count as missed.
///
/// # Errors
///
/// A [`DataError`] with every quote or heading `text` lacks, and a list named for another
/// text.
pub fn check(file: &str, slug: &str, list: &TruthList, text: &str) -> Result<(), DataError> {
    let stripped = strip(text);
    let mut problems = Vec::new();
    let expected = format!("{slug}.txt");
    if list.text != expected {
        problems.push(Problem {
            path: JsonPath::root().key("text"),
            message: msg::score::truth_text_mismatch(&list.text, &expected).into(),
            line: None,
        });
    }
    let quotes = list
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| (JsonPath::item("figures", i), &f.quote, f.nth))
        .chain(
            list.skips
                .iter()
                .enumerate()
                .map(|(i, s)| (JsonPath::item("skips", i), &s.quote, s.nth)),
        );
    for (i, h) in list.headings.iter().enumerate() {
        let text = strip(&h.text);
        if text.is_empty() || !stripped.contains(text.as_str()) {
            problems.push(Problem {
                path: JsonPath::item("headings", i).key("text"),
                message: msg::score::truth_quote_missing(&text).into(),
                line: None,
            });
        }
    }
    for (path, quote, nth) in quotes {
        let quote = strip(quote);
        let count = if quote.is_empty() {
            0
        } else {
            stripped.matches(quote.as_str()).count()
        };
        match nth {
            _ if count == 0 => problems.push(Problem {
                path: path.key("quote"),
                message: msg::score::truth_quote_missing(&quote).into(),
                line: None,
            }),
            Some(n) if n == 0 || n > count => problems.push(Problem {
                path: path.key("nth"),
                message: msg::score::truth_nth_beyond(n, count).into(),
                line: None,
            }),
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(DataError {
            file: file.to_string(),
            problems,
        })
    }
}
