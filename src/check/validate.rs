//! The edge of the pipeline: JSON text in, a [`Report`] out, or every problem found.
//!
//! Problems are collected, not thrown, so that an editor fixes a file in one pass.
//! Each names the JSON path (`charts[3].figures[1]`) of the value at fault.

use crate::check::raw;
use crate::shared::messages as msg;
use crate::shared::messages::Message;
use crate::shared::model::Report;

use std::fmt;

use checker::Checker;
pub use lines::locate;
pub use path::{JsonPath, Step};

pub mod advice;
mod captions;
mod checker;
mod figures;
mod lenient;
mod lines;
pub mod partial;
mod parts;
mod path;
pub mod periods;
mod skips;
mod title_changes;
pub mod title_for;
mod title_labels;
mod title_prints;
pub mod titles;
pub mod trust;
mod twice;
pub mod unprinted;

/// One thing wrong in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the value at fault, e.g. `charts[3].figures[1]`; empty for the whole file.
    pub path: JsonPath,
    /// What is wrong, in both languages (it reads as its English).
    pub message: Message,
    /// The line of the file its value starts on (of the file in the repository's layout,
    /// [`crate::check::pretty`], where the file came on one line), when [`locate`] found
    /// it; `None` where the message names its place itself (the parser's line and column).
    pub line: Option<usize>,
}

/// Every problem found in one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file, as the user named it.
    pub file: String,
    /// The problems, in file order.
    pub problems: Vec<Problem>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{}: {n} problem{}",
            self.file,
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            if p.path.is_empty() {
                write!(f, "\n  {}", p.message)?;
            } else {
                write!(f, "\n  {}: {}", p.path, p.message)?;
            }
            if let Some(line) = p.line {
                write!(f, "{}", msg::data::on_line(line).en)?;
            }
        }
        Ok(())
    }
}

impl DataError {
    /// The problems as [`fmt::Display`] lists them, worded in `lang`.
    pub fn problems_in(&self, lang: crate::shared::model::Lang) -> String {
        let mut out = format!("{}:", self.file);
        for p in &self.problems {
            out.push_str("\n  ");
            if !p.path.is_empty() {
                out.push_str(&p.path.to_string());
                out.push_str(": ");
            }
            out.push_str(&p.said_in(lang));
        }
        out
    }
}

impl std::error::Error for DataError {}

impl Problem {
    /// Its message in `lang`, with its line where it has one: 缺少此项（第 42 行）.
    pub fn said_in(&self, lang: crate::shared::model::Lang) -> String {
        let mut out = self.message.said_in(lang).to_string();
        if let Some(line) = self.line {
            out.push_str(msg::data::on_line(line).said_in(lang));
        }
        out
    }
}

/// Reads and validates a data file. `file` is only used in messages.
///
/// # Errors
///
/// A [`DataError`] listing every problem of the file, each with its JSON path.
pub fn load(file: &str, json: &str) -> Result<Report, DataError> {
    let partial = partial::load_partial(file, json)?;
    match partial.error {
        None => Ok(partial.report),
        Some(e) => Err(e),
    }
}

/// Validates a parsed file: the whole file must be right.
///
/// # Errors
///
/// A [`DataError`] listing every problem of the file, each with its JSON path.
pub fn validate(file: &str, raw: &raw::ReportFile) -> Result<Report, DataError> {
    let partial = partial::validate_partial(file, raw);
    match partial.error {
        None => Ok(partial.report),
        Some(e) => Err(e),
    }
}

/// Reads a file's JSON into its lenient form, for validating once and reading what the
/// validation does not keep (the editor's review).
///
/// # Errors
///
/// A [`DataError`] when `json` is not JSON (its one problem), or when values have the
/// wrong type (each, at its JSON path).
pub fn parse(file: &str, json: &str) -> Result<raw::ReportFile, DataError> {
    match parse_lenient(file, json)? {
        (raw, typed) if typed.is_empty() => Ok(raw),
        (_, problems) => Err(DataError {
            file: file.to_string(),
            problems,
        }),
    }
}

/// Reads a file's JSON into its lenient form, with every value of the wrong type put
/// aside and listed ([`lenient`]), so that the rest of the file is still read.
///
/// # Errors
///
/// A [`DataError`] with its one problem when `json` is not JSON.
pub fn parse_lenient(file: &str, json: &str) -> Result<(raw::ReportFile, Vec<Problem>), DataError> {
    // A byte-order mark, as some Windows editors save UTF-8: the browser's decoder drops
    // it before the page sees the text, so the native check must read past it too.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // A file that reads is read without tracking paths, at about half the cost: the
    // editor parses the whole file at each keystroke. Only a failure is read again for
    // its paths.
    match serde_json::from_str(json) {
        Ok(raw) => Ok((raw, Vec::new())),
        Err(_) => lenient::read(file, json),
    }
}

/// True for ASCII kebab-case: lower-case letters and digits in words joined by `-`.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
