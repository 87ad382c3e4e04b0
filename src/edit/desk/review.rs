//! The editor's one status of a data file: every problem `check` finds, every figure
//! whose value its sentence does not print, and what the draft wrote that the desk has
//! not confirmed. The problems list, the flags beside the fields and the line that says
//! 没有问题 all read this one review, so that they cannot disagree.
//!
//! A number in a chart's title that no figure of the chart has is a problem of the file:
//! validation finds it (issue 18 §3), and it reaches this list with every other problem
//! of the file. Nothing here checks titles a second time.
//!
//! What `report-charts check` warns of and the editor lists after the file's problems is
//! one list, [`warnings`], which both call: neither says what the other does not.

use super::marks::{lines, Line, Status};
use super::mismatch::Wrong;
use super::retitle::Retitle;
use crate::check::raw;
use crate::check::validate::partial::{validate_seeded, Partial};
use crate::check::validate::{advice, parse_lenient, unprinted, DataError, JsonPath, Problem};
use crate::shared::messages::{self as msg, Message};
use crate::shared::model::Lang;
use serde::Serialize;

/// Where a finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum About {
    /// The file breaks a rule of the data contract: `check` fails on it.
    File,
    /// A figure says what its sentence does not: a value or change it does not print,
    /// or a sentence that is not in the text.
    Text,
}

/// One thing the desk must fix, at the JSON path of its field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// JSON path of the value at fault (`figures[3].value`); empty for the whole file.
    /// The editor reads it as its steps (`["figures",3,"value"]`), never as text.
    pub path: JsonPath,
    /// What is wrong, in the review's language.
    pub message: String,
    /// Where it comes from.
    pub about: About,
    /// A warning of `check`: listed, and never a reason to refuse 发布 (tester s-test20
    /// E4); false for an error, which `check` refuses and 发布 with it.
    pub warning: bool,
}

/// One thing `check` warns of and the editor lists among its problems: at the JSON path
/// of its field, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// JSON path of the value at fault; empty for the whole file.
    pub path: JsonPath,
    /// What is wrong, in both languages.
    pub message: Message,
    /// Where it comes from.
    pub about: About,
}

impl Warning {
    /// The warning as the editor lists it, worded in `lang`.
    pub fn said_in(&self, lang: Lang) -> Finding {
        Finding {
            path: self.path.clone(),
            message: self.message.said_in(lang).to_string(),
            about: self.about,
            warning: true,
        }
    }
}

/// Every warning of data file `file`, validated as `read`, against the report's text's
/// lines in `order` (none without a text): the figures that disagree with their
/// sentences, labels to look at, what the draft left to fill in, subtitles without their
/// unit, and the advice on the charts (too many cards, a figure on two charts, a lone
/// panel, a dropped decimal, a small count on a card). `report-charts check` prints this
/// list; the editor lists it after the file's problems.
pub fn warnings(file: &raw::ReportFile, read: &Partial, order: &[String]) -> Vec<Warning> {
    let mut out = disagreements(order, file);
    out.extend(label_flags(file));
    let plans = crate::check::validate::trust::plans_as_results(&read.report.figures);
    out.extend(plans.into_iter().map(|p| Warning {
        path: p.path,
        message: p.message,
        about: About::Text,
    }));
    out.extend(super::placeholders::placeholders(file));
    out.extend(super::subtitles::without_unit(file));
    // The advice is said of the charts that validate: each at its place in the file.
    let broken: Vec<usize> = read.broken.iter().map(|b| b.index).collect();
    let kept: Vec<usize> = (0..file.charts.len())
        .filter(|i| !broken.contains(i))
        .collect();
    let cards = (file.charts.iter())
        .filter(|c| c.kind.as_deref() == Some(crate::shared::charts::cards::KIND.name()))
        .count();
    for p in advice::on_charts_of(&read.report, (file.charts.len(), cards)) {
        let path = match p.path.chart().and_then(|j| kept.get(j)) {
            Some(&i) => p.path.moved_to("charts", i),
            None => p.path,
        };
        out.push(Warning {
            path,
            message: p.message,
            about: About::File,
        });
    }
    out
}

/// Everything that keeps a data file from being done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// The file's problems in file order, then the figures that disagree with the text.
    pub problems: Vec<Finding>,
    /// How many of `problems` refuse 发布: the errors, which `check` refuses, a number a
    /// figure holds that its sentence does not print (`refusal` names it), and what
    /// the draft left for the desk to write (its placeholders: 待填写, its default title,
    /// a year 0), which `check` warns of as it does of unconfirmed figures and which a
    /// published page must not print. `check`'s other warnings never refuse it (tester
    /// s-test20 E4).
    pub blocking: usize,
    /// Indices into `figures` of those the draft wrote and the desk has not confirmed.
    pub figures_to_confirm: Vec<usize>,
    /// Indices into `charts` of those the draft proposed and the desk has not confirmed.
    pub charts_to_confirm: Vec<usize>,
    /// The count of what is left to confirm, in words (`3 个数字待确认`); empty for none.
    pub to_confirm: String,
    /// How many numbers of the text are undecided: neither a figure nor skipped, or
    /// skipped as `unread` (the draft did not know). The desk decides each.
    pub undecided: usize,
    /// Their count in words (`7 个数字待决定`); empty for none.
    pub to_decide: String,
    /// No problem, nothing to confirm and nothing undecided: the only state in which the
    /// editor says 没有问题.
    pub done: bool,
    /// False when the file could not be read at all (not JSON): then nothing is known
    /// of its figures, and the editor never says they are all confirmed.
    pub read: bool,
    /// The titles at fault that the editor may write again from their figures, in one
    /// click beside the problem ([`super::retitle`]).
    pub retitles: Vec<Retitle>,
    /// Why 发布 is refused, naming the figure and both numbers, while a figure holds a
    /// number its sentence does not print; empty otherwise (its count is in `blocking`).
    pub refusal: String,
}

/// The review of data file `json` (named `file` in messages) against the report's
/// `text`, worded in `lang`. A file that is not JSON has its one problem and nothing else.
pub fn review(file: &str, text: &str, json: &str, lang: Lang) -> Review {
    match parse_lenient(file, json) {
        Ok((raw, typed)) => {
            let partial = validate_seeded(file, &raw, typed);
            let order: Vec<String> = if text.trim().is_empty() {
                Vec::new()
            } else {
                lines(text).into_iter().map(|l| l.text).collect()
            };
            of(&raw, &partial, &order, to_decide(text, &raw), lang)
        }
        Err(e) => unreadable(e, lang),
    }
}

/// How many numbers of `text` data file `file` leaves for the desk to decide: neither a
/// figure nor a skip, a skip of reason `unread`, or a skip the draft marked for checking.
/// The one count both the editor (its 待决定) and `check` print, so that a desk sees one
/// number for one list (tester s-test25's F22).
pub fn to_decide(text: &str, file: &raw::ReportFile) -> usize {
    undecided(&super::marks::marks(text, file))
}

/// How many numbers of the marked lines `marked` are undecided.
pub fn undecided(marked: &[Line]) -> usize {
    (marked.iter().flat_map(|l| &l.marks))
        .filter(|m| m.status == Status::Undecided)
        .count()
}

/// The review of a parsed file, validated as `read`, given the text's lines in `order`
/// (none when there is no text) and the count of its `undecided` numbers: what
/// [`review`] says, for a caller that has parsed, validated and marked the text already.
/// The file's problems, then its [`warnings`].
pub fn of(
    file: &raw::ReportFile,
    read: &Partial,
    order: &[String],
    undecided: usize,
    lang: Lang,
) -> Review {
    // A number its sentence does not print is an error of `check`, which the editor
    // lists once: as the figure's disagreement with its text, flagged at its field.
    let unprinted = unprinted::problems(&file.figures);
    let listed =
        |p: &&Problem| !(unprinted.iter()).any(|u| u.path == p.path && u.message == p.message);
    let mut out: Vec<Finding> = (read.error.iter())
        .flat_map(|e| e.problems.iter().filter(listed).map(|p| from_file(p, lang)))
        .collect();
    out.extend(warnings(file, read, order).iter().map(|w| w.said_in(lang)));
    // A number its sentence does not print refuses 发布 as `check` refuses it (tester
    // s-test24 F7).
    let wrong: Vec<Wrong> = (super::mismatch::wrong(order, file).into_iter())
        .filter(|w| w.number.is_some())
        .collect();
    for p in &mut out {
        if wrong.iter().any(|w| w.path == p.path) {
            p.warning = false;
        }
    }
    let figures = &read.report.figures;
    let (figs_left, charts) = unconfirmed(file);
    let to_confirm = msg::desk::to_confirm(lang, figs_left.len(), charts.len());
    Review {
        blocking: out.iter().filter(|p| !p.warning).count()
            + super::placeholders::placeholders(file).len(),
        read: true,
        done: out.is_empty() && figs_left.is_empty() && charts.is_empty() && undecided == 0,
        retitles: super::retitle::retitles(file, figures, &out, &wrong, lang),
        refusal: super::mismatch::refusal(file, &wrong, lang),
        problems: out,
        figures_to_confirm: figs_left,
        charts_to_confirm: charts,
        to_confirm,
        undecided,
        to_decide: msg::desk::to_decide(lang, undecided),
    }
}

/// The review of a file that could not be parsed: its one problem, nothing to confirm.
pub fn unreadable(e: DataError, lang: Lang) -> Review {
    Review {
        blocking: e.problems.len(),
        problems: e.problems.iter().map(|p| from_file(p, lang)).collect(),
        figures_to_confirm: Vec::new(),
        charts_to_confirm: Vec::new(),
        to_confirm: msg::desk::unread_figures(lang),
        undecided: 0,
        to_decide: String::new(),
        done: false,
        read: false,
        retitles: Vec::new(),
        refusal: String::new(),
    }
}

/// A problem of the file as the editor lists it: at its field, which the problem opens,
/// never at a line of a JSON file the desk who pasted a text never saw (tester s-test20);
/// a file that is no JSON at all (no field) keeps its line and column, in its message.
fn from_file(p: &Problem, lang: Lang) -> Finding {
    Finding {
        message: p.message.said_in(lang).to_string(),
        path: p.path.clone(),
        about: About::File,
        warning: false,
    }
}

/// The figures and charts of `file` marked `"draft": true`.
fn unconfirmed(file: &raw::ReportFile) -> (Vec<usize>, Vec<usize>) {
    let marked = |d: &[bool]| {
        d.iter()
            .enumerate()
            .filter(|(_, d)| **d)
            .map(|(k, _)| k)
            .collect()
    };
    let figures: Vec<bool> = file.figures.iter().map(|f| f.draft).collect();
    let charts: Vec<bool> = file.charts.iter().map(|c| c.draft).collect();
    (marked(&figures), marked(&charts))
}

/// Figures whose numbers (value and range end, change, comparison or contribution, each
/// with its range end) are not numbers their sentence prints, or whose sentence is not
/// among the text's lines in `order` (when there are any), each at the path of its field.
pub fn disagreements(order: &[String], file: &raw::ReportFile) -> Vec<Warning> {
    (super::mismatch::wrong(order, file).into_iter())
        .map(|w| Warning {
            message: match w.number {
                Some((field, v)) => Message::by(|lang| field.not_in_sentence(lang, v)),
                None => Message::by(msg::desk::source_not_in_text),
            },
            path: w.path,
            about: About::Text,
        })
        .collect()
}

/// Labels the desk must look at (`check::validate::trust`): a verb alone (筹措), or one
/// that starts halfway through a word of its sentence (色金属 of 有色金属).
pub fn label_flags(file: &raw::ReportFile) -> Vec<Warning> {
    let labels = file.figures.iter().enumerate().filter_map(|(k, f)| {
        let zh = f.label.as_ref()?.zh.as_deref()?;
        Some((k, zh, f.source.as_deref()))
    });
    crate::check::validate::trust::label_flags(labels)
        .into_iter()
        .map(|p| Warning {
            message: p.message,
            path: p.path,
            about: About::Text,
        })
        .collect()
}
