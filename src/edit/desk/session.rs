//! The editor's state between keystrokes: the report's text read once, and what the last
//! data file gave. [`Session::update`] parses and validates a data file once and answers
//! everything the editor shows of it: the review (problems, flags, what is left to
//! confirm), the text's marks when they changed, and the charts to draw with which of
//! them changed. The preview draws from the same parse (see `src/edit/web/desk.rs`).

use super::marks::{Line, Reading};
use super::review::{self, Review};
use crate::check::raw;
use crate::check::validate::{parse, validate_partial};
use crate::draft::glossary::Glossary;
use crate::publish::resolve;
use crate::shared::model::{Lang, Report};
use crate::shared::spec::{Entry, Resolved};
use serde::Serialize;

/// A chart of the data file as the preview draws it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drawn {
    /// Its place in the file, which the preview draws it by (`Desk::draw`).
    pub index: usize,
    /// Its id, when it has one that names it alone.
    pub id: Option<String>,
    /// It differs from the last update's chart at its place: the preview draws it again.
    pub changed: bool,
}

/// What one data file gives the editor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Update {
    /// The one review of the file.
    #[serde(flatten)]
    pub review: Review,
    /// The text's lines with their marks; `None` when they are the last update's.
    pub marks: Option<Vec<Line>>,
    /// Each chart of the file, in file order.
    pub charts: Vec<Drawn>,
    /// Why no chart can be drawn, when the file cannot be read at all (`file: message`).
    pub error: Option<String>,
    /// The charts resolved for the preview, when the file could be read.
    #[serde(skip)]
    pub resolved: Option<Resolved>,
}

/// Everything of a data file that the text's marks read: a keystroke in a label or a
/// title changes none of it, and then the marks are not worked out again.
#[derive(Debug, Default, PartialEq)]
struct Marked {
    /// Each figure's sentence, value, change's value, id and draft mark.
    figures: Vec<FigureMarked>,
    /// Each skip's sentence, number and reason.
    skips: Vec<(Option<String>, Option<String>, Option<String>)>,
    /// Each chart's figure ids.
    charts: Vec<Vec<String>>,
}

/// What the marks read of one figure.
#[derive(Debug, PartialEq)]
struct FigureMarked {
    source: Option<String>,
    value: Option<f64>,
    change: Option<f64>,
    id: Option<String>,
    draft: bool,
}

impl Marked {
    fn of(file: &raw::ReportFile) -> Marked {
        Marked {
            figures: (file.figures.iter())
                .map(|f| FigureMarked {
                    source: f.source.clone(),
                    value: f.value,
                    change: f.change.as_ref().and_then(|c| c.value),
                    id: f.id.clone(),
                    draft: f.draft,
                })
                .collect(),
            skips: (file.skips.iter())
                .map(|x| {
                    let reason = x.reason.as_ref().map(|r| r.word().to_string());
                    (x.sentence.clone(), x.number.clone(), reason)
                })
                .collect(),
            charts: file.charts.iter().map(|c| c.figures.clone()).collect(),
        }
    }
}

/// What the last update drew, to tell what changed.
#[derive(Debug, Default)]
struct Last {
    marks: Option<Vec<Line>>,
    /// What the last marks were worked out from.
    marked: Option<Marked>,
    /// The charts' entries in file order, with the languages they were resolved in.
    charts: Vec<Entry>,
    langs: Option<(Lang, Lang)>,
}

/// One report open in the editor.
#[derive(Debug)]
pub struct Session {
    file: String,
    text: String,
    glossary: &'static Glossary,
    reading: Reading,
    /// The text's lines, for the review; empty when there is no text.
    order: Vec<String>,
    last: Last,
    report: Option<Report>,
}

impl Session {
    /// A session on data files named `file` in messages, for the report's `text`.
    pub fn new(file: &str, text: &str, glossary: &'static Glossary) -> Session {
        let mut session = Session {
            file: file.to_string(),
            text: String::new(),
            glossary,
            reading: Reading::default(),
            order: Vec::new(),
            last: Last::default(),
            report: None,
        };
        session.set_text(text);
        session
    }

    /// Reads the report's text again, only if it changed.
    pub fn set_text(&mut self, text: &str) {
        if text == self.text && !self.reading.lines().is_empty() {
            return;
        }
        self.text = text.to_string();
        self.reading = Reading::of(text, self.glossary);
        self.order = if text.trim().is_empty() {
            Vec::new()
        } else {
            self.reading
                .lines()
                .iter()
                .map(|l| l.text.clone())
                .collect()
        };
        self.last.marks = None;
        self.last.marked = None;
    }

    /// The report of the last file that could be read, without its broken charts.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    /// Everything data file `json` gives the editor: the review worded in `words`, and
    /// the charts resolved in `lang` (their problems worded in `words`).
    pub fn update(&mut self, json: &str, words: Lang, lang: Lang) -> Update {
        let raw = match parse(&self.file, json) {
            Ok(raw) => raw,
            Err(e) => {
                let error = Some(e.problems_in(words));
                self.last.charts.clear();
                self.report = None;
                return Update {
                    review: review::unreadable(e, words),
                    marks: None,
                    charts: Vec::new(),
                    error,
                    resolved: None,
                };
            }
        };
        let partial = validate_partial(&self.file, &raw);
        let review = review::of(&raw, partial.error.as_ref(), &self.order, words);
        let marks = self.marks(&raw);
        let resolved =
            resolve::resolved_in(&partial.report, &partial.broken, &self.file, lang, words);
        let charts = self.changes(&resolved, (words, lang));
        self.report = Some(partial.report);
        Update {
            review,
            marks,
            charts,
            error: None,
            resolved: Some(resolved),
        }
    }

    /// The text's marks under `raw`, when they differ from the last update's.
    fn marks(&mut self, raw: &raw::ReportFile) -> Option<Vec<Line>> {
        let marked = Marked::of(raw);
        if self.last.marked.as_ref() == Some(&marked) && self.last.marks.is_some() {
            return None;
        }
        self.last.marked = Some(marked);
        let marks = self.reading.marks(raw);
        (self.last.marks.as_ref() != Some(&marks)).then(|| {
            self.last.marks = Some(marks.clone());
            marks
        })
    }

    /// Each chart of the file, in file order, changed when its entry differs from the
    /// last update's at its place (or the languages differ); remembers these.
    fn changes(&mut self, resolved: &Resolved, langs: (Lang, Lang)) -> Vec<Drawn> {
        let same_langs = self.last.langs == Some(langs);
        let out = (resolved.charts.iter().enumerate())
            .map(|(i, e)| Drawn {
                index: i,
                id: e.id().map(str::to_string),
                changed: !same_langs || self.last.charts.get(i) != Some(e),
            })
            .collect();
        self.last.charts.clone_from(&resolved.charts);
        self.last.langs = Some(langs);
        out
    }
}
