//! The edge of the pipeline: JSON text in, a [`Report`] out, or every problem found.
//!
//! Problems are collected, not thrown, so that an editor fixes a file in one pass.
//! Each names the JSON path (`charts[3].figures[1]`) of the value at fault.

use crate::check::raw;
use crate::shared::messages as msg;
use crate::shared::messages::Message;
use crate::shared::model::Report;
use std::collections::{HashMap, HashSet};
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
    let partial = load_partial(file, json)?;
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
    let partial = validate_partial(file, raw);
    match partial.error {
        None => Ok(partial.report),
        Some(e) => Err(e),
    }
}

/// What the browser gets from a file with problems: every chart that is right, and the
/// problems of each chart that is not, so one mistake never blanks the whole page.
#[derive(Debug, Clone, PartialEq)]
pub struct Partial {
    /// The report without the broken charts.
    pub report: Report,
    /// The broken charts, in file order.
    pub broken: Vec<BrokenChart>,
    /// Every problem, as [`load`] reports them; `None` when there are none.
    pub error: Option<DataError>,
}

/// A chart of the file that cannot be drawn, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenChart {
    /// Its place among the file's charts, counted from 0.
    pub index: usize,
    /// Its id, when it has one that names it alone (see [`drawn_ids`]).
    pub id: Option<String>,
    /// Its own problems and those of the figures it draws, in file order.
    pub problems: Vec<Problem>,
}

impl BrokenChart {
    /// How messages name it: its id, or its JSON path when it has no id of its own.
    pub fn name(&self) -> String {
        self.id
            .clone()
            .unwrap_or_else(|| format!("charts[{}]", self.index))
    }
}

/// Reads a file, keeping what is right. Malformed JSON is an `Err`: nothing can be kept.
/// A value of the wrong type is a problem of [`Partial::error`], listed with every other
/// one, and the rest of the file is read without it ([`parse_lenient`]).
///
/// # Errors
///
/// A [`DataError`] with its one problem when `json` is not JSON.
pub fn load_partial(file: &str, json: &str) -> Result<Partial, DataError> {
    let mut partial =
        parse_lenient(file, json).map(|(raw, typed)| validate_seeded(file, &raw, typed))?;
    located(&mut partial, json);
    Ok(partial)
}

/// `partial` with the line of each of its problems in `json` ([`locate`]), in its error
/// and in its broken charts.
pub fn located(partial: &mut Partial, json: &str) {
    let mut lists: Vec<&mut [Problem]> = Vec::new();
    if let Some(e) = partial.error.as_mut() {
        lists.push(&mut e.problems);
    }
    for b in &mut partial.broken {
        lists.push(&mut b.problems);
    }
    lines::locate_all(&mut lists, json);
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

/// Validates a parsed file, keeping what is right (see [`load_partial`]).
pub fn validate_partial(file: &str, raw: &raw::ReportFile) -> Partial {
    validate_seeded(file, raw, Vec::new())
}

/// Validates a file read leniently, whose values of the wrong type were put aside with
/// their problems `typed` ([`parse_lenient`]): those come first, and what the checks
/// then say of a value put aside (missing) is not said again.
pub fn validate_seeded(file: &str, raw: &raw::ReportFile, typed: Vec<Problem>) -> Partial {
    let mut c = Checker::default();
    let seeded = typed.len();
    c.problems = typed;
    c.extra(&JsonPath::root(), &raw.extra);
    let meta = c.meta(raw.meta.as_ref());
    let sections = c.sections(&raw.sections);
    let figures = c.figures(&raw.figures, &sections);
    let before_charts = c.problems.len();
    let charts = c.charts(&raw.charts, &sections, &figures);
    let skips = c.skips(&raw.skips);
    // After the charts: two values of one figure break no chart, so that the preview
    // still shows both for the desk to choose.
    c.problems.extend(twice::conflicts(&figures));
    let (problems, before_charts) = without_echoes(raw, c.problems, (seeded, before_charts));

    // A chart is broken by its own problems and by those of the figures it names. Each
    // problem's chart or figure is read off its path's steps once, so that a file of thousands of
    // figures and charts is not one pass over every problem per chart (that took seconds).
    let mut of_chart: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut of_figure: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, p) in problems.iter().enumerate() {
        if let Some(i) = p.path.chart() {
            of_chart.entry(i).or_default().push(n);
        }
        if let Some(k) = p.path.figure().filter(|_| n < before_charts) {
            of_figure.entry(k).or_default().push(n);
        }
    }
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, f) in raw.figures.iter().enumerate() {
        if let Some(id) = &f.id {
            by_id.entry(id.as_str()).or_default().push(k);
        }
    }
    let mut broken: Vec<BrokenChart> = Vec::new();
    let mut keep = HashSet::new();
    for ((i, rc), id) in raw.charts.iter().enumerate().zip(drawn_ids(raw)) {
        let mut of_its_figures: Vec<usize> = rc
            .figures
            .iter()
            .filter_map(|id| by_id.get(id.as_str()))
            .flatten()
            .filter_map(|k| of_figure.get(k))
            .flatten()
            .copied()
            .collect();
        // In file order, each once (a chart may name a figure twice).
        of_its_figures.sort_unstable();
        of_its_figures.dedup();
        let own: Vec<Problem> = of_chart
            .get(&i)
            .into_iter()
            .flatten()
            .chain(&of_its_figures)
            .map(|&n| problems[n].clone())
            .collect();
        if own.is_empty() {
            keep.insert(i);
        } else {
            broken.push(BrokenChart {
                index: i,
                id,
                problems: own,
            });
        }
    }
    // Kept by position, not by id: a broken copy of a good chart shares its id.
    let charts = charts
        .into_iter()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, c)| c)
        .collect();
    Partial {
        report: Report {
            meta,
            sections,
            figures,
            charts,
            skips,
        },
        broken,
        error: (!problems.is_empty()).then(|| DataError {
            file: file.to_string(),
            problems,
        }),
    }
}

/// `problems` without those said of a value put aside (the first `seeded`, of the wrong
/// type): what the checks then say of its figure, and of a chart holding it or drawing
/// its figure (a title whose number is now no figure's, an accent no longer in the list),
/// is an echo of that one problem, which breaks the chart already. Also where the charts'
/// problems start among them (`charts`) once those are gone.
fn without_echoes(
    raw: &raw::ReportFile,
    problems: Vec<Problem>,
    (seeded, charts): (usize, usize),
) -> (Vec<Problem>, usize) {
    if seeded == 0 {
        return (problems, charts);
    }
    let (typed, rest) = problems.split_at(seeded);
    let figures: HashSet<usize> = typed.iter().filter_map(|t| t.path.figure()).collect();
    let ids: HashSet<&str> = (figures.iter())
        .filter_map(|&k| raw.figures.get(k)?.id.as_deref())
        .collect();
    let drawing = raw.charts.iter().enumerate().filter_map(|(i, c)| {
        c.figures
            .iter()
            .any(|id| ids.contains(id.as_str()))
            .then_some(i)
    });
    let held: HashSet<usize> = (typed.iter().filter_map(|t| t.path.chart()))
        .chain(drawing)
        .collect();
    let echo = |p: &Problem| {
        p.path.figure().is_some_and(|k| figures.contains(&k))
            || p.path.chart().is_some_and(|i| held.contains(&i))
    };
    let mut out = typed.to_vec();
    let mut before_charts = seeded;
    for (n, p) in rest.iter().enumerate() {
        if echo(p) {
            continue;
        }
        if n + seeded < charts {
            before_charts += 1;
        }
        out.push(p.clone());
    }
    (out, before_charts)
}

/// The id each chart of `raw` is known by, in file order: its own, or `None` when its id
/// is missing or not kebab-case. A second chart with the same id has none either, so that
/// the first one's id still names the first one alone (the page looks charts up by id;
/// the editor's preview, by place).
pub fn drawn_ids(raw: &raw::ReportFile) -> Vec<Option<String>> {
    let mut names = HashSet::new();
    raw.charts
        .iter()
        .map(|rc| {
            let id = rc
                .id
                .clone()
                .filter(|id| is_kebab(id) && !names.contains(id));
            if let Some(id) = &id {
                names.insert(id.clone());
            }
            id
        })
        .collect()
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
