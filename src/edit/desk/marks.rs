//! The text pane's marks: every Arabic number of the report's text, as the draft and the
//! coverage check read it, with what the data file does with it — a figure's (charted in
//! a chart or not), a skip's (with its reason), or nobody's yet. Skips of reason
//! `unread` are the draft saying it could not decide: the desk has not looked either.

use crate::check::printed;
use crate::check::raw;
use crate::draft::coverage::claims;
use crate::draft::{glossary::Glossary, sentence, text};
use crate::shared::model::SkipReason;
use serde::Serialize;
use std::collections::HashMap;

/// What the data file does with a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// A figure drawn by at least one chart.
    Charted,
    /// A figure no chart draws.
    Figure,
    /// Skipped, with a reason.
    Skipped,
    /// Neither, or skipped as `unread`: the desk decides.
    Undecided,
}

/// One number of a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    /// Where it starts in the sentence, in UTF-16 code units (the page's string offsets).
    pub start: usize,
    /// Where it ends, in UTF-16 code units.
    pub end: usize,
    /// As printed.
    pub number: String,
    /// What the data file does with it.
    pub status: Status,
    /// Its figure was written by the draft and the desk has not confirmed it.
    pub draft: bool,
    /// Index into `figures` of the figure that covers it.
    pub figure: Option<usize>,
    /// Indices into `charts` of the charts that draw that figure.
    pub charts: Vec<usize>,
    /// Index into `skips` of the skip that explains it.
    pub skip: Option<usize>,
    /// The skip's reason.
    pub reason: Option<String>,
    /// The reason the draft would give, for an undecided number.
    pub proposed_reason: Option<String>,
    /// Where in `figures` a figure of it would go to keep the report's order.
    pub insert_at: usize,
}

/// A sentence (or the title, or a heading) of the text, with its numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    /// Verbatim, whitespace removed, as a figure's `source` quotes it.
    pub text: String,
    /// The mark that closed it in the text (。 ； …), if any.
    pub end: String,
    /// The title or a heading.
    pub heading: bool,
    /// A row of a table (its cells parted by one space): the text pane lays it out as a
    /// line of its own, never run into the row before.
    pub row: bool,
    /// Its paragraph; `None` for the title and the headings.
    pub paragraph: Option<usize>,
    /// Its numbers, in order.
    pub marks: Vec<Mark>,
}

/// The lines of `text` in order, each sentence with the mark that ended it.
pub fn lines(text: &str) -> Vec<Line> {
    let outline = text::outline(text);
    let flat = crate::draft::table::flat(text);
    let mut cursor = 0;
    let mut out: Vec<Line> = Vec::new();
    let heading = |t: &str, out: &mut Vec<Line>| {
        out.push(Line {
            text: t.chars().filter(|c| !c.is_whitespace()).collect(),
            end: String::new(),
            heading: true,
            row: false,
            paragraph: None,
            marks: Vec::new(),
        })
    };
    if let Some(t) = &outline.title {
        heading(t, &mut out);
    }
    let mut section = usize::MAX;
    for s in &outline.sentences {
        if s.section != section {
            section = s.section;
            if let Some(Some(h)) = outline.sections.get(section) {
                heading(h, &mut out);
            }
        }
        let end = match flat[cursor..].find(&s.text) {
            Some(at) => {
                cursor += at + s.text.len();
                flat[cursor..]
                    .chars()
                    .next()
                    .filter(|c| "。；;！？!?".contains(*c))
                    .map(String::from)
                    .unwrap_or_default()
            }
            None => String::new(),
        };
        out.push(Line {
            text: s.text.clone(),
            end,
            heading: false,
            row: s.row,
            paragraph: Some(s.paragraph),
            marks: Vec::new(),
        });
    }
    out
}

fn utf16(s: &str, byte: usize) -> usize {
    s[..byte].encode_utf16().count()
}

/// Every line of `text` with the marks of its numbers under data file `file`.
pub fn marks(text: &str, file: &raw::ReportFile, glossary: &Glossary) -> Vec<Line> {
    Reading::of(text, glossary).marks(file)
}

/// A text read once: its lines, each line's numbers, and the numbers the draft would skip
/// with its reasons. Marking a data file against it reads no text again, so that the
/// editor outlines and reads a report when its text changes, not at every keystroke.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The lines in order, without marks.
    lines: Vec<Line>,
    /// Each line's numbers.
    numbers: Vec<Vec<printed::Number>>,
    /// Each line's numbers that the draft skips, with its reasons.
    skips: Vec<Vec<(String, SkipReason)>>,
}

impl Reading {
    /// Reads `text` with `glossary`, as the draft does.
    pub fn of(text: &str, glossary: &Glossary) -> Reading {
        let lines = lines(text);
        let numbers = lines.iter().map(|l| printed::numbers(&l.text)).collect();
        let skips = lines
            .iter()
            .map(|l| sentence::read(&l.text, glossary).skips)
            .collect();
        Reading {
            lines,
            numbers,
            skips,
        }
    }

    /// The lines of the text, without marks.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Every line with the marks of its numbers under data file `file`.
    pub fn marks(&self, file: &raw::ReportFile) -> Vec<Line> {
        let index = Index::of(file);
        let mut line_of: HashMap<&str, usize> = HashMap::new();
        for (li, l) in self.lines.iter().enumerate() {
            line_of.entry(l.text.as_str()).or_insert(li);
        }
        // The line each figure quotes, for the report's order of new figures.
        let at: Vec<Option<usize>> = file
            .figures
            .iter()
            .map(|f| f.source.as_deref().and_then(|s| line_of.get(s).copied()))
            .collect();
        let mut out = self.lines.clone();
        for (li, line) in out.iter_mut().enumerate() {
            let insert_at = at
                .iter()
                .rposition(|a| a.is_some_and(|a| a <= li))
                .map_or(0, |k| k + 1);
            let skips = &self.skips[li];
            line.marks = self.numbers[li]
                .iter()
                .map(|n| mark(&line.text, n, &index, skips, insert_at))
                .collect();
        }
        out
    }
}

/// A data file's figures, skips and charts by what a number's mark looks up, so that
/// marking a long report is not a pass over every figure for every number.
struct Index<'a> {
    file: &'a raw::ReportFile,
    /// Figures by the sentence they quote, in file order.
    figures: HashMap<&'a str, Vec<usize>>,
    /// The first skip of each sentence and number.
    skips: HashMap<(&'a str, &'a str), usize>,
    /// The charts that draw each figure id, in file order, each once.
    charts: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn of(file: &'a raw::ReportFile) -> Index<'a> {
        let mut figures: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, f) in file.figures.iter().enumerate() {
            if let Some(s) = f.source.as_deref() {
                figures.entry(s).or_default().push(k);
            }
        }
        let mut skips = HashMap::new();
        for (k, x) in file.skips.iter().enumerate() {
            if let (Some(s), Some(n)) = (x.sentence.as_deref(), x.number.as_deref()) {
                skips.entry((s, n)).or_insert(k);
            }
        }
        let mut charts: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in file.charts.iter().enumerate() {
            for id in &c.figures {
                let of = charts.entry(id.as_str()).or_default();
                if of.last() != Some(&i) {
                    of.push(i);
                }
            }
        }
        Index {
            file,
            figures,
            skips,
            charts,
        }
    }
}

fn mark(
    s: &str,
    n: &printed::Number,
    index: &Index,
    skips: &[(String, SkipReason)],
    insert_at: usize,
) -> Mark {
    let file = index.file;
    let figure = (index.figures.get(s).into_iter().flatten())
        .copied()
        .find(|&k| claims(&file.figures[k], s, n));
    let skip = index.skips.get(&(s, n.text.as_str())).copied();
    let charts: Vec<usize> = figure
        .and_then(|k| file.figures[k].id.as_deref())
        .and_then(|id| index.charts.get(id).cloned())
        .unwrap_or_default();
    let reason = skip.and_then(|k| file.skips[k].reason.as_ref().map(|r| r.word().to_string()));
    let status = match (figure, reason.as_deref()) {
        (Some(_), _) if !charts.is_empty() => Status::Charted,
        (Some(_), _) => Status::Figure,
        (None, Some(r)) if r != "unread" => Status::Skipped,
        _ => Status::Undecided,
    };
    let proposed_reason = skips
        .iter()
        .find(|(number, _)| *number == n.text)
        .map(|(_, r)| r.name().to_string());
    Mark {
        start: utf16(s, n.start),
        end: utf16(s, n.end),
        number: n.text.clone(),
        status,
        draft: figure.is_some_and(|k| file.figures[k].draft),
        figure,
        charts,
        skip,
        reason,
        proposed_reason,
        insert_at,
    }
}
