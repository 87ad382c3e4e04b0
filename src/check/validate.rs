//! The edge of the pipeline: JSON text in, a [`Report`] out, or every problem found.
//!
//! Problems are collected, not thrown, so that an editor fixes a file in one pass.
//! Each names the JSON path (`charts[3].figures[1]`) of the value at fault.

use crate::check::raw;
use crate::shared::charts::{self, check::Finding};
use crate::shared::messages::{self as msg, Message, Ref};
use crate::shared::model::{
    Chart, ChartKind, Figure, Meta, Report, Section, Text, Topic, Vocabulary,
};
use std::collections::{HashMap, HashSet};
use std::fmt;

pub mod advice;
mod figures;
mod skips;
mod titles;

/// One thing wrong in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the value at fault, e.g. `charts[3].figures[1]`; empty for the whole file.
    pub path: String,
    /// What is wrong, in both languages (it reads as its English).
    pub message: Message,
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
                out.push_str(&p.path);
                out.push_str(": ");
            }
            out.push_str(p.message.said_in(lang));
        }
        out
    }
}

impl std::error::Error for DataError {}

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
    /// Broken charts: id (or `charts[i]` when the id itself is broken) and its problems.
    pub broken: Vec<(String, Vec<Problem>)>,
    /// Every problem, as [`load`] reports them; `None` when there are none.
    pub error: Option<DataError>,
}

/// Reads a file, keeping what is right. Malformed JSON is an `Err`: nothing can be kept.
///
/// # Errors
///
/// A [`DataError`] with its one problem when `json` is not JSON or a value has the wrong
/// type; every other problem is in [`Partial::error`].
pub fn load_partial(file: &str, json: &str) -> Result<Partial, DataError> {
    parse(file, json).map(|raw| validate_partial(file, &raw))
}

/// Reads a file's JSON into its lenient form, for validating once and reading what the
/// validation does not keep (the editor's review); malformed JSON or a value of the wrong
/// type is its one problem.
///
/// # Errors
///
/// A [`DataError`] with its one problem when `json` is not JSON, or a value has the wrong
/// type, at its JSON path.
pub fn parse(file: &str, json: &str) -> Result<raw::ReportFile, DataError> {
    // A byte-order mark, as some Windows editors save UTF-8: the browser's decoder drops
    // it before the page sees the text, so the native check must read past it too.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // A file that reads is read without tracking paths, at about half the cost: the
    // editor parses the whole file at each keystroke. Only a failure is read again for
    // its path.
    if let Ok(raw) = serde_json::from_str(json) {
        return Ok(raw);
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    let parsed: Result<raw::ReportFile, _> = serde_path_to_error::deserialize(&mut *de);
    match parsed {
        // Anything after the document (a second copy pasted below it, a stray brace) is
        // malformed too: `deserialize` stops reading at the document's end.
        Ok(raw) => match de.end() {
            Ok(()) => Ok(raw),
            Err(e) => Err(DataError {
                file: file.to_string(),
                problems: vec![Problem {
                    path: String::new(),
                    message: msg::malformed_json(&e.to_string()),
                }],
            }),
        },
        Err(e) => {
            // `?` stands for a key the parser never finished reading: drop it.
            let path = e.path().to_string();
            let path = path.trim_end_matches(".?").trim_end_matches('?');
            let inner = e.into_inner();
            let message = match inner.classify() {
                serde_json::error::Category::Data => msg::wrong_type(&inner.to_string()),
                _ => msg::malformed_json(&inner.to_string()),
            };
            Err(DataError {
                file: file.to_string(),
                problems: vec![Problem {
                    path: if path == "." {
                        String::new()
                    } else {
                        path.to_string()
                    },
                    message,
                }],
            })
        }
    }
}

/// The index in `figures[N]` or `charts[N]` at the start of a path.
fn index_in(path: &str, list: &str) -> Option<usize> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    rest.split(']').next()?.parse().ok()
}

/// Validates a parsed file, keeping what is right (see [`load_partial`]).
pub fn validate_partial(file: &str, raw: &raw::ReportFile) -> Partial {
    let mut c = Checker::default();
    c.extra("", &raw.extra);
    let meta = c.meta(raw.meta.as_ref());
    let sections = c.sections(&raw.sections);
    let figures = c.figures(&raw.figures, &sections);
    let before_charts = c.problems.len();
    let charts = c.charts(&raw.charts, &sections, &figures);
    let skips = c.skips(&raw.skips);
    let problems = c.problems;

    // A chart is broken by its own problems and by those of the figures it names. Each
    // problem's chart or figure is read off its path once, so that a file of thousands of
    // figures and charts is not one pass over every problem per chart (that took seconds).
    let mut of_chart: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut of_figure: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, p) in problems.iter().enumerate() {
        if let Some(i) = index_in(&p.path, "charts") {
            of_chart.entry(i).or_default().push(n);
        }
        if let Some(k) = index_in(&p.path, "figures").filter(|_| n < before_charts) {
            of_figure.entry(k).or_default().push(n);
        }
    }
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, f) in raw.figures.iter().enumerate() {
        if let Some(id) = &f.id {
            by_id.entry(id.as_str()).or_default().push(k);
        }
    }
    let mut broken: Vec<(String, Vec<Problem>)> = Vec::new();
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
            broken.push((id, own));
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

/// The id each chart of `raw` is drawn by, in file order: its own, or `charts[N]` when
/// its id is missing or not kebab-case. A second chart with the same id is named by its
/// index too, so that the first one's id still names the first one alone (the page and
/// the editor's preview look charts up by id).
pub fn drawn_ids(raw: &raw::ReportFile) -> Vec<String> {
    let mut names = HashSet::new();
    raw.charts
        .iter()
        .enumerate()
        .map(|(i, rc)| {
            let id = rc
                .id
                .clone()
                .filter(|id| is_kebab(id) && !names.contains(id))
                .unwrap_or_else(|| format!("charts[{i}]"));
            names.insert(id.clone());
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

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// The report's year, which a chart's title may print (2024年).
    year: i64,
}

impl Checker {
    fn report(&mut self, path: impl Into<String>, message: impl Into<Message>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn extra(&mut self, path: &str, extra: &raw::Extra) {
        for key in extra.keys() {
            self.report(path.to_string(), msg::unknown_key(key));
        }
    }

    fn text(&mut self, path: &str, t: Option<&raw::Text>) -> Text {
        let Some(t) = t else {
            self.report(path, msg::missing());
            return Text::default();
        };
        self.extra(path, &t.extra);
        let mut side = |lang: &str, s: &Option<String>| match s {
            // English is written last, by the desk: without it the report builds in
            // Chinese only (see `Report::english_complete`).
            None if lang == "en" => String::new(),
            None => {
                self.report(join(path, lang), msg::missing());
                String::new()
            }
            Some(s) if s.trim().is_empty() => {
                self.report(join(path, lang), msg::empty());
                String::new()
            }
            Some(s) => s.clone(),
        };
        Text {
            zh: side("zh", &t.zh),
            en: side("en", &t.en),
        }
    }

    fn string(&mut self, path: &str, s: Option<&String>) -> String {
        match s {
            None => {
                self.report(path, msg::missing());
                String::new()
            }
            Some(s) if s.trim().is_empty() => {
                self.report(path, msg::empty());
                String::new()
            }
            Some(s) => s.clone(),
        }
    }

    fn id(&mut self, path: &str, s: Option<&String>, seen: &mut HashMap<String, String>) -> String {
        let id = self.string(path, s);
        if id.is_empty() {
            return id;
        }
        if !is_kebab(&id) {
            self.report(path, msg::not_kebab(&id));
        }
        if let Some(first) = seen.get(&id) {
            self.report(path, msg::duplicate_id(&id, first));
        } else {
            seen.insert(id.clone(), path.to_string());
        }
        id
    }

    /// A word of a closed list: the model's value, or `None` (and a problem naming the
    /// words of the list) when the file has another word.
    fn word<T: Vocabulary>(&mut self, path: &str, w: Option<&raw::Named<T>>) -> Option<T> {
        match w? {
            raw::Named::Known(k) => Some(*k),
            raw::Named::Other(other) => {
                self.report(path, msg::not_one_of(other, &T::names()));
                None
            }
        }
    }

    fn number(&mut self, path: &str, v: f64) -> bool {
        if v.is_finite() {
            true
        } else {
            self.report(path, msg::not_finite(v));
            false
        }
    }

    fn meta(&mut self, m: Option<&raw::Meta>) -> Meta {
        let Some(m) = m else {
            self.report("meta", msg::missing());
            return Meta {
                title: Text::default(),
                deck: Text::default(),
                publication: Text::default(),
                author: Text::default(),
                year: 0,
                place: None,
                image_credit: None,
                source_line: Text::default(),
            };
        };
        self.extra("meta", &m.extra);
        let year = m.year.unwrap_or_else(|| {
            self.report("meta.year", msg::missing());
            0
        });
        self.year = year;
        Meta {
            title: self.text("meta.title", m.title.as_ref()),
            deck: self.text("meta.deck", m.deck.as_ref()),
            publication: self.text("meta.publication", m.publication.as_ref()),
            author: self.text("meta.author", m.author.as_ref()),
            year,
            place: m.place.as_ref().map(|t| self.text("meta.place", Some(t))),
            image_credit: m
                .image_credit
                .as_ref()
                .map(|t| self.text("meta.image_credit", Some(t))),
            source_line: self.text("meta.source_line", m.source_line.as_ref()),
        }
    }

    fn sections(&mut self, raw: &[raw::Section]) -> Vec<Section> {
        let mut seen = HashMap::new();
        raw.iter()
            .enumerate()
            .map(|(i, s)| {
                let path = format!("sections[{i}]");
                self.extra(&path, &s.extra);
                let mut topic_ids = HashMap::new();
                let topics = s
                    .topics
                    .iter()
                    .enumerate()
                    .map(|(j, t)| {
                        let tp = format!("{path}.topics[{j}]");
                        self.extra(&tp, &t.extra);
                        Topic {
                            id: self.id(&join(&tp, "id"), t.id.as_ref(), &mut topic_ids),
                            title: self.text(&join(&tp, "title"), t.title.as_ref()),
                        }
                    })
                    .collect();
                Section {
                    id: self.id(&join(&path, "id"), s.id.as_ref(), &mut seen),
                    title: self.text(&join(&path, "title"), s.title.as_ref()),
                    short: self.text(&join(&path, "short"), s.short.as_ref()),
                    lead: s
                        .lead
                        .as_ref()
                        .map(|t| self.text(&join(&path, "lead"), Some(t))),
                    topics,
                }
            })
            .collect()
    }

    fn charts(
        &mut self,
        raw: &[raw::Chart],
        sections: &[Section],
        figures: &[Figure],
    ) -> Vec<(usize, Chart)> {
        let mut seen = HashMap::new();
        let index: HashMap<&str, usize> = figures
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.as_str(), i))
            .collect();
        raw.iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let path = format!("charts[{i}]");
                // The lead graphic opens the page: a second one, or one further down,
                // would be drawn where its place in `charts` does not say.
                if c.lead && i > 0 {
                    self.report(join(&path, "lead"), msg::lead_not_first());
                }
                self.chart(&path, c, sections, figures, &index, &mut seen)
                    .map(|chart| (i, chart))
            })
            .collect()
    }

    fn chart(
        &mut self,
        path: &str,
        c: &raw::Chart,
        sections: &[Section],
        figures: &[Figure],
        index: &HashMap<&str, usize>,
        seen: &mut HashMap<String, String>,
    ) -> Option<Chart> {
        self.extra(path, &c.extra);
        let id = self.id(&join(path, "id"), c.id.as_ref(), seen);
        let section = self.string(&join(path, "section"), c.section.as_ref());
        if !section.is_empty() && !sections.iter().any(|s| s.id == section) {
            self.report(
                join(path, "section"),
                msg::unknown_ref(Ref::Section, &section),
            );
        }
        let name = self.string(&join(path, "kind"), c.kind.as_ref());
        let kind = ChartKind::by_name(&name);
        if kind.is_none() && !name.is_empty() {
            let allowed: Vec<&str> = ChartKind::names().collect();
            self.report(join(path, "kind"), msg::not_one_of(&name, &allowed));
        }
        let mut ids = Vec::new();
        for (j, fid) in c.figures.iter().enumerate() {
            match index.get(fid.as_str()) {
                Some(&k) => ids.push(k),
                None => self.report(
                    format!("{path}.figures[{j}]"),
                    msg::unknown_ref(Ref::Figure, fid),
                ),
            }
        }
        let accent = c.accent.as_ref().and_then(|a| match index.get(a.as_str()) {
            Some(k) if ids.contains(k) => Some(*k),
            Some(_) => {
                self.report(join(path, "accent"), msg::accent_not_drawn(a));
                None
            }
            None => {
                self.report(join(path, "accent"), msg::unknown_ref(Ref::Figure, a));
                None
            }
        });
        let chart = Chart {
            id,
            kind: kind.unwrap_or(charts::cards::KIND),
            section,
            title: self.text(&join(path, "title"), c.title.as_ref()),
            subtitle: self.text(&join(path, "subtitle"), c.subtitle.as_ref()),
            note: c
                .note
                .as_ref()
                .map(|n| self.text(&join(path, "note"), Some(n))),
            figures: ids,
            accent,
            draft: c.draft,
            lead: c.lead,
        };
        // Kind rules only make sense once every figure resolved.
        if let Some(kind) = kind {
            if chart.figures.len() == c.figures.len() {
                let before = self.problems.len();
                self.kind_rules(path, kind, &chart, figures);
                // What a title may say is read off figures that fit their chart.
                if self.problems.len() == before {
                    self.title_rules(path, &chart, figures, self.year);
                }
            }
        }
        kind.map(|_| chart)
    }

    /// The rules of the chart's kind, from its entry in the kinds table.
    fn kind_rules(&mut self, path: &str, kind: ChartKind, chart: &Chart, figures: &[Figure]) {
        let figs: Vec<&Figure> = chart
            .figures
            .iter()
            .filter_map(|&i| figures.get(i))
            .collect();
        let def = kind.def();
        let (min, max) = def.figures;
        let fpath = join(path, "figures");
        if figs.len() < min || figs.len() > max {
            self.report(fpath.clone(), msg::figure_count(kind, figs.len(), min, max));
        }
        let needs = def.check.needs;
        for (j, f) in figs.iter().enumerate() {
            if !needs.fits(f) {
                self.report(
                    format!("{fpath}[{j}]"),
                    msg::unfit_figure(kind, &f.id, needs),
                );
            } else if !def.check.statuses.contains(&f.status) {
                self.report(
                    format!("{fpath}[{j}]"),
                    msg::status_not_drawn(kind, &f.id, f.status),
                );
            }
        }
        for finding in (def.check.rules)(&figs) {
            let at = match finding.at() {
                Some(j) => format!("{fpath}[{j}]"),
                None => fpath.clone(),
            };
            let message = match finding {
                Finding::MixedUnits { first, other, .. } => msg::mixed_units(kind, &first, &other),
                Finding::PartExceedsWhole { part, whole, .. } => {
                    msg::part_exceeds_whole(&part, &whole)
                }
                Finding::Unpaired => msg::odd_part_whole(kind, figs.len(), min, max),
                Finding::Negative { value, .. } => msg::negative_count(value),
                Finding::StructureSum { sum, percent } => msg::structure_sum(sum, percent),
                Finding::LoneResult { id, .. } => msg::lone_result(&id),
                Finding::NoTarget => msg::no_target(),
                Finding::Unlike { first, other, .. } => msg::unlike_amounts(&first, &other),
            };
            self.report(at, message);
        }
    }
}
