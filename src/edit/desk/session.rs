//! The editor's state between keystrokes: the report's text read once, and what the last
//! data file gave. [`Session::update`] parses and validates a data file once and answers
//! everything the editor shows of it: the review (problems, flags, what is left to
//! confirm), the text's marks when they changed, and the charts to draw with which of
//! them changed. The preview draws from the same parse (see `src/edit/web/desk.rs`).
//!
//! Typing in a field of one figure, one chart or the report's texts changes one item of
//! the file: [`Session::patch`] puts the new item into the last parse instead of reading
//! the whole file again, and charts whose data did not change keep their last resolved
//! entry. Validation and the review still read the whole file, so that the problems
//! list is as true after a patch as after a whole update.

use super::kept;
use super::marked::{print, print_text};
use super::marks::{Line, Reading};
use super::patch::Patch;
use super::review::{self, Review};
use crate::check::raw;
use crate::check::validate::partial::validate_seeded;
use crate::check::validate::{parse_lenient, Problem};
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
    /// The text's lines with their marks; `None` when they are those the page shows.
    pub marks: Option<Vec<Line>>,
    /// A name of what the marks are of (see [`print`](fn@super::marked::print)), in hexadecimal: the page tells the
    /// other desk which marks it shows (see [`Session::shown_elsewhere`]).
    pub marks_of: String,
    /// Each chart of the file, in file order.
    pub charts: Vec<Drawn>,
    /// Why no chart can be drawn, when the file cannot be read at all (`file: message`).
    pub error: Option<String>,
    /// How many texts of the report have no English yet
    /// ([`crate::shared::model::Report::missing_english`]). While there are any, charts
    /// asked for in English are resolved in Chinese: a preview in English would show
    /// blank titles and labels, and ids in their place, where the site publishes no
    /// English page at all. The editor says so beside the preview.
    pub english_missing: usize,
    /// The charts resolved for the preview, when the file could be read.
    #[serde(skip)]
    pub resolved: Option<Resolved>,
}

/// What the last update drew, to tell what changed.
#[derive(Debug, Default)]
struct Last {
    /// The last marks worked out, with the name of what they were worked out from.
    marks: Option<(u64, Vec<Line>)>,
    /// The name of the marks the page shows (this session's last, or another's).
    shown: Option<u64>,
    /// The charts' entries in file order, with the languages they were resolved in.
    charts: Vec<Entry>,
    langs: Option<(Lang, Lang)>,
    /// Each chart resolved last, by id, with what it was resolved from.
    resolved: kept::Kept,
}

/// One report open in the editor.
#[derive(Debug)]
pub struct Session {
    file: String,
    text: String,
    reading: Reading,
    /// The text's name, for the marks' (see [`print`](fn@super::marked::print)).
    text_print: u64,
    /// The text's lines, for the review; empty when there is no text.
    order: Vec<String>,
    last: Last,
    report: Option<Report>,
    /// The last file that could be parsed, which [`Session::patch`] patches.
    raw: Option<raw::ReportFile>,
}

impl Session {
    /// A session on data files named `file` in messages, for the report's `text`.
    pub fn new(file: &str, text: &str) -> Session {
        let mut session = Session {
            file: file.to_string(),
            text: String::new(),
            reading: Reading::default(),
            text_print: print_text(""),
            order: Vec::new(),
            last: Last::default(),
            report: None,
            raw: None,
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
        self.text_print = print_text(text);
        self.reading = Reading::of(text);
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
        self.last.shown = None;
    }

    /// The page shows the marks another session gave, named `marks_of` (an update's
    /// [`Update::marks_of`]): the next update gives its marks unless they are those.
    pub fn shown_elsewhere(&mut self, marks_of: &str) {
        self.last.shown = u64::from_str_radix(marks_of, 16).ok();
    }

    /// The report of the last file that could be read, without its broken charts.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    /// Each figure of the last file read as the pages print it in `lang` (see
    /// [`crate::shared::format::printed`]), in file order; empty when the file could
    /// not be read. The editor's lists show figures so, qualifiers included.
    pub fn printed(&self, lang: Lang) -> Vec<String> {
        self.report.as_ref().map_or_else(Vec::new, |r| {
            (r.figures.iter())
                .map(|f| crate::shared::format::printed(f, lang).unwrap_or_default())
                .collect()
        })
    }

    /// Everything data file `json` gives the editor: the review worded in `words`, and
    /// the charts resolved in `lang` (their problems worded in `words`).
    pub fn update(&mut self, json: &str, words: Lang, lang: Lang) -> Update {
        let (raw, typed) = match parse_lenient(&self.file, json) {
            Ok(read) => read,
            Err(e) => {
                let error = Some(e.problems_in(words));
                self.last.charts.clear();
                self.report = None;
                self.raw = None;
                return Update {
                    review: review::unreadable(e, words),
                    marks: None,
                    marks_of: String::new(),
                    charts: Vec::new(),
                    error,
                    english_missing: 0,
                    resolved: None,
                };
            }
        };
        // A file with values of the wrong type put aside is read whole at each edit: a
        // patch of its items would lose their problems.
        let whole = typed.is_empty();
        let update = self.read(&raw, typed, words, lang);
        self.raw = whole.then_some(raw);
        update
    }

    /// What [`Session::update`] gives for the last file parsed with `patches` put in
    /// place of its items, without reading the whole file again; `None` when there is no
    /// such file, a patch's place is not an item of it, or its item does not read: then
    /// the editor sends the whole file.
    pub fn patch(&mut self, patches: &[Patch], words: Lang, lang: Lang) -> Option<Update> {
        let mut raw = self.raw.take()?;
        let done = patches.iter().all(|p| p.put(&mut raw).is_some());
        if !done {
            return None;
        }
        let update = self.read(&raw, Vec::new(), words, lang);
        self.raw = Some(raw);
        Some(update)
    }

    /// The update of a parsed file, with the problems `typed` of its values put aside:
    /// validated and reviewed whole, resolved where its charts changed. Its problems are
    /// at their fields, never at a line of a JSON file: a desk who pasted a text never saw
    /// one (tester s-test20); `check` on the saved file names the lines.
    fn read(
        &mut self,
        raw: &raw::ReportFile,
        typed: Vec<Problem>,
        words: Lang,
        lang: Lang,
    ) -> Update {
        let mut partial = validate_seeded(&self.file, raw, typed);
        let (marks, print) = self.marks(raw);
        let undecided = self.undecided(raw, print);
        // A title that names a label its figure no longer has is the check's to find,
        // from the file's `title_for`: a reloaded session finds it alike.
        let review = review::of(raw, &partial, &self.order, undecided, words);
        let english_missing = partial.report.missing_english();
        let lang = if english_missing > 0 { Lang::Zh } else { lang };
        let same_langs = self.last.langs == Some((words, lang));
        let resolved = kept::resolve(
            &mut self.last.resolved,
            same_langs,
            raw,
            &mut partial,
            (&self.file, words, lang),
        );
        let charts = self.changes(&resolved, (words, lang));
        self.report = Some(partial.report);
        Update {
            review,
            marks,
            marks_of: format!("{print:016x}"),
            charts,
            error: None,
            english_missing,
            resolved: Some(resolved),
        }
    }

    /// The text's marks under `raw` when they differ from those the page shows, and
    /// their name.
    fn marks(&mut self, raw: &raw::ReportFile) -> (Option<Vec<Line>>, u64) {
        let now = print(raw, self.text_print);
        if self.last.shown == Some(now) {
            return (None, now);
        }
        let marks = self.reading.marks(raw);
        // The page may show the same lines, worked out from other inputs (an id renamed).
        let same = matches!(
            (&self.last.marks, self.last.shown),
            (Some((of, lines)), Some(shown)) if *of == shown && *lines == marks
        );
        self.last.shown = Some(now);
        self.last.marks = Some((now, marks.clone()));
        ((!same).then_some(marks), now)
    }

    /// How many numbers of the text `raw` leaves undecided: from the last marks when they
    /// are of `print`, else worked out (the page showed another session's marks, and
    /// these were not worked out here), and kept for the next update.
    fn undecided(&mut self, raw: &raw::ReportFile, print: u64) -> usize {
        if let Some((of, lines)) = &self.last.marks {
            if *of == print {
                return review::undecided(lines);
            }
        }
        let lines = self.reading.marks(raw);
        let n = review::undecided(&lines);
        self.last.marks = Some((print, lines));
        n
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
