//! Coverage: every Arabic number of a report's text, the lines the outline leaves out
//! included, is either a figure's (see [`claims`]) or a skip's, in the same sentence. What is neither was dropped without a
//! reason, and `check` lists it. The editor's marks ask [`claims`] too, so that a number
//! `check` counts as a figure's is never one the editor calls undecided.

use crate::check::printed;
use crate::check::raw;
use crate::draft::{numbers, text};
use crate::shared::model::Report;

/// A number of the text that no figure covers and no skip explains.
#[derive(Debug, Clone, PartialEq)]
pub struct Uncovered {
    /// As printed.
    pub number: String,
    /// Its sentence, whitespace removed.
    pub sentence: String,
}

/// The numbers of `text` that `report` leaves uncovered, in text order.
pub fn uncovered(text: &str, report: &Report) -> Vec<Uncovered> {
    // As the data file has them: the one form [`claims`] reads, the editor's too.
    let figures: Vec<raw::Figure> = report.figures.iter().map(raw::Figure::from).collect();
    let outline = text::outline(text);
    let mut out = Vec::new();
    // The title is text too; it is read as one more sentence.
    let title = outline.title.iter().map(String::as_str);
    let headings = outline.sections.iter().flatten().map(String::as_str);
    let sentences = outline.sentences.iter().map(|s| s.text.as_str());
    // The lines the outline leaves out (a dateline, a byline) are text too: none of
    // their numbers is lost without a skip.
    let left = outline.left.iter().map(String::as_str);
    for s in title.chain(headings).chain(sentences).chain(left) {
        for n in printed::numbers(s) {
            if !covered(&figures, report, s, &n) {
                out.push(Uncovered {
                    number: n.text,
                    sentence: s.to_string(),
                });
            }
        }
    }
    out
}

/// Equal as printed numbers: JSON readers may round a long decimal one binary digit
/// differently from Rust's parser, and no report prints twelve significant digits.
pub fn same(a: f64, b: f64) -> bool {
    printed::same(a, b)
}

/// Whether figure `f`, of number `n`'s `sentence`, holds `n`: its value or its change's
/// or comparison's with the sign the sentence prints (−1.2 holds the 1.2 of 同比增速为-1.2%,
/// 1.2 does not; a growth of −3.5 the 3.5 of 增长-3.5%; a word gives any other direction,
/// 下降3.5%, its number unsigned), or a range's upper end (`to`; a dash before it is no
/// minus sign; a `from` change's value is the value it came from). The one rule of
/// `check`'s coverage, the editor's marks and its proposals.
pub fn claims(f: &raw::Figure, sentence: &str, n: &printed::Number) -> bool {
    let signed = numbers::signed(sentence, n);
    let is = |v: Option<f64>, w: f64| v.is_some_and(|v| same(v, w));
    let changes = f.change.iter().chain(&f.compare);
    is(f.value, signed)
        || is(f.to, n.value)
        || changes
            .into_iter()
            .any(|c| is(c.value, signed) || is(c.to, n.value))
}

fn covered(figures: &[raw::Figure], report: &Report, sentence: &str, n: &printed::Number) -> bool {
    let by_figure =
        (figures.iter()).any(|f| f.source.as_deref() == Some(sentence) && claims(f, sentence, n));
    by_figure
        || report
            .skips
            .iter()
            .any(|s| s.sentence == sentence && s.number == n.text)
}
