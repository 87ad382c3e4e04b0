//! The text pane's marks: every Arabic number of the report's text, as the draft and the
//! coverage check read it, with what the data file does with it — a figure's (charted in
//! a chart or not), a skip's (with its reason), or nobody's yet. Skips of reason
//! `unread` are the draft saying it could not decide: the desk has not looked either.
//!
//! The marks read no sentence as the draft does: the reason the draft would give an
//! undecided number is asked of the drafter's wasm when the desk opens that number
//! ([`super::propose::reason`]), so that the editor's own wasm, loaded at every visit,
//! does not carry the draft's sentence reader (some 60 KB gzip).

use crate::check::printed;
use crate::check::raw;
use crate::draft::coverage::claims;
use crate::draft::text;
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
    /// As printed, its digits: what a skip names and a figure is proposed for.
    pub number: String,
    /// As the desk reads it: with the minus sign its sentence prints before it (-12.5 of
    /// 增速为-12.5%), which `number` leaves out.
    pub shown: String,
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
    /// Its paragraph; `None` for the title, the headings and the lines left out.
    pub paragraph: Option<usize>,
    /// A line the draft leaves out of the text (a dateline, a byline, a page's leftovers:
    /// [`text::Outline::left`]), shown where it stands so that the desk sees every number
    /// it pasted, a county's name in its dateline too (tester s-test21 E8).
    pub left: bool,
    /// Its numbers, in order.
    pub marks: Vec<Mark>,
}

/// The lines of `text` in order, each sentence with the mark that ended it, and the lines
/// the draft leaves out where they stand.
pub fn lines(text: &str) -> Vec<Line> {
    let outline = text::outline(text);
    let flat = crate::draft::table::flat(text);
    let mut left = Left::of(&outline.left, &flat);
    let mut cursor = 0;
    let mut out: Vec<Line> = Vec::new();
    let heading = |t: &str, out: &mut Vec<Line>| {
        out.push(Line {
            heading: true,
            ..bare(t.chars().filter(|c| !c.is_whitespace()).collect())
        })
    };
    if let Some(t) = &outline.title {
        let stripped: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(at) = flat.find(&stripped) {
            left.before(at, &mut out);
        }
        heading(t, &mut out);
    }
    let mut section = usize::MAX;
    for s in &outline.sentences {
        let at = flat[cursor..].find(&s.text).map(|at| cursor + at);
        if s.section != section {
            section = s.section;
            if let Some(Some(h)) = outline.sections.get(section) {
                let stripped: String = h.chars().filter(|c| !c.is_whitespace()).collect();
                if let Some(at) = flat[cursor..].find(&stripped) {
                    left.before(cursor + at, &mut out);
                }
                heading(h, &mut out);
            }
        }
        if let Some(at) = at {
            left.before(at, &mut out);
        }
        let end = match at {
            Some(at) => {
                cursor = at + s.text.len();
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
            end,
            row: s.row,
            paragraph: Some(s.paragraph),
            ..bare(s.text.clone())
        });
    }
    left.rest(&mut out);
    out
}

/// A line of `text`, no heading, row or paragraph, without marks.
fn bare(text: String) -> Line {
    Line {
        text,
        end: String::new(),
        heading: false,
        row: false,
        paragraph: None,
        left: false,
        marks: Vec::new(),
    }
}

/// The lines the draft leaves out, each where it stands in the text as [`lines`] walks it.
struct Left {
    /// Each line with its place in the flat text (none where it is not found there, as a
    /// line the outline cleaned: it goes last), by place.
    lines: Vec<(Option<usize>, String)>,
    /// How many of them are out already.
    done: usize,
}

impl Left {
    fn of(left: &[String], flat: &str) -> Left {
        let mut from = 0;
        let mut lines: Vec<(Option<usize>, String)> = Vec::with_capacity(left.len());
        for l in left {
            // In order mostly (a paste's dropped lines come first in the list): from the
            // last one found, else from the start.
            let at = (flat.get(from..).and_then(|f| f.find(l.as_str())))
                .map(|at| from + at)
                .or_else(|| flat.find(l.as_str()));
            if let Some(at) = at {
                from = at + l.len();
            }
            // By place, those not found last: put in order rather than sorted after, which
            // would link a sort into the editor's wasm for a list of a few lines.
            let key = |a: Option<usize>| a.unwrap_or(usize::MAX);
            let k = lines.partition_point(|(a, _)| key(*a) <= key(at));
            lines.insert(k, (at, l.clone()));
        }
        Left { lines, done: 0 }
    }

    /// Puts into `out` the lines not out yet that stand before place `at`.
    fn before(&mut self, at: usize, out: &mut Vec<Line>) {
        while let Some((Some(place), _)) = self.lines.get(self.done) {
            if *place >= at {
                break;
            }
            self.put(out);
        }
    }

    /// Puts into `out` every line not out yet: those after the last sentence, and those
    /// not found.
    fn rest(&mut self, out: &mut Vec<Line>) {
        while self.done < self.lines.len() {
            self.put(out);
        }
    }

    fn put(&mut self, out: &mut Vec<Line>) {
        if let Some((_, l)) = self.lines.get(self.done) {
            out.push(Line {
                left: true,
                ..bare(l.clone())
            });
        }
        self.done += 1;
    }
}

fn utf16(s: &str, byte: usize) -> usize {
    s[..byte].encode_utf16().count()
}

/// Every line of `text` with the marks of its numbers under data file `file`.
pub fn marks(text: &str, file: &raw::ReportFile) -> Vec<Line> {
    Reading::of(text).marks(file)
}

/// A text read once: its lines and each line's numbers. Marking a data file against it
/// reads no text again, so that the editor outlines a report when its text changes, not
/// at every keystroke.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The lines in order, without marks.
    lines: Vec<Line>,
    /// Each line's numbers.
    numbers: Vec<Vec<printed::Number>>,
}

impl Reading {
    /// Outlines `text` as the draft does, and finds each line's numbers.
    pub fn of(text: &str) -> Reading {
        let lines = lines(text);
        let numbers = lines.iter().map(|l| printed::numbers(&l.text)).collect();
        Reading { lines, numbers }
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
            line.marks = self.numbers[li]
                .iter()
                .map(|n| mark(&line.text, n, &index, insert_at))
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

/// Number `n` of sentence `s` as printed, its minus sign included.
fn signed_text(s: &str, n: &printed::Number) -> String {
    let lead = s.get(..n.start).unwrap_or_default();
    match lead.chars().next_back() {
        Some(c) if crate::shared::format::sign::minus_before(lead) => format!("{c}{}", n.text),
        _ => n.text.clone(),
    }
}

fn mark(s: &str, n: &printed::Number, index: &Index, insert_at: usize) -> Mark {
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
        // A skip the draft left for the desk to check (`draft`) is undecided as `unread` is.
        (None, Some(r)) if r != "unread" && !skip.is_some_and(|k| file.skips[k].draft) => {
            Status::Skipped
        }
        _ => Status::Undecided,
    };
    // The mark covers the minus sign its number is printed with (-0.96‰), as the page's
    // live number does: 0.96 marked alone reads as positive (tester s-test23 #24).
    let sign = signed_text(s, n).len() - n.text.len();
    Mark {
        start: utf16(s, n.start - sign),
        end: utf16(s, n.end),
        number: n.text.clone(),
        shown: signed_text(s, n),
        status,
        draft: figure.is_some_and(|k| file.figures[k].draft),
        figure,
        charts,
        skip,
        reason,
        insert_at,
    }
}
